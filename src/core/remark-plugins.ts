import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import type { BloglintConfig } from './config.js';
import type { Finding, Severity } from './finding.js';
import { fingerprint } from './fingerprint.js';
import { UsageError } from './usage-error.js';
import type { SiteDocument } from './site.js';

/**
 * Runs the remark plugins named in `remark-plugins:` (remark-lint rules or presets installed in
 * the blog's own `node_modules`) over the linted markdown posts, and turns their messages into
 * findings with the same positions. Rule ids become `remark-lint:<rule>`; a message's `fatal`
 * flag gives its severity (true error, false warning, unset info) unless `rules:` overrides it.
 */
export async function runRemarkPlugins(root: string, docs: SiteDocument[], config: BloglintConfig): Promise<Finding[]> {
  if (config.remarkPlugins.length === 0) return [];
  const plugins: PluggableList = [];
  for (const entry of config.remarkPlugins) {
    const [name, options] = typeof entry === 'string' ? [entry, undefined] : entry;
    const plugin = await loadPlugin(root, name);
    plugins.push((options === undefined ? plugin : [plugin, options]) as PluggableList[number]);
  }
  const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(plugins);
  const findings: Finding[] = [];
  for (const doc of docs) {
    if (!doc.isMarkdown || !doc.read.ok) continue;
    const file = new VFile({ path: doc.path, value: doc.read.text });
    try {
      await processor.run(processor.parse(file), file);
    } catch (error) {
      file.message(`remark plugin failed: ${(error as Error).message}`, { ruleId: 'plugin-error', source: 'remark' }).fatal = true;
    }
    for (const message of file.messages) {
      const ruleId = `${message.source ?? 'remark'}:${message.ruleId ?? 'message'}`;
      const override = config.rules[ruleId];
      if (override?.severity === 'off') continue;
      const severity: Severity = override?.explicit ? (override.severity as Severity) : message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info';
      const start = message.place && 'start' in message.place ? message.place.start : message.place ?? { line: 1, column: 1 };
      const end = message.place && 'end' in message.place ? message.place.end : start;
      findings.push({
        file: doc.path,
        range: { start: { line: start.line ?? 1, column: start.column ?? 1 }, end: { line: end.line ?? start.line ?? 1, column: end.column ?? start.column ?? 1 } },
        rule: ruleId,
        messageId: message.ruleId ?? 'message',
        severity,
        message: message.reason,
        data: {},
        ...(message.url ? { url: message.url } : {}),
        fingerprint: fingerprint(ruleId, doc.path, message.ruleId ?? '', `${start.line}:${message.reason}`),
      });
    }
  }
  return findings;
}

/**
 * Imports a plugin package from the blog's `node_modules` (never from bloglint's own), reading
 * its `package.json` `exports`/`main` so ESM-only packages load too.
 */
async function loadPlugin(root: string, name: string): Promise<unknown> {
  if (!/^(@[a-z0-9._-]+\/)?[a-z0-9._-]+$/i.test(name)) throw new UsageError(`remark-plugins: \`${name}\` is not a package name.`);
  const dir = path.join(root, 'node_modules', ...name.split('/'));
  let pkg: { exports?: unknown; main?: string };
  try {
    pkg = JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8'));
  } catch {
    throw new UsageError(`remark-plugins: \`${name}\` is not installed in ${path.join(root, 'node_modules')}; run \`npm install --save-dev ${name}\` in the blog.`);
  }
  const entry = exportEntry(pkg.exports) ?? pkg.main ?? 'index.js';
  const module = (await import(pathToFileURL(path.join(dir, entry)).href)) as { default?: unknown };
  const plugin = module.default ?? module;
  if (typeof plugin !== 'function' && (typeof plugin !== 'object' || plugin === null)) throw new UsageError(`remark-plugins: \`${name}\` does not export a remark plugin or preset.`);
  return plugin;
}

function exportEntry(exports: unknown): string | undefined {
  if (typeof exports === 'string') return exports;
  if (!exports || typeof exports !== 'object') return undefined;
  const root = (exports as Record<string, unknown>)['.'] ?? exports;
  if (typeof root === 'string') return root;
  if (root && typeof root === 'object') {
    const conditions = root as Record<string, unknown>;
    for (const key of ['import', 'node', 'default']) {
      const value = conditions[key];
      if (typeof value === 'string') return value;
      if (value && typeof value === 'object' && typeof (value as Record<string, unknown>).default === 'string') return (value as Record<string, string>).default;
    }
  }
  return undefined;
}
