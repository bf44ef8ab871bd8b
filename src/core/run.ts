import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { rules as allRules } from '../rules/index.js';
import { ConfigError, loadConfig, type BloglintConfig } from './config.js';
import { finalizeFindings, lint, type LintOptions, type LintResult } from './lint.js';
import { UsageError } from './usage-error.js';
import type { Rule } from './rule.js';
import { buildSite, WholeSiteAfterAll, type Site } from './site.js';
import { SiteCache, type CacheStats } from './site-cache.js';
import { Timings } from './timing.js';

/** What a lint run needs to know; the CLI and the Action both build one. */
export interface RunOptions {
  /** Site root (absolute or relative to cwd). */
  root: string;
  /** `--config` path, if any. */
  configPath?: string;
  /** Check only these files (paths relative to cwd or root). */
  only?: string[];
  /**
   * `only`, known later: the Action's pull-request files, which GitHub's API lists while the site
   * is read. Undefined when it comes: the whole site is checked.
   */
  onlyLater?: Promise<string[] | undefined>;
  rules?: Rule<any>[];
  /** Parse worker threads (undefined: decided by the size of the site). */
  workers?: number;
  /**
   * Load `remark-plugins` (code from the blog's node_modules). The Action turns this off for
   * untrusted heads (fork pull requests, `pull_request_target`): see SECURITY.md.
   */
  allowPlugins?: boolean;
  /** Told once when configured plugins were not loaded. */
  onPluginsRefused?: (names: string[]) => void;
  /** Shown each linted document's scan (`--verbose`). */
  inspect?: LintOptions['inspect'];
  /** The site-index cache file (`--cache`; absolute or relative to cwd): read, then written back. */
  cache?: string;
  /**
   * False to record no stamps in the cache (the Action: each job's checkout is new, so a stamp
   * would never match, and refreshing them would rewrite the file on every run).
   */
  cacheStamps?: boolean;
}

/** Everything a run produced, for reporters, `--fix` and the Action. */
export interface RunResult {
  root: string;
  site: Site;
  config: BloglintConfig;
  result: LintResult;
  rules: Rule<any>[];
  /** How long each phase took. */
  timings: Timings;
  /** How the site-index cache served, and why it could not be written if it could not. */
  cache?: CacheStats & { saveError?: string };
}

export { UsageError };

/** Reads the site once and lints it: the one engine behind the CLI and the Action. */
export async function runLint(options: RunOptions): Promise<RunResult> {
  const timings = new Timings();
  const root = await resolveRoot(options.root);
  const rules = options.rules ?? allRules;
  let config: BloglintConfig;
  try {
    config = await loadConfig(root, rules, options.configPath);
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
  const relative = (files: string[]): string[] => files.map((file) => toRootRelative(root, file));
  let only = options.only && relative(options.only);
  const onlyLater = options.onlyLater?.then((files) => files && relative(files));
  const limits = { maxFileBytes: config.maxFileSize, maxYamlAliases: config.maxYamlAliases, maxNesting: config.maxNesting };
  const cacheFor = options.cache ? (scope: unknown): SiteCache => SiteCache.open(path.resolve(options.cache!), scope, Date.now(), { stamps: options.cacheStamps !== false, gitRoot: root }) : undefined;
  const siteOptions = { limits, theme: config.theme, timings, ...(cacheFor ? { cacheFor } : {}), ...(options.workers !== undefined ? { workers: options.workers } : {}), ...(config.jekyll ? { jekyllMajor: config.jekyll } : {}) };
  let site: Site;
  if (onlyLater) {
    try {
      site = await buildSite(root, { ...siteOptions, prescan: false, onlyLater: onlyLater.then((files) => files && new Set(files)) });
      only = await onlyLater;
    } catch (error) {
      if (!(error instanceof WholeSiteAfterAll)) throw error;
      // The time spent reading documents as link targets while the files were asked for.
      timings.mark('files to check unknown');
      site = await buildSite(root, { ...siteOptions, prescan: true });
    }
  } else site = await buildSite(root, { ...siteOptions, prescan: !only, ...(only ? { only: new Set(only) } : {}) });
  let cache: RunResult['cache'];
  if (site.cache) {
    const saveError = site.cache.save();
    cache = { ...site.cache.stats, ...(saveError ? { saveError } : {}) };
    timings.mark('save cache');
  }
  const result = lint(site, { rules, config, ...(only ? { only } : {}), ...(options.inspect ? { inspect: options.inspect } : {}) });
  timings.mark('lint');
  if (config.remarkPlugins.length > 0 && options.allowPlugins === false) {
    options.onPluginsRefused?.(config.remarkPlugins.map((p) => (typeof p === 'string' ? p : p[0])));
  } else if (config.remarkPlugins.length > 0) {
    const docs = result.checked.map((p) => site.documents.get(p)!).filter(Boolean);
    // unified and remark load only here: most runs have no remark plugins, and every run would pay for loading them.
    const { runRemarkPlugins } = await import('./remark-plugins.js');
    result.findings = finalizeFindings([...result.findings, ...(await runRemarkPlugins(root, docs, config))]);
  }
  return { root, site, config, result, rules, timings, ...(cache ? { cache } : {}) };
}

async function resolveRoot(root: string): Promise<string> {
  let real: string;
  try {
    real = await realpath(path.resolve(root));
  } catch {
    throw new UsageError(`cannot read the blog root \`${root}\`: no such folder. Pass the folder that holds _config.yml.`);
  }
  const info = await stat(real);
  if (!info.isDirectory()) throw new UsageError(`the blog root \`${root}\` is not a folder. Pass the folder that holds _config.yml.`);
  return real;
}

/** A path given on the command line, as a root-relative POSIX path (relative to cwd first, then to the root). */
export function toRootRelative(root: string, file: string): string {
  const fromCwd = path.relative(root, path.resolve(file));
  const rel = fromCwd.startsWith('..') || path.isAbsolute(fromCwd) ? path.normalize(file) : fromCwd;
  return rel.split(path.sep).join('/').replace(/^\.\//, '');
}
