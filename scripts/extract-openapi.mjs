#!/usr/bin/env node
/**
 * Extracts the few GitHub REST operations bloglint uses from GitHub's published OpenAPI
 * description (the `@octokit/openapi` package) into a small committed fixture, so the
 * end-to-end tests can validate every request against it without a 385 MB dependency.
 *
 * Usage: node scripts/extract-openapi.mjs [path/to/node_modules/@octokit/openapi]
 * Default path: /tmp/openapi/node_modules/@octokit/openapi
 * (install it there with `npm install --prefix /tmp/openapi @octokit/openapi`).
 *
 * Output: test/fixtures/github/openapi-operations.json
 * - every `$ref` is inlined; a reference cycle is cut to `{}` (none occurs in these operations
 *   today);
 * - schema annotations (`description`, `example`, `examples`, `title`) are dropped, because
 *   they do not take part in validation and are most of the size;
 * - keys keep the order of the source, so re-running the script yields an identical file.
 */
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The operations bloglint's action calls, by GitHub's operationId. */
const OPERATION_IDS = [
  'pulls/get',
  'pulls/list-files',
  'pulls/list-review-comments',
  'pulls/create-review',
  'pulls/delete-review-comment',
  'pulls/list-reviews',
  'checks/create',
  'checks/update',
  'issues/list-comments',
  'issues/create-comment',
  'issues/update-comment',
  'issues/delete-comment',
  'repos/get',
  'actions/list-workflow-run-artifacts',
  'actions/download-artifact',
];

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
/** Keywords whose value is a map of subschemas. */
const SCHEMA_MAPS = ['properties', 'patternProperties', 'definitions', '$defs'];
/** Keywords whose value is an array of subschemas. */
const SCHEMA_ARRAYS = ['allOf', 'anyOf', 'oneOf'];
/** Keywords whose value is one subschema (or a boolean). */
const SCHEMA_SINGLES = ['items', 'additionalProperties', 'not'];
/** Annotations: no effect on validation. */
const ANNOTATIONS = new Set(['description', 'example', 'examples', 'title']);

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const packageDir = resolve(process.argv[2] ?? '/tmp/openapi/node_modules/@octokit/openapi');
const outFile = join(root, 'test/fixtures/github/openapi-operations.json');

const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
// The bundled description is read and its `$ref`s are resolved here. The package's
// `api.github.com.deref.json` is only a fallback: in @octokit/openapi 23.0.2 it disagrees with
// the bundled file it should derive from (older response schemas: no `int64` formats, no
// `waiting`/`requested`/`pending` check run statuses, `client_secret`/`pem` on apps), while
// request bodies and parameters agree.
const candidates = ['generated/api.github.com.json', 'generated/api.github.com.deref.json'];
const file = candidates.find((candidate) => existsSync(join(packageDir, candidate)));
if (!file) {
  throw new Error(`No api.github.com description in ${packageDir} (looked for ${candidates.join(', ')})`);
}
const document = JSON.parse(readFileSync(join(packageDir, file), 'utf8'));

/**
 * Follows a local JSON pointer (`#/components/schemas/x`) inside the description.
 * @param {string} ref
 * @returns {unknown}
 */
function lookUp(ref) {
  if (!ref.startsWith('#/')) throw new Error(`Unsupported non-local $ref ${ref}`);
  let node = document;
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (node === null || typeof node !== 'object' || !(key in node)) {
      throw new Error(`Dangling $ref ${ref}`);
    }
    node = node[key];
  }
  return node;
}

/**
 * Inlines `$ref`s in any node (parameter, response, schema). A `$ref` met again while it is
 * being expanded is a cycle and becomes `{}` (accept anything below that point).
 * @param {unknown} node
 * @param {string[]} stack refs being expanded
 * @returns {unknown}
 */
function inline(node, stack = []) {
  if (Array.isArray(node)) return node.map((item) => inline(item, stack));
  if (node === null || typeof node !== 'object') return node;
  if (typeof node.$ref === 'string') {
    if (stack.includes(node.$ref)) return {};
    return inline(lookUp(node.$ref), [...stack, node.$ref]);
  }
  const out = {};
  for (const [key, value] of Object.entries(node)) out[key] = inline(value, stack);
  return out;
}

/**
 * Drops annotations from a schema (only where they are keywords: a property may be
 * named `description`).
 * @param {unknown} schema an inlined schema
 * @returns {unknown}
 */
function stripAnnotations(schema) {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return schema;
  const out = {};
  for (const [key, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(key) || key.startsWith('x-')) continue;
    if (SCHEMA_MAPS.includes(key)) {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, stripAnnotations(sub)]));
    } else if (SCHEMA_ARRAYS.includes(key)) {
      out[key] = value.map(stripAnnotations);
    } else if (SCHEMA_SINGLES.includes(key)) {
      out[key] = stripAnnotations(value);
    } else {
      out[key] = value;
    }
  }
  return out;
}

/**
 * The JSON schema of a request body or response, or null when it has no JSON content.
 * @param {any} holder an inlined requestBody or response object
 * @returns {unknown}
 */
function jsonSchemaOf(holder) {
  const schema = holder?.content?.['application/json']?.schema;
  return schema === undefined ? null : stripAnnotations(schema);
}

/**
 * One operation in the fixture's shape.
 * @param {string} method
 * @param {string} path
 * @param {any} pathItem
 * @param {any} operation
 */
function extractOperation(method, path, pathItem, operation) {
  const parameters = [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])]
    .map((parameter) => inline(parameter))
    .filter((parameter) => parameter.in === 'path' || parameter.in === 'query')
    .map((parameter) => ({
      name: parameter.name,
      in: parameter.in,
      required: parameter.required === true,
      schema: stripAnnotations(parameter.schema ?? {}),
    }));
  const requestBody = operation.requestBody ? inline(operation.requestBody) : null;
  const responses = {};
  for (const [status, response] of Object.entries(operation.responses ?? {})) {
    responses[status] = jsonSchemaOf(inline(response));
  }
  return {
    operationId: operation.operationId,
    method: method.toUpperCase(),
    path,
    summary: operation.summary ?? '',
    documentationUrl: operation.externalDocs?.url ?? null,
    parameters,
    requestBody: requestBody
      ? { required: requestBody.required === true, schema: jsonSchemaOf(requestBody) }
      : null,
    responses,
  };
}

const found = new Map();
for (const [path, pathItem] of Object.entries(document.paths)) {
  for (const method of HTTP_METHODS) {
    const operation = pathItem[method];
    if (operation && OPERATION_IDS.includes(operation.operationId)) {
      found.set(operation.operationId, extractOperation(method, path, pathItem, operation));
    }
  }
}
const missing = OPERATION_IDS.filter((id) => !found.has(id));
if (missing.length > 0) {
  throw new Error(`Operations missing from ${file}: ${missing.join(', ')}`);
}

const fixture = {
  source: {
    package: '@octokit/openapi',
    version: pkg.version,
    file,
    openapi: document.openapi,
    plan: document.info?.['x-github-plan'] ?? null,
  },
  operations: Object.fromEntries(OPERATION_IDS.map((id) => [id, found.get(id)])),
};

mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, `${JSON.stringify(fixture, null, 1)}\n`);
const size = Buffer.byteLength(JSON.stringify(fixture, null, 1)) + 1;
console.log(`wrote ${outFile}: ${OPERATION_IDS.length} operations from ${pkg.name}@${pkg.version} ${file}, ${size} bytes`);
