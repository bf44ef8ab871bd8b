#!/usr/bin/env node
// Runs markdown-link-check (the library behind the CLI of the same name) over every post of a
// benchmark blog, offline, and writes what it reports dead as JSON. Started by bench.mjs as its
// own process (so its wall time and peak RSS are measured like bloglint's).
//
//   node scripts/bench/mlc-runner.mjs <module-dir> <blog-root> <out.json> [concurrency]
//
// markdown-link-check checks one file at a time; we give it the settings its docs recommend for
// a site checked from disk and make it offline-safe:
// - `ignorePatterns` `^https?:`, `^//`, `^mailto:` (never the network), and, as a belt on top of
//   the braces, `http(s).request` throw: any attempt is counted and reported, never sent;
// - `baseUrl` = the file's folder (as its CLI sets it), and a `replacementPatterns` entry that
//   maps a root-relative `/x` to `{{BASEURL}}/x` with `projectBaseUrl` = the blog root;
// - Jekyll's Liquid is not something it knows, so the runner substitutes the three mechanical
//   forms first (`{{ site.baseurl }}` and `{{ site.url }}` by nothing, `{{ "x" | relative_url }}`
//   by `x`), line by line, so line numbers stay those of the source. Other Liquid (`post_url`)
//   is left as written: that is what the tool sees.
// markdown-link-check reports links, not positions: each dead link is located at the first line
// of the file that contains it (after the substitution), which is how a user would find it.
import { createRequire } from 'node:module';
import http from 'node:http';
import https from 'node:https';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [moduleDir, root, out, concurrencyArg] = process.argv.slice(2);
const concurrency = Number(concurrencyArg ?? 8);
let networkAttempts = 0;
for (const mod of [http, https]) {
  for (const fn of ['request', 'get']) {
    mod[fn] = () => {
      networkAttempts++;
      throw new Error('bench: network disabled');
    };
  }
}
const require = createRequire(path.join(path.resolve(moduleDir), 'index.js'));
const markdownLinkCheck = require(path.resolve(moduleDir));

/** Every markdown file inside a `_posts` folder, sorted. */
function posts(dir, rel = '', inPosts = false, acc = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const childRel = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.isDirectory()) posts(path.join(dir, entry.name), childRel, inPosts || entry.name === '_posts', acc);
    else if (inPosts && entry.name.endsWith('.md')) acc.push(childRel);
  }
  return acc;
}

function substituteLiquid(text) {
  return text
    .replace(/\{\{\s*site\.(?:baseurl|url)\s*\}\}/g, '')
    .replace(/\{\{\s*["']([^"']*)["']\s*\|\s*relative_url\s*\}\}/g, '$1');
}

function check(rel) {
  const abs = path.join(root, rel);
  const markdown = substituteLiquid(readFileSync(abs, 'utf8'));
  const opts = {
    baseUrl: pathToFileURL(path.dirname(abs)).href,
    projectBaseUrl: pathToFileURL(path.resolve(root)).href,
    ignorePatterns: [{ pattern: '^https?:' }, { pattern: '^//' }, { pattern: '^mailto:' }],
    replacementPatterns: [{ pattern: '^/', replacement: '{{BASEURL}}/' }],
    retryOn429: false,
    timeout: '1s',
  };
  return new Promise((resolve) => {
    markdownLinkCheck(markdown, opts, (error, results) => {
      if (error) {
        resolve({ rel, error: String(error), dead: [], checked: 0 });
        return;
      }
      const lines = markdown.split('\n');
      const dead = [];
      for (const r of results) {
        if (r.status !== 'dead' && r.status !== 'error') continue;
        // Undo our replacement pattern to find the link as written.
        const written = r.link.startsWith(opts.projectBaseUrl) ? r.link.slice(opts.projectBaseUrl.length) : r.link;
        const at = lines.findIndex((l) => l.includes(written));
        dead.push({ file: rel, line: at + 1, link: r.link, status: r.status, statusCode: r.statusCode });
      }
      resolve({ rel, dead, checked: results.length });
    });
  });
}

const files = posts(root);
const dead = [];
const errors = [];
let checked = 0;
let next = 0;
async function worker() {
  while (next < files.length) {
    const rel = files[next++];
    const result = await check(rel);
    checked += result.checked;
    dead.push(...result.dead);
    if (result.error) errors.push({ file: rel, error: result.error });
  }
}
await Promise.all(Array.from({ length: concurrency }, worker));
dead.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
writeFileSync(out, JSON.stringify({ files: files.length, linksChecked: checked, networkAttempts, errors, dead }));
