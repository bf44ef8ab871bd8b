#!/usr/bin/env node
// Bundles the CLI (dist/cli.js) and the Action (dist/index.js) as ESM that runs on Node 20 and 24
// without node_modules: each a small entry that starts its main module (dist/cli-main.js,
// dist/action-main.js; src/launch), the main modules' chunks loaded when first needed
// (dist/chunks), and the walk thread both start (dist/tree-worker.js). Deterministic: same
// sources and lock file, same bytes.
import { build } from 'esbuild';
import { readFile, rm, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));

/**
 * `import { Tokenizer } from 'htmlparser2'` (src/parse/html.ts) bundled as the tokenizer's own
 * module: the package's index also brings its DOM handler, serializer and a second copy of
 * `entities` with its tables, which every run then compiled and evaluated for nothing. The same
 * class either way (the tests, from sources, use the index).
 */
const htmlTokenizerOnly = {
  name: 'htmlparser2-tokenizer-only',
  setup(b) {
    b.onResolve({ filter: /^htmlparser2$/ }, () => ({ path: 'htmlparser2-tokenizer', namespace: 'bloglint' }));
    b.onLoad({ filter: /^htmlparser2-tokenizer$/, namespace: 'bloglint' }, () => ({
      contents: `export { default as Tokenizer } from ${JSON.stringify(fileURLToPath(new URL('../node_modules/htmlparser2/dist/esm/Tokenizer.js', import.meta.url)))};`,
      resolveDir: fileURLToPath(new URL('..', import.meta.url)),
    }));
  },
};

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  charset: 'utf8',
  plugins: [htmlTokenizerOnly],
  define: { BLOGLINT_VERSION: JSON.stringify(pkg.version), BLOGLINT_BUNDLED: 'true' },
  // Some CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __bloglintCreateRequire } from 'node:module'; const require = __bloglintCreateRequire(import.meta.url);" },
};

await rm(new URL('../dist', import.meta.url), { recursive: true, force: true });
await mkdir(new URL('../dist', import.meta.url), { recursive: true });
// Both are split: what only some runs need (remark plugins, JSON Schema checks, the CLI's `deploy`)
// is in chunks (dist/chunks) loaded when first used, so that every run does not compile it
// (docs/benchmark.md, ninth round).
await build({
  ...common,
  entryPoints: { 'cli-main': 'src/cli.ts' },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/cli-[name]-[hash]',
});
await build({ ...common, entryPoints: { 'action-main': 'src/index.ts' }, outdir: 'dist', splitting: true, chunkNames: 'chunks/action-[name]-[hash]' });
// The entries: they decide whether Node starts again with a smaller young generation
// (src/launch/relaunch.ts) before loading their main module, so they hold nothing else.
await build({ ...common, entryPoints: ['src/launch/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } });
await build({ ...common, entryPoints: ['src/launch/action.ts'], outfile: 'dist/index.js', banner: { js: '' } });
// The walk thread of `--only` runs and pull requests (src/core/tree-walk.ts), beside both bundles.
await build({ ...common, entryPoints: ['src/core/tree-worker.ts'], outfile: 'dist/tree-worker.js' });
