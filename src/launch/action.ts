import { actionLintsWholeSite, startMain } from './relaunch.js';

/* istanbul ignore next: the Action's entry (dist/index.js) only starts its main module (dist/action-main.js, src/index.ts). */
await startMain(new URL('./action-main.js', import.meta.url), actionLintsWholeSite(process.env));
