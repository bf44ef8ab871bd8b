import { parseDocument } from 'yaml';
import { psychTags } from '../parse/yaml-schema.js';

/** A problem in `_config.yml`, at an offset of its text. */
export interface ConfigProblem {
  message: string;
  start: number;
  end: number;
}

/** The parts of `_config.yml` that decide what is published and where. */
export interface JekyllConfig {
  /** The config file that was read (`_config.yml`, `_config.yaml`), or undefined when there is none. */
  file: string | undefined;
  text: string;
  problems: ConfigProblem[];
  baseurl: string;
  url: string;
  permalink: string | undefined;
  timezone: string | undefined;
  source: string;
  exclude: string[];
  include: string[];
  keepFiles: string[];
  collectionsDir: string;
  /** Collection label -> settings (`posts` included). */
  collections: Record<string, { output: boolean; permalink?: string }>;
  defaults: unknown;
  future: boolean;
  showDrafts: boolean;
  plugins: string[];
  theme: string | undefined;
  remoteTheme: string | undefined;
  /** Everything else, as parsed. */
  data: Record<string, unknown>;
}

/** Jekyll 4.3's default `exclude` list (Jekyll::Configuration::DEFAULTS); always added to the site's own. */
export const DEFAULT_EXCLUDE = ['.sass-cache', '.jekyll-cache', 'gemfiles', 'Gemfile', 'Gemfile.lock', 'node_modules', 'vendor/bundle/', 'vendor/cache/', 'vendor/gems/', 'vendor/ruby/'];

/**
 * Parses `_config.yml` text. A config that does not parse gives problems and Jekyll's defaults
 * (so linting goes on, and the problem is a finding on its line).
 */
export function parseJekyllConfig(file: string | undefined, text: string): JekyllConfig {
  const problems: ConfigProblem[] = [];
  let data: Record<string, unknown> = {};
  if (text.trim() !== '') {
    const doc = parseDocument(text, { version: '1.1', customTags: psychTags, uniqueKeys: false, prettyErrors: false });
    for (const error of doc.errors) problems.push({ message: error.message.split('\n')[0]!, start: error.pos[0], end: error.pos[1] });
    if (doc.errors.length === 0) {
      try {
        const value = doc.toJS({ maxAliasCount: 1000 }) as unknown;
        if (value && typeof value === 'object' && !Array.isArray(value)) data = value as Record<string, unknown>;
        else if (value !== null && value !== undefined) problems.push({ message: 'the configuration is not a mapping of keys to values', start: 0, end: 0 });
      } catch (error) {
        problems.push({ message: String((error as Error).message), start: 0, end: 0 });
      }
    }
  }
  const str = (key: string): string | undefined => (typeof data[key] === 'string' ? (data[key] as string) : data[key] === undefined || data[key] === null ? undefined : String(data[key]));
  const list = (key: string): string[] => {
    const v = data[key];
    if (Array.isArray(v)) return v.filter((x) => x !== null && x !== undefined).map(String);
    if (typeof v === 'string') return [v];
    return [];
  };
  const collections: JekyllConfig['collections'] = { posts: { output: true } };
  const rawCollections = data.collections;
  if (Array.isArray(rawCollections)) {
    for (const label of rawCollections) collections[String(label)] = { output: false };
  } else if (rawCollections && typeof rawCollections === 'object') {
    for (const [label, settings] of Object.entries(rawCollections as Record<string, unknown>)) {
      const s = (settings ?? {}) as Record<string, unknown>;
      collections[label] = {
        output: label === 'posts' ? s.output !== false : s.output === true,
        ...(typeof s.permalink === 'string' ? { permalink: s.permalink } : {}),
      };
    }
  }
  return {
    file,
    text,
    problems,
    baseurl: normaliseBaseurl(str('baseurl') ?? ''),
    url: (str('url') ?? '').replace(/\/+$/, ''),
    permalink: str('permalink'),
    timezone: str('timezone'),
    source: str('source') ?? '.',
    exclude: [...new Set([...list('exclude'), ...DEFAULT_EXCLUDE])],
    include: list('include').length > 0 ? list('include') : ['.htaccess'],
    keepFiles: list('keep_files'),
    collectionsDir: (str('collections_dir') ?? '').replace(/^\/+|\/+$/g, ''),
    collections,
    defaults: data.defaults,
    future: data.future === true,
    showDrafts: data.show_drafts === true,
    plugins: [...list('plugins'), ...list('gems')],
    theme: str('theme'),
    remoteTheme: str('remote_theme'),
    data,
  };
}

/** The root-relative folder of the site's source (`source:`), with its `/`, or `''` for the root itself. */
export function sourcePrefixOf(config: Pick<JekyllConfig, 'source'>): string {
  return config.source && config.source !== '.' ? `${config.source.replace(/^\.\/|\/+$/g, '')}/` : '';
}

/** `baseurl` as Jekyll's filters use it: leading slash, no trailing slash, `/` meaning none. */
export function normaliseBaseurl(baseurl: string): string {
  const trimmed = baseurl.trim().replace(/\/+$/, '');
  if (trimmed === '') return '';
  return trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}
