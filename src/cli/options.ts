/**
 * The CLI's options as `util.parseArgs` takes them: here, apart from src/cli/args.ts (which checks
 * their values), so that the CLI's entry (src/launch) reads a command line as the CLI does
 * without loading the CLI.
 */
export const CLI_OPTIONS = {
  format: { type: 'string', short: 'f' },
  fix: { type: 'boolean' },
  config: { type: 'string', short: 'c' },
  only: { type: 'string', multiple: true },
  quiet: { type: 'boolean' },
  'max-warnings': { type: 'string' },
  'fail-on': { type: 'string' },
  output: { type: 'string', short: 'o' },
  init: { type: 'boolean' },
  verbose: { type: 'boolean' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
  workers: { type: 'string' },
  cache: { type: 'boolean' },
  'cache-location': { type: 'string' },
} as const;
