import { run } from './action/main.js';
import { runParseWorkerIfAny } from './core/parse-workers.js';

/* istanbul ignore next: the action entry only calls run() (or, started as a parse worker, parses). */
if (!(await runParseWorkerIfAny())) await run();
