import { run } from './action/main.js';

/* istanbul ignore next: the action entry only calls run(). */
await run();
