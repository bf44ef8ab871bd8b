/**
 * The Node.js that runs the built bundles in the end-to-end tests: this one, or the binary
 * `BLOGLINT_TEST_NODE` names, to run them on the runtime action.yml declares (`node24`) as well
 * (README, "Tests").
 */
export const TEST_NODE = process.env.BLOGLINT_TEST_NODE || process.execPath;
