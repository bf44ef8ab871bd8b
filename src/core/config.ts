import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseDocument } from 'yaml';
import type { Severity } from './finding.js';
import type { Rule } from './rule.js';
import { readSettingsFile } from '../parse/source-file.js';
import { THEME_NAMES } from '../themes/index.js';

/** A rule's effective setting. `explicit` is true when the config named a severity. */
export interface RuleSetting {
  severity: Severity | 'off';
  explicit: boolean;
  options: Record<string, unknown>;
}

/** `.bloglint.yml`, validated. */
export interface BloglintConfig {
  /** Root-relative path of the config file read, if any. */
  file: string | undefined;
  /** Globs (root-relative) of documents to lint; empty = every post, draft, page and collection document. */
  include: string[];
  /** Globs of documents never linted. */
  ignore: string[];
  rules: Record<string, RuleSetting>;
  maxFileSize: number;
  /** Most YAML aliases expanded in one front matter (default 100). */
  maxYamlAliases: number;
  /** Deepest markdown nesting followed (default 100). */
  maxNesting: number;
  jekyll: 3 | 4 | undefined;
  /** `auto` (detect), `none`, or a theme id (`chirpy`, `minimal-mistakes`, `hydejack`, `minima`). */
  theme: string;
  remarkPlugins: (string | [string, unknown])[];
}

/** A configuration the tool cannot run with: exit code 2, and the message names the key. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export const CONFIG_FILES = ['.bloglint.yml', '.bloglint.yaml'];
const TOP_LEVEL_KEYS = ['include', 'ignore', 'rules', 'max-file-size', 'max-yaml-aliases', 'max-nesting', 'jekyll', 'theme', 'remark-plugins'];
const SEVERITY_WORDS: Record<string, Severity | 'off'> = { off: 'off', '0': 'off', false: 'off', info: 'info', warn: 'warning', warning: 'warning', '1': 'warning', error: 'error', '2': 'error', true: 'error', on: 'error' };

/**
 * Finds and validates the configuration: `--config PATH` when given, else `.bloglint.yml` at the
 * root, else defaults. Throws `ConfigError` naming the bad key and what is allowed.
 */
export async function loadConfig(root: string, rules: Rule<any>[], explicitPath?: string): Promise<BloglintConfig> {
  let file: string | undefined;
  let text: string | undefined;
  if (explicitPath) {
    const absolute = path.resolve(explicitPath);
    try {
      text = await readFile(absolute, 'utf8');
    } catch (error) {
      throw new ConfigError(`cannot read the config file ${explicitPath} (${(error as NodeJS.ErrnoException).code ?? String(error)}); check the --config path.`);
    }
    file = path.relative(root, absolute).split(path.sep).join('/');
  } else {
    for (const name of CONFIG_FILES) {
      try {
        text = await readSettingsFile(root, name);
      } catch (error) {
        throw new ConfigError(`${name}: ${(error as Error).message}.`);
      }
      if (text !== undefined) {
        file = name;
        break;
      }
    }
  }
  let data: Record<string, unknown> = {};
  if (text !== undefined && text.trim() !== '') {
    const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
    if (doc.errors.length > 0) {
      const e = doc.errors[0]!;
      const where = e.linePos ? ` line ${e.linePos[0].line}, column ${e.linePos[0].col}` : '';
      throw new ConfigError(`${file}:${where}: not valid YAML: ${e.message.split('\n')[0]}`);
    }
    const value = doc.toJS({ maxAliasCount: 50 }) as unknown;
    if (value !== null && (typeof value !== 'object' || Array.isArray(value))) throw new ConfigError(`${file}: must be a mapping of settings (${TOP_LEVEL_KEYS.join(', ')}).`);
    data = (value ?? {}) as Record<string, unknown>;
  }
  return validateConfig(data, file, root, rules);
}

/** Validates parsed config data. Exported for tests. */
export async function validateConfig(data: Record<string, unknown>, file: string | undefined, root: string, rules: Rule<any>[]): Promise<BloglintConfig> {
  const where = file ?? 'config';
  for (const key of Object.keys(data)) {
    if (!TOP_LEVEL_KEYS.includes(key)) throw new ConfigError(`${where}: unknown key \`${key}\`; allowed keys are ${TOP_LEVEL_KEYS.join(', ')}.`);
  }
  const config: BloglintConfig = {
    file,
    include: globList(data.include, `${where}: include`),
    ignore: globList(data.ignore, `${where}: ignore`),
    rules: {},
    maxFileSize: parseSize(data['max-file-size'], `${where}: max-file-size`),
    maxYamlAliases: positiveInteger(data['max-yaml-aliases'], 100, 100_000, `${where}: max-yaml-aliases`),
    maxNesting: positiveInteger(data['max-nesting'], 100, 1_000, `${where}: max-nesting`),
    jekyll: undefined,
    theme: 'auto',
    remarkPlugins: [],
  };
  if (data.theme !== undefined) {
    if (typeof data.theme !== 'string' || !THEME_NAMES.includes(data.theme)) throw new ConfigError(`${where}: \`theme\` must be one of ${THEME_NAMES.join(', ')}, not \`${String(data.theme)}\`.`);
    config.theme = data.theme;
  }
  if (data.jekyll !== undefined) {
    if (data.jekyll !== 3 && data.jekyll !== 4) throw new ConfigError(`${where}: \`jekyll\` must be 3 or 4 (the major version that builds the site), not \`${String(data.jekyll)}\`.`);
    config.jekyll = data.jekyll;
  }
  if (data['remark-plugins'] !== undefined) config.remarkPlugins = pluginList(data['remark-plugins'], `${where}: remark-plugins`);
  const ruleData = data.rules ?? {};
  if (typeof ruleData !== 'object' || ruleData === null || Array.isArray(ruleData)) throw new ConfigError(`${where}: \`rules\` must be a mapping of rule id to a severity or options.`);
  const known = new Map(rules.map((r) => [r.id, r]));
  for (const id of Object.keys(ruleData)) {
    if (known.has(id)) continue;
    // `source:rule` ids belong to remark plugins (`remark-lint:final-newline`): a severity only.
    if (id.includes(':')) {
      config.rules[id] = { severity: severityOf((ruleData as Record<string, unknown>)[id], `${where}: rules.${id}`), explicit: true, options: {} };
      continue;
    }
    throw new ConfigError(`${where}: unknown rule \`${id}\` under rules; known rules are ${[...known.keys()].join(', ')} (and \`plugin:rule\` ids of remark-plugins).`);
  }
  for (const rule of rules) {
    const raw = (ruleData as Record<string, unknown>)[rule.id];
    config.rules[rule.id] = await ruleSetting(rule, raw, `${where}: rules.${rule.id}`, root);
  }
  return config;
}

async function ruleSetting(rule: Rule<any>, raw: unknown, where: string, root: string): Promise<RuleSetting> {
  const defaults = { ...(rule.defaultOptions as Record<string, unknown>) };
  if (raw === undefined || raw === null) return { severity: rule.severity, explicit: false, options: defaults };
  if (typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean') {
    return { severity: severityOf(raw, where), explicit: true, options: defaults };
  }
  if (Array.isArray(raw) && raw.length === 2 && typeof raw[1] === 'object') {
    return ruleSetting(rule, { ...(raw[1] as object), severity: raw[0] }, where, root);
  }
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new ConfigError(`${where}: must be a severity (off, info, warn, error) or a mapping of options.`);
  const { severity, ...options } = raw as Record<string, unknown>;
  const allowed = [...Object.keys(defaults), 'schema', 'severity'];
  for (const key of Object.keys(options)) {
    if (!allowed.includes(key) || (key === 'schema' && rule.id !== 'valid-front-matter')) {
      throw new ConfigError(`${where}: unknown option \`${key}\`; this rule takes ${allowed.filter((k) => k !== 'schema' || rule.id === 'valid-front-matter').join(', ')}.`);
    }
  }
  const problems = rule.validateOptions?.(options) ?? [];
  if (problems.length > 0) throw new ConfigError(`${where}: ${problems.join('; ')}.`);
  const merged: Record<string, unknown> = { ...defaults, ...options };
  if (typeof options.schema === 'string') merged.schema = await compileSchema(root, options.schema, `${where}.schema`);
  return { severity: severity === undefined ? rule.severity : severityOf(severity, `${where}.severity`), explicit: severity !== undefined, options: merged };
}

function severityOf(raw: unknown, where: string): Severity | 'off' {
  const value = SEVERITY_WORDS[String(raw).toLowerCase()];
  if (!value) throw new ConfigError(`${where}: \`${String(raw)}\` is not a severity; use off, info, warn or error.`);
  return value;
}

function globList(raw: unknown, where: string): string[] {
  if (raw === undefined || raw === null) return [];
  const list = typeof raw === 'string' ? [raw] : raw;
  if (!Array.isArray(list) || !list.every((g) => typeof g === 'string')) throw new ConfigError(`${where}: must be a list of globs.`);
  return list;
}

function pluginList(raw: unknown, where: string): (string | [string, unknown])[] {
  if (!Array.isArray(raw)) throw new ConfigError(`${where}: must be a list of package names (or [name, options]).`);
  return raw.map((entry) => {
    if (typeof entry === 'string') return entry;
    if (Array.isArray(entry) && typeof entry[0] === 'string') return [entry[0], entry[1]] as [string, unknown];
    throw new ConfigError(`${where}: \`${JSON.stringify(entry)}\` is not a package name or [name, options].`);
  });
}

function positiveInteger(raw: unknown, fallback: number, max: number, where: string): number {
  if (raw === undefined || raw === null) return fallback;
  if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < 1 || raw > max) throw new ConfigError(`${where}: must be a whole number from 1 to ${max}, not \`${String(raw)}\`.`);
  return raw;
}

function parseSize(raw: unknown, where: string): number {
  if (raw === undefined || raw === null) return 10 * 1024 * 1024;
  if (typeof raw === 'number' && raw > 0) return raw;
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?$/i.exec(String(raw).trim());
  if (!m) throw new ConfigError(`${where}: \`${String(raw)}\` is not a size; write it like 10MB or 500KB.`);
  const unit = (m[2] ?? 'b').toLowerCase();
  return Math.round(Number(m[1]) * ({ b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 } as Record<string, number>)[unit]!);
}

async function compileSchema(root: string, schemaPath: string, where: string): Promise<unknown> {
  let json: unknown;
  let text: string | undefined;
  try {
    text = await readSettingsFile(root, schemaPath);
  } catch (error) {
    throw new ConfigError(`${where}: ${(error as Error).message}.`);
  }
  if (text === undefined) throw new ConfigError(`${where}: the JSON Schema \`${schemaPath}\` does not exist (paths are relative to the blog root).`);
  try {
    json = JSON.parse(text);
  } catch {
    throw new ConfigError(`${where}: \`${schemaPath}\` is not valid JSON.`);
  }
  // ajv is CommonJS: its class is a named export to Node, only `default.Ajv` in a bundle's chunk.
  const ajvModule = await import('ajv');
  const Ajv = ajvModule.Ajv ?? (ajvModule.default as unknown as { Ajv: typeof ajvModule.Ajv }).Ajv;
  const addFormats = (await import('ajv-formats')).default as unknown as (ajv: unknown) => void;
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  try {
    return ajv.compile(json as object);
  } catch (error) {
    throw new ConfigError(`${where}: \`${schemaPath}\` is not a valid JSON Schema (${(error as Error).message}).`);
  }
}
