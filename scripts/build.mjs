#!/usr/bin/env node
// Bundles the CLI (dist/cli.js) and the Action (dist/index.js) into single ESM files (and the walk
// thread both start, dist/tree-worker.js) that run on Node 20 and 24 without node_modules.
// Deterministic: same sources and lock file, same bytes.
import { build } from 'esbuild';
import { readFile, rm, mkdir } from 'node:fs/promises';

const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  charset: 'utf8',
  define: { BLOGLINT_VERSION: JSON.stringify(pkg.version), BLOGLINT_BUNDLED: 'true' },
  // Some CommonJS dependencies call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __bloglintCreateRequire } from 'node:module'; const require = __bloglintCreateRequire(import.meta.url);" },
};

await rm(new URL('../dist', import.meta.url), { recursive: true, force: true });
await mkdir(new URL('../dist', import.meta.url), { recursive: true });
await build({
  ...common,
  entryPoints: ['src/cli.ts'],
  outfile: 'dist/cli.js',
  banner: { js: `#!/usr/bin/env node\n${common.banner.js}` },
});
await build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.js' });
// The walk thread of `--only` runs and pull requests (src/core/tree-walk.ts), beside both bundles.
await build({ ...common, entryPoints: ['src/core/tree-worker.ts'], outfile: 'dist/tree-worker.js' });
