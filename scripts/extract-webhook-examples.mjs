#!/usr/bin/env node
/**
 * Copies real GitHub webhook payloads (one example per event/action) from
 * `@octokit/webhooks-examples` into committed fixtures, for tests that feed the action a
 * `GITHUB_EVENT_PATH`.
 *
 * Usage: node scripts/extract-webhook-examples.mjs [path/to/node_modules/@octokit/webhooks-examples]
 * Default path: /tmp/openapi/node_modules/@octokit/webhooks-examples
 * (install it there with `npm install --prefix /tmp/openapi @octokit/webhooks-examples`).
 *
 * Output: test/fixtures/github/payloads/<event>.<action>.json (or <event>.json for events without
 * actions) and SOURCE.json naming the package version, the example picked for each file, and the
 * payloads the package does not have. The first example of each event/action is taken, and the
 * payload is written as it is, so re-running the script yields identical files.
 */
import { readFileSync, writeFileSync, mkdirSync, rmSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The payloads the action's tests need: [event, action or null, preference or null]. The first
 * example of the event/action that meets the preference is taken (else the first example).
 */
const WANTED = [
  ['pull_request', 'opened', null],
  ['pull_request', 'synchronize', null],
  ['push', null, null],
  ['pull_request_target', 'opened', null],
  [
    'workflow_run',
    'completed',
    {
      // the package's first `completed` example says `status: queued, conclusion: null`
      why: 'a run that is completed and lists its pull request',
      test: (example) => example.workflow_run?.status === 'completed' && example.workflow_run?.pull_requests?.length > 0,
    },
  ],
];

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const packageDir = resolve(process.argv[2] ?? '/tmp/openapi/node_modules/@octokit/webhooks-examples');
const outDir = join(root, 'test/fixtures/github/payloads');
const file = 'api.github.com/index.json';

const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
if (!existsSync(join(packageDir, file))) throw new Error(`No ${file} in ${packageDir}`);
/** @type {Array<{name: string, actions: string[], examples: Array<Record<string, unknown>>}>} */
const events = JSON.parse(readFileSync(join(packageDir, file), 'utf8'));

const picked = {};
const missing = [];
const payloads = new Map();
for (const [event, action, preference] of WANTED) {
  const name = action === null ? `${event}.json` : `${event}.${action}.json`;
  const examples = events.find((candidate) => candidate.name === event)?.examples ?? [];
  const matches = (example) => action === null || example.action === action;
  const preferred = preference === null ? -1 : examples.findIndex((example) => matches(example) && preference.test(example));
  const index = preferred >= 0 ? preferred : examples.findIndex(matches);
  if (index < 0) {
    missing.push({
      file: name,
      reason: `${pkg.name}@${pkg.version} has no example for ${event}${action === null ? '' : `.${action}`}`,
    });
    continue;
  }
  payloads.set(name, examples[index]);
  picked[name] = {
    event,
    action,
    // position in the package's `examples` array of this event
    index,
    candidates: examples.filter(matches).length,
    ...(preferred >= 0 ? { preferred: preference.why } : {}),
  };
}

mkdirSync(outDir, { recursive: true });
for (const { file: name } of missing) rmSync(join(outDir, name), { force: true });
for (const [name, payload] of payloads) {
  writeFileSync(join(outDir, name), `${JSON.stringify(payload, null, 2)}\n`);
}
const source = { package: pkg.name, version: pkg.version, file, picked, missing };
writeFileSync(join(outDir, 'SOURCE.json'), `${JSON.stringify(source, null, 2)}\n`);
console.log(`wrote ${payloads.size} payloads from ${pkg.name}@${pkg.version} to ${outDir}`);
for (const { file: name, reason } of missing) console.log(`missing ${name}: ${reason}`);
