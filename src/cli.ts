import { main } from './cli/main.js';
import { runParseWorkerIfAny } from './core/parse-workers.js';

/* istanbul ignore next: the bin entry only wires the process to main() (or, started as a parse worker, parses). */
if (!(await runParseWorkerIfAny())) process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stdout.isTTY),
  cwd: process.cwd(),
  env: process.env,
});
