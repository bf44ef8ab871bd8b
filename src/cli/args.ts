import { parseArgs } from 'node:util';
import { UsageError } from '../core/run.js';
import { CLI_OPTIONS } from './options.js';

/** Output formats of `--format`. */
export const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
export type Format = (typeof FORMATS)[number];

/** Levels of `--fail-on`. */
export const FAIL_LEVELS = ['error', 'warning', 'never'] as const;
export type FailLevel = (typeof FAIL_LEVELS)[number];

/** Parsed command line of `bloglint [root] [options]`. */
export interface CliOptions {
  root: string;
  format: Format;
  fix: boolean;
  configPath?: string;
  only?: string[];
  quiet: boolean;
  maxWarnings?: number;
  failOn: FailLevel;
  verbose: boolean;
  init: boolean;
  output?: string;
  color: boolean | undefined;
  help: boolean;
  version: boolean;
  /** Parse worker threads; undefined decides by the size of the site. */
  workers?: number;
  /** Keep the site index between runs (`--cache`), in this file (`--cache-location`) or the default one. */
  cache: boolean;
  cacheLocation?: string;
}

export const USAGE = `Usage: bloglint [root] [options]
       bloglint deploy --dir _site [--branch gh-pages] [--remote URL] [options]

Lints a Jekyll blog's sources: broken images, bad front matter, dead related posts and
internal links, bad post file names. Exit code 0 clean, 1 findings at the fail level, 2 error.

Options:
  -f, --format <name>      stylish (default), json, sarif, github
      --fix                apply safe fixes to the files, then report what remains
  -c, --config <path>      config file (default: .bloglint.yml in the root)
      --only <file>...     check only these posts (references still resolve against the whole site)
      --quiet              report errors only
      --max-warnings <n>   exit 1 when there are more than n warnings
      --fail-on <level>    error (default), warning, never
  -o, --output <file>      write the report to a file instead of stdout
      --init               write a commented .bloglint.yml with this blog's conventions
      --verbose            say what was read and what was skipped (on stderr)
      --workers <n>        threads that parse documents, the main one included
                           (default: one per CPU, up to 4, from 2,000 documents on
                           machines with more than two CPUs; else 1)
      --cache              keep the site index (each post's URL and front-matter keys)
                           between runs, so --only reads no other post's front matter
                           (default file: .bloglint-cache/site-index.json in the root)
      --cache-location <file>  the cache file (implies --cache)
      --no-color           no colours
  -h, --help               this help
  -v, --version            the version
`;

/** Parses argv (without node and script). Throws `UsageError` naming the bad flag. */
export function parseCliArgs(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: CLI_OPTIONS,
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.replace(/\. To specify a positional.*$/s, '')}. Run bloglint --help for the options.`);
  }
  const { values, positionals } = parsed;
  const format = (values.format ?? 'stylish') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, not \`${values.format}\`.`);
  const failOn = (values['fail-on'] ?? 'error') as FailLevel;
  if (!FAIL_LEVELS.includes(failOn)) throw new UsageError(`--fail-on must be one of ${FAIL_LEVELS.join(', ')}, not \`${values['fail-on']}\`.`);
  let maxWarnings: number | undefined;
  if (values['max-warnings'] !== undefined) {
    maxWarnings = Number(values['max-warnings']);
    if (!Number.isInteger(maxWarnings) || maxWarnings < 0) throw new UsageError(`--max-warnings takes a whole number ≥ 0, not \`${values['max-warnings']}\`.`);
  }
  let workers: number | undefined;
  if (values.workers !== undefined) {
    workers = Number(values.workers);
    if (!Number.isInteger(workers) || workers < 1) throw new UsageError(`--workers takes a whole number ≥ 1, not \`${values.workers}\`.`);
  }
  // `--only a.md b.md`: positionals after the root belong to --only.
  const [root = '.', ...rest] = positionals;
  let only = values.only?.flatMap((v) => v.split(',')).filter(Boolean);
  if (rest.length > 0) {
    if (!only) throw new UsageError(`unexpected argument \`${rest[0]}\`: bloglint takes one root folder (use --only to name posts).`);
    only = [...only, ...rest];
  }
  return {
    root,
    format,
    fix: values.fix ?? false,
    ...(values.config ? { configPath: values.config } : {}),
    ...(only ? { only } : {}),
    quiet: values.quiet ?? false,
    ...(maxWarnings !== undefined ? { maxWarnings } : {}),
    failOn,
    verbose: values.verbose ?? false,
    init: values.init ?? false,
    ...(values.output ? { output: values.output } : {}),
    color: values['no-color'] ? false : values.color,
    help: values.help ?? false,
    version: values.version ?? false,
    ...(workers !== undefined ? { workers } : {}),
    cache: (values.cache ?? false) || values['cache-location'] !== undefined,
    ...(values['cache-location'] ? { cacheLocation: values['cache-location'] } : {}),
  };
}
