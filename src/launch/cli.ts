import { cliLintsWholeSite, startMain } from './relaunch.js';

/* istanbul ignore next: the bin entry (dist/cli.js) only starts the CLI's main module (dist/cli-main.js, src/cli.ts). */
await startMain(new URL('./cli-main.js', import.meta.url), cliLintsWholeSite(process.argv.slice(2)));
