/**
 * The deploy module's public API: the engine, its options, the gate and the CLI parser.
 */
export { deploy } from './deploy.js';
export { isValidBranchName, isValidCname } from './valid-names.js';
export {
  DEFAULT_BRANCH,
  DEFAULT_RETRIES,
  DEFAULT_USER_EMAIL,
  DEFAULT_USER_NAME,
  resolveDeployOptions,
  type DeployOptions,
  type DeployResult,
} from './deploy-options.js';
export { DeployError } from './deploy-error.js';
export { shouldDeploy, type DeployDecision, type DeployGateContext, type DeployMode } from './should-deploy.js';
export { DEFAULT_PUBLISH_DIR, DeployArgsError, parseDeployArgs, type DeployArgsContext } from './cli-args.js';
