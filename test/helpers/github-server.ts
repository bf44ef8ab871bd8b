/**
 * A loopback GitHub REST API for end-to-end tests.
 *
 * What it is: a `node:http` server on 127.0.0.1 that answers the handful of REST operations
 * bloglint's action uses, keeps a fake repository state that tests seed and inspect, and checks
 * every request against GitHub's published OpenAPI description
 * (`test/fixtures/github/openapi-operations.json`, made by `scripts/extract-openapi.mjs`).
 *
 * What it checks (each problem is pushed to `violations` as one readable line):
 * - method + path match a known operation (else 404), and the repository is the seeded one;
 * - `authorization: token X` / `Bearer X` is present (else 401) and a `user-agent` is sent;
 * - path and query parameters against their schemas; unknown query parameters;
 * - the JSON body with Ajv (types, enums, `required`, `maxItems`, `maxLength`, formats) and,
 *   stricter than GitHub's schemas, every key not declared in `properties` (GitHub's schemas
 *   rarely say `additionalProperties: false`);
 * - GitHub rules the schemas do not express: a review comment's `line` must be in the file's
 *   patch (422 "Pull request review thread line must be part of the diff"), one pending review
 *   per user, Actions may not approve, a check run's `head_sha` must be a known commit,
 *   `completed` needs a `conclusion` (never `stale`), annotation columns only on one line,
 *   comment bodies of at most 65536 characters.
 * A request with a violation is answered 422 (400 for unparsable JSON), as GitHub does.
 *
 * Responses are realistic bodies (ids, `node_id`, `html_url`, `user`, timestamps) and are
 * themselves validated against the operation's response schema: a mismatch is a bug of this
 * server, answered 500, collected in `serverErrors` and thrown by `close()`.
 * Lists honour `per_page` (default 30, max 100) and `page` and send GitHub's `Link` header
 * (`rel="prev"`, `rel="next"`, `rel="last"`, `rel="first"`, with `/repositories/{id}/...` URLs
 * as GitHub writes them), so `octokit.paginate` walks every page.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ---------------------------------------------------------------------------------------------
// Public types

/** One request as the server received it. */
export interface RecordedRequest {
  method: string;
  /** The path as requested (a `Link` URL may use `/repositories/{id}/...`). */
  path: string;
  query: Record<string, string>;
  /** GitHub's operationId (`pulls/list-files`), `artifact-blob` for a download, '' if unknown. */
  operationId: string;
  /** Parsed JSON body, the raw text if it was not JSON, undefined if empty. */
  body: unknown;
  headers: Record<string, string | string[] | undefined>;
}

/** A GitHub account as it appears in `user` fields. */
export interface GitHubUser {
  login: string;
  id: number;
  type: 'User' | 'Bot' | 'Organization';
}

/** A changed file of a pull request, as `pulls/list-files` lists it. */
export interface PullRequestFile {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  previous_filename?: string;
  /** Unified diff hunks of this file; absent for binary or very large files (no comments then). */
  patch?: string;
  additions: number;
  deletions: number;
  changes: number;
  sha: string;
}

/** A pull request (also an issue, for issue comments). */
export interface PullRequest {
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  draft: boolean;
  user: GitHubUser;
  head: { ref: string; sha: string; /** `owner/repo` of the head; another one means a fork PR. */ repoFullName: string };
  base: { ref: string; sha: string };
  /** Every commit sha of the PR that a review may target (the head sha is always accepted). */
  commits: string[];
  files: PullRequestFile[];
  created_at: string;
  updated_at: string;
}

/** A pull request review comment (one line of a review thread). */
export interface ReviewComment {
  id: number;
  pull_number: number;
  pull_request_review_id: number | null;
  user: GitHubUser;
  body: string;
  path: string;
  /** null for a file-level comment (`subject_type: file`). */
  line: number | null;
  side: 'LEFT' | 'RIGHT';
  start_line: number | null;
  start_side: 'LEFT' | 'RIGHT' | null;
  commit_id: string;
  in_reply_to_id?: number;
  subject_type: 'line' | 'file';
  created_at: string;
  updated_at: string;
}

/** A pull request review. */
export interface Review {
  id: number;
  pull_number: number;
  user: GitHubUser;
  body: string;
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'PENDING' | 'DISMISSED';
  commit_id: string;
  submitted_at: string | null;
}

/** An issue (or pull request conversation) comment. */
export interface IssueComment {
  id: number;
  issue_number: number;
  user: GitHubUser;
  body: string;
  created_at: string;
  updated_at: string;
}

/** A check run annotation, as sent by the client. */
export interface Annotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
  raw_details?: string;
}

/** A check run, with every annotation accumulated over its create and updates. */
export interface CheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  details_url: string | null;
  external_id: string | null;
  started_at: string | null;
  completed_at: string | null;
  output: { title: string | null; summary: string | null; text: string | null; annotations: Annotation[]; images: unknown[] };
  actions: unknown[];
  /** How many create/update requests carried annotations (GitHub caps each at 50). */
  annotationBatches: number;
}

/** A workflow run artifact (for the fork-PR workflow_run hand-off). */
export interface Artifact {
  id: number;
  run_id: number;
  name: string;
  /** The zip archive served by `actions/download-artifact`. */
  zip: Uint8Array;
  expired: boolean;
  created_at: string;
}

/** The fake repository, inspectable and seedable by tests. */
export interface GitHubState {
  owner: string;
  repo: string;
  repositoryId: number;
  defaultBranch: string;
  /** The authenticated identity (`github-actions[bot]`), author of everything the client creates. */
  identity: GitHubUser;
  /** Repository setting "Allow GitHub Actions to create and approve pull requests" (off by default). */
  actionsCanApprovePullRequests: boolean;
  /** Commit shas `checks/create` accepts besides every pull request's head and base. */
  commits: string[];
  pullRequests: PullRequest[];
  reviewComments: ReviewComment[];
  reviews: Review[];
  issueComments: IssueComment[];
  checkRuns: CheckRun[];
  artifacts: Artifact[];
  /** Next id to hand out; ids are shared across kinds, like GitHub's large id space. */
  nextId: number;
}

/** The running server. */
export interface GitHubServer {
  /** `http://127.0.0.1:PORT`: use as `GITHUB_API_URL` / `baseUrl`. */
  url: string;
  /** Everything received, in order. */
  requests: RecordedRequest[];
  /** Every schema violation or unknown route, human readable; tests assert it is empty. */
  violations: string[];
  /** Responses of this server that do not match GitHub's response schema (its own bugs). */
  serverErrors: string[];
  state: GitHubState;
  /** Answers the next `times` (default 1) matching requests with `status`. */
  failNext(match: { method?: string; operationId?: string }, status: number, times?: number): void;
  /** Simulates a read-only (fork) token: every non-GET answers 403 "Resource not accessible by integration". */
  denyWrites(status?: 403): void;
  /**
   * Answers the next request of `operationId` once with a rate-limit error that octokit's
   * throttling plugin recognises: `primary` is a 403 with `x-ratelimit-remaining: 0` and
   * `x-ratelimit-reset` = now; `secondary` is a 429 "secondary rate limit" with `retry-after: 1`.
   */
  rateLimitNext(operationId: string, kind?: 'primary' | 'secondary'): void;
  /** Stops the server; throws if any response of this server broke GitHub's response schema. */
  close(): Promise<void>;
}

/** Options of {@link startGitHubServer}. */
export interface GitHubServerOptions {
  owner?: string;
  repo?: string;
  /** Page size when the request has no `per_page` (GitHub: 30). */
  perPageDefault?: number;
}

// ---------------------------------------------------------------------------------------------
// The OpenAPI fixture

type JsonSchema = boolean | { [keyword: string]: unknown };

interface ParameterSpec {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  schema: JsonSchema;
}

interface OperationSpec {
  operationId: string;
  method: string;
  path: string;
  summary: string;
  documentationUrl: string | null;
  parameters: ParameterSpec[];
  requestBody: { required: boolean; schema: JsonSchema | null } | null;
  responses: Record<string, JsonSchema | null>;
}

interface OperationsFixture {
  source: { package: string; version: string; file: string };
  operations: Record<string, OperationSpec>;
}

const FIXTURE_URL = new URL('../fixtures/github/openapi-operations.json', import.meta.url);
const fixture = JSON.parse(readFileSync(FIXTURE_URL, 'utf8')) as OperationsFixture;

/** The version of `@octokit/openapi` the fixture was extracted from. */
export const openApiSource = fixture.source;

const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions', '$defs']);
const SCHEMA_ARRAYS = new Set(['allOf', 'anyOf', 'oneOf']);
const SCHEMA_SINGLES = new Set(['items', 'additionalProperties', 'not']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Turns an OpenAPI 3.0 schema into JSON Schema: `nullable: true` becomes a `null` type (and a
 * `null` enum member), which Ajv understands without OpenAPI mode.
 * @param schema an OpenAPI 3.0 schema object
 * @returns the equivalent JSON Schema
 */
function fromOpenApi(schema: JsonSchema): JsonSchema {
  if (!isRecord(schema)) return schema;
  const out: Record<string, unknown> = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (keyword === 'nullable') continue;
    if (SCHEMA_MAPS.has(keyword) && isRecord(value)) {
      out[keyword] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, fromOpenApi(sub as JsonSchema)]));
    } else if (SCHEMA_ARRAYS.has(keyword) && Array.isArray(value)) {
      out[keyword] = value.map((sub) => fromOpenApi(sub as JsonSchema));
    } else if (SCHEMA_SINGLES.has(keyword)) {
      out[keyword] = fromOpenApi(value as JsonSchema);
    } else {
      out[keyword] = value;
    }
  }
  if (schema['nullable'] !== true) return out;
  if (typeof out['type'] === 'string') {
    out['type'] = [out['type'], 'null'];
    if (Array.isArray(out['enum']) && !out['enum'].includes(null)) out['enum'] = [...out['enum'], null];
    return out;
  }
  return { anyOf: [out, { type: 'null' }] };
}

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;

function createAjv(coerceTypes: boolean): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true, coerceTypes, validateFormats: true });
  addFormats(ajv);
  return ajv;
}

const bodyAjv = createAjv(false);
const parameterAjv = createAjv(true);
const compiled = new Map<string, ValidateFunction>();

/**
 * A cached Ajv validator for one schema of the fixture.
 * @param key a unique name (`checks/create request`)
 * @param schema the OpenAPI schema
 * @param coerce whether to coerce strings (URL parameters) to the schema's type
 */
function validatorFor(key: string, schema: JsonSchema, coerce = false): ValidateFunction {
  let validate = compiled.get(key);
  if (!validate) {
    validate = (coerce ? parameterAjv : bodyAjv).compile(fromOpenApi(schema));
    compiled.set(key, validate);
  }
  return validate;
}

function describeAjvError(where: string, error: ErrorObject): string {
  const at = `${where}${error.instancePath || ''}`;
  const allowed = (error.params as { allowedValues?: unknown[] }).allowedValues;
  const suffix = allowed ? ` (${allowed.map((value) => JSON.stringify(value)).join(', ')})` : '';
  return `${at} ${error.message ?? 'is invalid'}${suffix}`;
}

/**
 * The declared properties of an object schema, merged over `allOf`/`anyOf`/`oneOf` branches.
 * `open` is true when the schema declares no properties at all or maps arbitrary keys
 * (`additionalProperties: {schema}`); `additionalProperties: true` does not make it open.
 */
function declaredProperties(schema: JsonSchema): { properties: Map<string, JsonSchema>; open: JsonSchema | true | null } {
  const properties = new Map<string, JsonSchema>();
  let open: JsonSchema | true | null = null;
  let sawProperties = false;
  const visit = (node: JsonSchema): void => {
    if (!isRecord(node)) return;
    if (isRecord(node['properties'])) {
      sawProperties = true;
      for (const [name, sub] of Object.entries(node['properties'])) {
        if (!properties.has(name)) properties.set(name, sub as JsonSchema);
      }
    }
    if (isRecord(node['additionalProperties'])) open = node['additionalProperties'] as JsonSchema;
    for (const keyword of SCHEMA_ARRAYS) {
      const branches = node[keyword];
      if (Array.isArray(branches)) for (const branch of branches) visit(branch as JsonSchema);
    }
  };
  visit(schema);
  if (!sawProperties && open === null) open = true;
  return { properties, open };
}

function itemsOf(schema: JsonSchema): JsonSchema | null {
  if (!isRecord(schema)) return null;
  if (schema['items'] !== undefined) return schema['items'] as JsonSchema;
  for (const keyword of SCHEMA_ARRAYS) {
    const branches = schema[keyword];
    if (!Array.isArray(branches)) continue;
    for (const branch of branches) {
      const items = itemsOf(branch as JsonSchema);
      if (items) return items;
    }
  }
  return null;
}

/**
 * JSON pointers of every key in `value` that `schema` does not declare.
 * @param schema the (JSON Schema) schema of `value`
 * @param value the decoded body or a part of it
 * @param at the pointer of `value`
 */
function findUndeclaredKeys(schema: JsonSchema, value: unknown, at: string): string[] {
  if (Array.isArray(value)) {
    const items = itemsOf(schema);
    return items === null ? [] : value.flatMap((item, index) => findUndeclaredKeys(items, item, `${at}/${index}`));
  }
  if (!isRecord(value)) return [];
  const { properties, open } = declaredProperties(schema);
  const found: string[] = [];
  for (const [key, sub] of Object.entries(value)) {
    const declared = properties.get(key);
    if (declared !== undefined) found.push(...findUndeclaredKeys(declared, sub, `${at}/${key}`));
    else if (open === null) found.push(`${at}/${key}`);
    else if (open !== true) found.push(...findUndeclaredKeys(open, sub, `${at}/${key}`));
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Routing

interface Route {
  spec: OperationSpec;
  pattern: RegExp;
  names: string[];
  literals: number;
}

const routes: Route[] = Object.values(fixture.operations)
  .map((spec) => {
    const names: string[] = [];
    const segments = spec.path.split('/').slice(1);
    const source = segments
      .map((segment) => {
        const match = /^\{(.+)\}$/.exec(segment);
        if (!match) return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        names.push(match[1] as string);
        return '([^/]+)';
      })
      .join('/');
    return { spec, pattern: new RegExp(`^/${source}$`), names, literals: segments.length - names.length };
  })
  .sort((a, b) => b.literals - a.literals);

function matchRoute(method: string, path: string): { route: Route; params: Record<string, string> } | null {
  for (const route of routes) {
    if (route.spec.method !== method) continue;
    const match = route.pattern.exec(path);
    if (!match) continue;
    const params: Record<string, string> = {};
    route.names.forEach((name, index) => {
      params[name] = decodeURIComponent(match[index + 1] as string);
    });
    return { route, params };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Seeding helpers

const KNOWN_USERS: Record<string, GitHubUser> = {
  'github-actions[bot]': { login: 'github-actions[bot]', id: 41898282, type: 'Bot' },
  github: { login: 'github', id: 9919, type: 'Organization' },
};

/**
 * A GitHub account with a stable id derived from its login (`x[bot]` logins are bots).
 * @param login the account name
 * @returns the account
 */
export function makeUser(login: string): GitHubUser {
  const known = KNOWN_USERS[login];
  if (known) return { ...known };
  const id = 1_000_000 + (createHash('sha1').update(login).digest().readUInt32BE(0) % 90_000_000);
  return { login, id, type: login.endsWith('[bot]') ? 'Bot' : 'User' };
}

/**
 * A 40-hex sha derived from a seed, for readable fixtures (`fakeSha('head')`).
 * @param seed any text
 */
export function fakeSha(seed: string): string {
  return createHash('sha1').update(seed).digest('hex');
}

function isoNow(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The lines a review comment may target in one file, by side. */
export interface DiffLines {
  RIGHT: Set<number>;
  LEFT: Set<number>;
  /** Number of diff lines below the first hunk header (the range of the legacy `position`). */
  positions: number;
}

/**
 * Which old (LEFT) and new (RIGHT) line numbers a patch shows: context lines on both sides,
 * `-` lines on the left, `+` lines on the right.
 * @param patch the `patch` of a pull request file
 */
export function diffLines(patch: string): DiffLines {
  const result: DiffLines = { RIGHT: new Set(), LEFT: new Set(), positions: 0 };
  let oldLine = 0;
  let newLine = 0;
  let inHunk = false;
  for (const text of patch.split('\n')) {
    const header = /^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(text);
    if (header) {
      if (inHunk) result.positions += 1;
      inHunk = true;
      oldLine = Number(header[1]);
      newLine = Number(header[2]);
      continue;
    }
    if (!inHunk || text.startsWith('\\')) {
      if (inHunk) result.positions += 1;
      continue;
    }
    if (text === '') continue;
    result.positions += 1;
    if (text.startsWith('+')) {
      result.RIGHT.add(newLine++);
    } else if (text.startsWith('-')) {
      result.LEFT.add(oldLine++);
    } else {
      result.LEFT.add(oldLine++);
      result.RIGHT.add(newLine++);
    }
  }
  return result;
}

/** What a test gives to seed a pull request file; counts are derived from the patch. */
export type PullRequestFileInit = Pick<PullRequestFile, 'filename'> & Partial<PullRequestFile>;

/** What a test gives to seed a pull request. */
export interface PullRequestInit {
  number?: number;
  title?: string;
  body?: string | null;
  user?: string;
  headSha?: string;
  baseSha?: string;
  headRef?: string;
  baseRef?: string;
  /** `owner/repo` of the head branch; set it to another repository for a fork PR. */
  headRepoFullName?: string;
  commits?: string[];
  files?: PullRequestFileInit[];
}

function takeId(state: GitHubState): number {
  const id = state.nextId;
  state.nextId += 1;
  return id;
}

function makeFile(init: PullRequestFileInit): PullRequestFile {
  const lines = (init.patch ?? '').split('\n');
  const additions = init.additions ?? lines.filter((line) => line.startsWith('+')).length;
  const deletions = init.deletions ?? lines.filter((line) => line.startsWith('-')).length;
  const file: PullRequestFile = {
    filename: init.filename,
    status: init.status ?? 'modified',
    additions,
    deletions,
    changes: init.changes ?? additions + deletions,
    sha: init.sha ?? fakeSha(`blob:${init.filename}:${init.patch ?? ''}`),
  };
  if (init.patch !== undefined) file.patch = init.patch;
  if (init.previous_filename !== undefined) file.previous_filename = init.previous_filename;
  return file;
}

/**
 * Adds a pull request to the state (number, shas and dates filled in).
 * @param state the server's state
 * @param init what the test cares about
 * @returns the stored pull request
 */
export function addPullRequest(state: GitHubState, init: PullRequestInit = {}): PullRequest {
  const number = init.number ?? Math.max(0, ...state.pullRequests.map((pr) => pr.number)) + 1;
  const headSha = init.headSha ?? fakeSha(`head:${number}`);
  const now = isoNow();
  const pr: PullRequest = {
    number,
    title: init.title ?? `Pull request #${number}`,
    body: init.body ?? null,
    state: 'open',
    draft: false,
    user: makeUser(init.user ?? 'octocat'),
    head: { ref: init.headRef ?? `topic-${number}`, sha: headSha, repoFullName: init.headRepoFullName ?? `${state.owner}/${state.repo}` },
    base: { ref: init.baseRef ?? state.defaultBranch, sha: init.baseSha ?? fakeSha(`base:${number}`) },
    commits: init.commits ?? [headSha],
    files: (init.files ?? []).map(makeFile),
    created_at: now,
    updated_at: now,
  };
  state.pullRequests.push(pr);
  return pr;
}

/**
 * Adds an issue comment (e.g. one by another user that the action must never touch).
 * @param state the server's state
 * @param init issue number, author login and body
 */
export function addIssueComment(state: GitHubState, init: { issue_number: number; user?: string; body: string }): IssueComment {
  const now = isoNow();
  const comment: IssueComment = {
    id: takeId(state),
    issue_number: init.issue_number,
    user: makeUser(init.user ?? 'octocat'),
    body: init.body,
    created_at: now,
    updated_at: now,
  };
  state.issueComments.push(comment);
  return comment;
}

/**
 * Adds a review comment on a line of a pull request (not checked against the diff).
 * @param state the server's state
 * @param init pull number, path, line and body; side RIGHT and the head sha by default
 */
export function addReviewComment(
  state: GitHubState,
  init: { pull_number: number; path: string; line: number | null; body: string; user?: string; side?: 'LEFT' | 'RIGHT'; commit_id?: string; in_reply_to_id?: number },
): ReviewComment {
  const pr = state.pullRequests.find((candidate) => candidate.number === init.pull_number);
  const now = isoNow();
  const comment: ReviewComment = {
    id: takeId(state),
    pull_number: init.pull_number,
    pull_request_review_id: null,
    user: makeUser(init.user ?? 'octocat'),
    body: init.body,
    path: init.path,
    line: init.line,
    side: init.side ?? 'RIGHT',
    start_line: null,
    start_side: null,
    commit_id: init.commit_id ?? pr?.head.sha ?? fakeSha('unknown'),
    subject_type: init.line === null ? 'file' : 'line',
    created_at: now,
    updated_at: now,
  };
  if (init.in_reply_to_id !== undefined) comment.in_reply_to_id = init.in_reply_to_id;
  state.reviewComments.push(comment);
  return comment;
}

/**
 * Adds a workflow run artifact whose zip `actions/download-artifact` serves.
 * @param state the server's state
 * @param init run id, name and zip bytes
 */
export function addArtifact(state: GitHubState, init: { run_id: number; name: string; zip: Uint8Array; expired?: boolean }): Artifact {
  const artifact: Artifact = { id: takeId(state), run_id: init.run_id, name: init.name, zip: init.zip, expired: init.expired ?? false, created_at: isoNow() };
  state.artifacts.push(artifact);
  return artifact;
}

// ---------------------------------------------------------------------------------------------
// Response bodies

const WEB = 'https://github.com';
const DOCS = 'https://docs.github.com/rest';

function userBody(api: string, user: GitHubUser): Record<string, unknown> {
  const url = `${api}/users/${encodeURIComponent(user.login)}`;
  return {
    login: user.login,
    id: user.id,
    node_id: nodeId(user.type === 'Bot' ? 'BOT' : user.type === 'Organization' ? 'O' : 'U', user.id),
    avatar_url: `https://avatars.githubusercontent.com/u/${user.id}?v=4`,
    gravatar_id: '',
    url,
    html_url: user.type === 'Bot' ? `${WEB}/apps/${user.login.replace(/\[bot\]$/, '')}` : `${WEB}/${user.login}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: user.type,
    user_view_type: 'public',
    site_admin: false,
  };
}

function nodeId(prefix: string, id: number): string {
  return `${prefix}_kw${Buffer.from(String(id)).toString('base64url')}`;
}

function repositoryBody(api: string, state: GitHubState, fullName = `${state.owner}/${state.repo}`): Record<string, unknown> {
  const [owner = state.owner, name = state.repo] = fullName.split('/');
  const isOwn = fullName === `${state.owner}/${state.repo}`;
  const id = isOwn ? state.repositoryId : 1_000_000 + (createHash('sha1').update(fullName).digest().readUInt32BE(0) % 90_000_000);
  const url = `${api}/repos/${owner}/${name}`;
  const created = '2020-01-01T00:00:00Z';
  return {
    id,
    node_id: nodeId('R', id),
    name,
    full_name: `${owner}/${name}`,
    private: false,
    owner: userBody(api, makeUser(owner)),
    html_url: `${WEB}/${owner}/${name}`,
    description: 'A Jekyll blog',
    fork: !isOwn,
    url,
    forks_url: `${url}/forks`,
    keys_url: `${url}/keys{/key_id}`,
    collaborators_url: `${url}/collaborators{/collaborator}`,
    teams_url: `${url}/teams`,
    hooks_url: `${url}/hooks`,
    issue_events_url: `${url}/issues/events{/number}`,
    events_url: `${url}/events`,
    assignees_url: `${url}/assignees{/user}`,
    branches_url: `${url}/branches{/branch}`,
    tags_url: `${url}/tags`,
    blobs_url: `${url}/git/blobs{/sha}`,
    git_tags_url: `${url}/git/tags{/sha}`,
    git_refs_url: `${url}/git/refs{/sha}`,
    trees_url: `${url}/git/trees{/sha}`,
    statuses_url: `${url}/statuses/{sha}`,
    languages_url: `${url}/languages`,
    stargazers_url: `${url}/stargazers`,
    contributors_url: `${url}/contributors`,
    subscribers_url: `${url}/subscribers`,
    subscription_url: `${url}/subscription`,
    commits_url: `${url}/commits{/sha}`,
    git_commits_url: `${url}/git/commits{/sha}`,
    comments_url: `${url}/comments{/number}`,
    issue_comment_url: `${url}/issues/comments{/number}`,
    contents_url: `${url}/contents/{+path}`,
    compare_url: `${url}/compare/{base}...{head}`,
    merges_url: `${url}/merges`,
    archive_url: `${url}/{archive_format}{/ref}`,
    downloads_url: `${url}/downloads`,
    issues_url: `${url}/issues{/number}`,
    pulls_url: `${url}/pulls{/number}`,
    milestones_url: `${url}/milestones{/number}`,
    notifications_url: `${url}/notifications{?since,all,participating}`,
    labels_url: `${url}/labels{/name}`,
    releases_url: `${url}/releases{/id}`,
    deployments_url: `${url}/deployments`,
    created_at: created,
    updated_at: created,
    pushed_at: created,
    git_url: `git://github.com/${owner}/${name}.git`,
    ssh_url: `git@github.com:${owner}/${name}.git`,
    clone_url: `${WEB}/${owner}/${name}.git`,
    svn_url: `${WEB}/${owner}/${name}`,
    homepage: null,
    size: 1024,
    stargazers_count: 0,
    watchers_count: 0,
    language: 'HTML',
    has_issues: true,
    has_projects: true,
    has_downloads: true,
    has_wiki: true,
    has_pages: true,
    has_discussions: false,
    forks_count: 0,
    mirror_url: null,
    archived: false,
    disabled: false,
    open_issues_count: state.pullRequests.filter((pr) => pr.state === 'open').length,
    license: null,
    allow_forking: true,
    is_template: false,
    web_commit_signoff_required: false,
    topics: [],
    visibility: 'public',
    forks: 0,
    open_issues: state.pullRequests.filter((pr) => pr.state === 'open').length,
    watchers: 0,
    default_branch: state.defaultBranch,
    network_count: 0,
    subscribers_count: 0,
  };
}

function pullRequestBody(api: string, state: GitHubState, pr: PullRequest): Record<string, unknown> {
  const repoApi = `${api}/repos/${state.owner}/${state.repo}`;
  const url = `${repoApi}/pulls/${pr.number}`;
  const htmlUrl = `${WEB}/${state.owner}/${state.repo}/pull/${pr.number}`;
  const headOwner = pr.head.repoFullName.split('/')[0] ?? state.owner;
  const id = 500_000_000 + pr.number;
  const sum = (key: 'additions' | 'deletions'): number => pr.files.reduce((total, file) => total + file[key], 0);
  return {
    url,
    id,
    node_id: nodeId('PR', id),
    html_url: htmlUrl,
    diff_url: `${htmlUrl}.diff`,
    patch_url: `${htmlUrl}.patch`,
    issue_url: `${repoApi}/issues/${pr.number}`,
    number: pr.number,
    state: pr.state,
    locked: false,
    title: pr.title,
    user: userBody(api, pr.user),
    body: pr.body,
    created_at: pr.created_at,
    updated_at: pr.updated_at,
    closed_at: null,
    merged_at: null,
    merge_commit_sha: null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    labels: [],
    milestone: null,
    draft: pr.draft,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${repoApi}/pulls/comments{/number}`,
    comments_url: `${repoApi}/issues/${pr.number}/comments`,
    statuses_url: `${repoApi}/statuses/${pr.head.sha}`,
    head: {
      label: `${headOwner}:${pr.head.ref}`,
      ref: pr.head.ref,
      sha: pr.head.sha,
      user: userBody(api, makeUser(headOwner)),
      repo: repositoryBody(api, state, pr.head.repoFullName),
    },
    base: {
      label: `${state.owner}:${pr.base.ref}`,
      ref: pr.base.ref,
      sha: pr.base.sha,
      user: userBody(api, makeUser(state.owner)),
      repo: repositoryBody(api, state),
    },
    _links: {
      self: { href: url },
      html: { href: htmlUrl },
      issue: { href: `${repoApi}/issues/${pr.number}` },
      comments: { href: `${repoApi}/issues/${pr.number}/comments` },
      review_comments: { href: `${url}/comments` },
      review_comment: { href: `${repoApi}/pulls/comments{/number}` },
      commits: { href: `${url}/commits` },
      statuses: { href: `${repoApi}/statuses/${pr.head.sha}` },
    },
    author_association: 'CONTRIBUTOR',
    auto_merge: null,
    active_lock_reason: null,
    merged: false,
    mergeable: true,
    rebaseable: true,
    mergeable_state: 'clean',
    merged_by: null,
    comments: state.issueComments.filter((comment) => comment.issue_number === pr.number).length,
    review_comments: state.reviewComments.filter((comment) => comment.pull_number === pr.number).length,
    maintainer_can_modify: false,
    commits: pr.commits.length,
    additions: sum('additions'),
    deletions: sum('deletions'),
    changed_files: pr.files.length,
  };
}

function fileBody(state: GitHubState, pr: PullRequest, file: PullRequestFile): Record<string, unknown> {
  const path = file.filename.split('/').map(encodeURIComponent).join('/');
  const body: Record<string, unknown> = {
    sha: file.sha,
    filename: file.filename,
    status: file.status,
    additions: file.additions,
    deletions: file.deletions,
    changes: file.changes,
    blob_url: `${WEB}/${state.owner}/${state.repo}/blob/${pr.head.sha}/${path}`,
    raw_url: `${WEB}/${state.owner}/${state.repo}/raw/${pr.head.sha}/${path}`,
    contents_url: `https://api.github.com/repos/${state.owner}/${state.repo}/contents/${path}?ref=${pr.head.sha}`,
  };
  if (file.patch !== undefined) body['patch'] = file.patch;
  if (file.previous_filename !== undefined) body['previous_filename'] = file.previous_filename;
  return body;
}

function reactionsBody(url: string): Record<string, unknown> {
  return { url: `${url}/reactions`, total_count: 0, '+1': 0, '-1': 0, laugh: 0, hooray: 0, confused: 0, heart: 0, rocket: 0, eyes: 0 };
}

function reviewCommentBody(api: string, state: GitHubState, comment: ReviewComment): Record<string, unknown> {
  const repoApi = `${api}/repos/${state.owner}/${state.repo}`;
  const url = `${repoApi}/pulls/comments/${comment.id}`;
  const htmlUrl = `${WEB}/${state.owner}/${state.repo}/pull/${comment.pull_number}#discussion_r${comment.id}`;
  const pr = state.pullRequests.find((candidate) => candidate.number === comment.pull_number);
  const file = pr?.files.find((candidate) => candidate.filename === comment.path);
  const body: Record<string, unknown> = {
    url,
    pull_request_review_id: comment.pull_request_review_id,
    id: comment.id,
    node_id: nodeId('PRRC', comment.id),
    diff_hunk: diffHunkFor(file?.patch ?? '', comment),
    path: comment.path,
    commit_id: comment.commit_id,
    original_commit_id: comment.commit_id,
    user: userBody(api, comment.user),
    body: comment.body,
    created_at: comment.created_at,
    updated_at: comment.updated_at,
    html_url: htmlUrl,
    pull_request_url: `${repoApi}/pulls/${comment.pull_number}`,
    author_association: comment.user.type === 'Bot' ? 'NONE' : 'CONTRIBUTOR',
    _links: { self: { href: url }, html: { href: htmlUrl }, pull_request: { href: `${repoApi}/pulls/${comment.pull_number}` } },
    reactions: reactionsBody(url),
    start_line: comment.start_line,
    original_start_line: comment.start_line,
    start_side: comment.start_side,
    side: comment.side,
    subject_type: comment.subject_type,
  };
  if (comment.line !== null) {
    body['line'] = comment.line;
    body['original_line'] = comment.line;
  }
  if (comment.in_reply_to_id !== undefined) body['in_reply_to_id'] = comment.in_reply_to_id;
  return body;
}

/** The patch up to the commented line, as GitHub's `diff_hunk` (whole patch when not found). */
function diffHunkFor(patch: string, comment: ReviewComment): string {
  if (comment.line === null) return patch;
  const lines = patch.split('\n');
  let start = 0;
  let oldLine = 0;
  let newLine = 0;
  for (let index = 0; index < lines.length; index += 1) {
    const text = lines[index] as string;
    const header = /^@@ -(\d+)(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(text);
    if (header) {
      start = index;
      oldLine = Number(header[1]);
      newLine = Number(header[2]);
      continue;
    }
    if (text.startsWith('\\')) continue;
    const isLeft = !text.startsWith('+');
    const isRight = !text.startsWith('-');
    const hit = (comment.side === 'RIGHT' && isRight && newLine === comment.line) || (comment.side === 'LEFT' && isLeft && oldLine === comment.line);
    if (isLeft) oldLine += 1;
    if (isRight) newLine += 1;
    if (hit) return lines.slice(start, index + 1).join('\n');
  }
  return patch;
}

function reviewBody(api: string, state: GitHubState, review: Review): Record<string, unknown> {
  const repoApi = `${api}/repos/${state.owner}/${state.repo}`;
  const htmlUrl = `${WEB}/${state.owner}/${state.repo}/pull/${review.pull_number}#pullrequestreview-${review.id}`;
  const body: Record<string, unknown> = {
    id: review.id,
    node_id: nodeId('PRR', review.id),
    user: userBody(api, review.user),
    body: review.body,
    state: review.state,
    html_url: htmlUrl,
    pull_request_url: `${repoApi}/pulls/${review.pull_number}`,
    author_association: review.user.type === 'Bot' ? 'NONE' : 'CONTRIBUTOR',
    _links: { html: { href: htmlUrl }, pull_request: { href: `${repoApi}/pulls/${review.pull_number}` } },
    commit_id: review.commit_id,
  };
  if (review.submitted_at !== null) body['submitted_at'] = review.submitted_at;
  return body;
}

function issueCommentBody(api: string, state: GitHubState, comment: IssueComment): Record<string, unknown> {
  const repoApi = `${api}/repos/${state.owner}/${state.repo}`;
  const url = `${repoApi}/issues/comments/${comment.id}`;
  return {
    url,
    html_url: `${WEB}/${state.owner}/${state.repo}/pull/${comment.issue_number}#issuecomment-${comment.id}`,
    issue_url: `${repoApi}/issues/${comment.issue_number}`,
    id: comment.id,
    node_id: nodeId('IC', comment.id),
    user: userBody(api, comment.user),
    created_at: comment.created_at,
    updated_at: comment.updated_at,
    author_association: comment.user.type === 'Bot' ? 'NONE' : 'CONTRIBUTOR',
    body: comment.body,
    reactions: reactionsBody(url),
    performed_via_github_app: null,
  };
}

function githubActionsApp(api: string): Record<string, unknown> {
  return {
    id: 15368,
    slug: 'github-actions',
    node_id: 'MDM6QXBwMTUzNjg=',
    owner: userBody(api, makeUser('github')),
    name: 'GitHub Actions',
    description: 'Automate your workflow from idea to production',
    external_url: 'https://help.github.com/en/actions',
    html_url: `${WEB}/apps/github-actions`,
    created_at: '2018-07-30T09:30:17Z',
    updated_at: '2019-12-10T19:04:12Z',
    permissions: { checks: 'write', contents: 'read', issues: 'write', metadata: 'read', pull_requests: 'write' },
    events: ['check_run', 'pull_request', 'push'],
  };
}

function checkRunBody(api: string, state: GitHubState, run: CheckRun): Record<string, unknown> {
  const repoApi = `${api}/repos/${state.owner}/${state.repo}`;
  const url = `${repoApi}/check-runs/${run.id}`;
  return {
    id: run.id,
    name: run.name,
    node_id: nodeId('CR', run.id),
    head_sha: run.head_sha,
    external_id: run.external_id ?? '',
    url,
    html_url: `${WEB}/${state.owner}/${state.repo}/runs/${run.id}`,
    details_url: run.details_url ?? `${WEB}/${state.owner}/${state.repo}/runs/${run.id}`,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.started_at,
    completed_at: run.completed_at,
    output: {
      title: run.output.title,
      summary: run.output.summary,
      text: run.output.text,
      annotations_count: run.output.annotations.length,
      annotations_url: `${url}/annotations`,
    },
    check_suite: { id: 900_000_000 + run.id },
    app: githubActionsApp(api),
    pull_requests: state.pullRequests
      .filter((pr) => pr.head.sha === run.head_sha && pr.head.repoFullName === `${state.owner}/${state.repo}`)
      .map((pr) => ({
        id: 500_000_000 + pr.number,
        number: pr.number,
        url: `${repoApi}/pulls/${pr.number}`,
        head: { ref: pr.head.ref, sha: pr.head.sha, repo: { id: state.repositoryId, url: repoApi, name: state.repo } },
        base: { ref: pr.base.ref, sha: pr.base.sha, repo: { id: state.repositoryId, url: repoApi, name: state.repo } },
      })),
  };
}

function artifactBody(api: string, state: GitHubState, artifact: Artifact): Record<string, unknown> {
  const url = `${api}/repos/${state.owner}/${state.repo}/actions/artifacts/${artifact.id}`;
  const expires = new Date(Date.parse(artifact.created_at) + 90 * 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
  return {
    id: artifact.id,
    node_id: nodeId('MDg6QXJ0aWZhY3Q', artifact.id),
    name: artifact.name,
    size_in_bytes: artifact.zip.byteLength,
    url,
    archive_download_url: `${url}/zip`,
    expired: artifact.expired,
    created_at: artifact.created_at,
    expires_at: expires,
    updated_at: artifact.created_at,
    digest: `sha256:${createHash('sha256').update(artifact.zip).digest('hex')}`,
    workflow_run: { id: artifact.run_id, repository_id: state.repositoryId, head_repository_id: state.repositoryId, head_branch: state.defaultBranch, head_sha: fakeSha(`run:${artifact.run_id}`) },
  };
}

// ---------------------------------------------------------------------------------------------
// Request handling

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Raw bytes (artifact download); skips JSON encoding and schema validation. */
  raw?: Uint8Array;
}

interface Context {
  api: string;
  state: GitHubState;
  spec: OperationSpec;
  params: Record<string, string>;
  query: Record<string, string>;
  body: Record<string, unknown>;
  headers: IncomingMessage['headers'];
  /** The path with `/repositories/{id}` (how GitHub writes Link URLs). */
  linkPath: string;
  perPageDefault: number;
  violation(message: string): void;
}

const MAX_COMMENT_BODY = 65_536;

function errorBody(spec: OperationSpec | null, status: number, message: string, errors?: unknown[]): Record<string, unknown> {
  const body: Record<string, unknown> = { message, documentation_url: spec?.documentationUrl ?? DOCS, status: String(status) };
  if (errors) body['errors'] = errors;
  return body;
}

function notFound(ctx: Context): Reply {
  return { status: 404, body: errorBody(ctx.spec, 404, 'Not Found') };
}

/**
 * A 422 for one of GitHub's own rules, also recorded as a violation. `Unprocessable Entity`
 * carries the sentences as `errors` (validation-error-simple); `Validation Failed` carries
 * `{resource, code: 'custom', field, message}` objects (validation-error), as GitHub does.
 */
function unprocessable(ctx: Context, message: 'Unprocessable Entity' | 'Validation Failed', errors: string[], resource = 'IssueComment', field = 'body'): Reply {
  for (const error of errors) ctx.violation(`${ctx.spec.operationId}: 422 ${error}`);
  const details = message === 'Validation Failed' ? errors.map((error) => ({ resource, code: 'custom', field, message: error })) : errors;
  return { status: 422, body: errorBody(ctx.spec, 422, message, details) };
}

function findPullRequest(ctx: Context, key: 'pull_number' | 'issue_number'): PullRequest | undefined {
  const number = Number(ctx.params[key]);
  return ctx.state.pullRequests.find((pr) => pr.number === number);
}

/**
 * One page of `items` with GitHub's `Link` header.
 * @param ctx the request
 * @param items the whole list
 * @param wrap turns the page into the body (for `{total_count, artifacts}` lists)
 */
function paginate<T>(ctx: Context, items: T[], wrap: (page: T[]) => unknown = (page) => page): Reply {
  const requested = ctx.query['per_page'] === undefined ? ctx.perPageDefault : Number(ctx.query['per_page']);
  const perPage = Math.min(100, Math.max(1, Number.isFinite(requested) ? Math.trunc(requested) : ctx.perPageDefault));
  const page = Math.max(1, Math.trunc(Number(ctx.query['page'] ?? 1)) || 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const linkTo = (target: number): string => {
    const search = new URLSearchParams(Object.entries(ctx.query).filter(([key]) => key !== 'page'));
    search.set('page', String(target));
    return `<${ctx.api}${ctx.linkPath}?${search.toString()}>`;
  };
  const links: string[] = [];
  if (page > 1) links.push(`${linkTo(Math.min(page - 1, last))}; rel="prev"`);
  if (page < last) links.push(`${linkTo(page + 1)}; rel="next"`, `${linkTo(last)}; rel="last"`);
  if (page > 1) links.push(`${linkTo(1)}; rel="first"`);
  const headers: Record<string, string> = links.length > 0 ? { link: links.join(', ') } : {};
  return { status: 200, body: wrap(slice), headers };
}

function checkCommentBodyLength(body: unknown): string[] {
  return typeof body === 'string' && body.length > MAX_COMMENT_BODY ? [`Body is too long (maximum is ${MAX_COMMENT_BODY} characters)`] : [];
}

type Handler = (ctx: Context) => Reply;

/** Checks one comment of `pulls/create-review` against the pull request's diff. */
function reviewCommentErrors(pr: PullRequest, comment: Record<string, unknown>): string[] {
  const path = String(comment['path']);
  const file = pr.files.find((candidate) => candidate.filename === path);
  if (!file) return ['Path could not be resolved'];
  const errors = checkCommentBodyLength(comment['body']);
  const side = comment['side'] ?? 'RIGHT';
  const startSide = comment['start_side'] ?? side;
  for (const [name, value] of [['side', side], ['start_side', startSide]] as const) {
    if (value !== 'LEFT' && value !== 'RIGHT') errors.push(`${name} must be LEFT or RIGHT, got ${JSON.stringify(value)}`);
  }
  if (comment['line'] === undefined && comment['position'] === undefined) {
    errors.push('Pull request review thread line must be part of the diff');
    return errors;
  }
  if (file.patch === undefined) {
    errors.push('Pull request review thread diff hunk can\'t be blank');
    return errors;
  }
  const lines = diffLines(file.patch);
  if (comment['position'] !== undefined) {
    const position = Number(comment['position']);
    if (position < 1 || position > lines.positions) errors.push('Pull request review thread position is invalid');
    if (comment['line'] !== undefined) errors.push('position and line are mutually exclusive');
    return errors;
  }
  const line = Number(comment['line']);
  if (!(side === 'LEFT' ? lines.LEFT : lines.RIGHT).has(line)) errors.push('Pull request review thread line must be part of the diff');
  if (comment['start_line'] !== undefined) {
    const start = Number(comment['start_line']);
    if (!(startSide === 'LEFT' ? lines.LEFT : lines.RIGHT).has(start)) errors.push('Pull request review thread start line must be part of the diff');
    if (startSide === side && start >= line) errors.push('start_line must precede the end line');
  }
  return errors;
}

function annotationErrors(annotations: unknown): string[] {
  if (!Array.isArray(annotations)) return [];
  const errors: string[] = [];
  annotations.forEach((annotation, index) => {
    if (!isRecord(annotation)) return;
    const { start_line: start, end_line: end, start_column: startColumn, end_column: endColumn } = annotation;
    if (typeof start === 'number' && typeof end === 'number' && end < start) errors.push(`annotations[${index}]: end_line ${end} precedes start_line ${start}`);
    if ((startColumn !== undefined || endColumn !== undefined) && start !== end) {
      errors.push(`annotations[${index}]: start_column and end_column are only allowed when start_line equals end_line`);
    }
    if (typeof start === 'number' && start < 1) errors.push(`annotations[${index}]: start_line must be at least 1`);
  });
  return errors;
}

function knownCommit(state: GitHubState, sha: string): boolean {
  return state.commits.includes(sha) || state.pullRequests.some((pr) => pr.head.sha === sha || pr.base.sha === sha || pr.commits.includes(sha));
}

function findCheckRun(ctx: Context): CheckRun | undefined {
  const id = Number(ctx.params['check_run_id']);
  return ctx.state.checkRuns.find((run) => run.id === id);
}

/** Applies the fields of a checks/create or checks/update body to a run. */
function applyCheckRunFields(run: CheckRun, body: Record<string, unknown>): void {
  if (typeof body['name'] === 'string') run.name = body['name'];
  if (typeof body['details_url'] === 'string') run.details_url = body['details_url'];
  if (typeof body['external_id'] === 'string') run.external_id = body['external_id'];
  if (typeof body['started_at'] === 'string') run.started_at = body['started_at'];
  if (typeof body['status'] === 'string') run.status = body['status'];
  if (typeof body['conclusion'] === 'string') {
    run.conclusion = body['conclusion'];
    run.status = 'completed';
  }
  if (typeof body['completed_at'] === 'string') {
    run.completed_at = body['completed_at'];
    run.status = 'completed';
  }
  if (run.status === 'completed' && run.completed_at === null) run.completed_at = isoNow();
  if (run.status === 'in_progress' && run.started_at === null) run.started_at = isoNow();
  const output = body['output'];
  if (isRecord(output)) {
    if (typeof output['title'] === 'string') run.output.title = output['title'];
    if (typeof output['summary'] === 'string') run.output.summary = output['summary'];
    if (typeof output['text'] === 'string') run.output.text = output['text'];
    if (Array.isArray(output['annotations']) && output['annotations'].length > 0) {
      run.output.annotations.push(...(output['annotations'] as Annotation[]));
      run.annotationBatches += 1;
    }
    if (Array.isArray(output['images'])) run.output.images.push(...output['images']);
  }
  if (Array.isArray(body['actions'])) run.actions = body['actions'];
}

function checkRunRuleErrors(ctx: Context, body: Record<string, unknown>, current?: CheckRun): string[] {
  const errors: string[] = [];
  const status = body['status'] ?? current?.status;
  const hasConclusion = body['conclusion'] !== undefined || (current?.conclusion ?? null) !== null;
  if ((status === 'completed' || body['completed_at'] !== undefined) && !hasConclusion) errors.push('Conclusion required if status is completed or completed_at is set');
  // the request schema lists `stale`, but GitHub's docs: "only GitHub can set this"
  if (body['conclusion'] === 'stale') errors.push('You cannot change a check run conclusion to stale, only GitHub can set this');
  if (isRecord(body['output'])) errors.push(...annotationErrors(body['output']['annotations']));
  if (body['head_sha'] !== undefined && !knownCommit(ctx.state, String(body['head_sha']))) errors.push(`No commit found for SHA: ${String(body['head_sha'])}`);
  return errors;
}

const handlers: Record<string, Handler> = {
  'repos/get': (ctx) => ({ status: 200, body: repositoryBody(ctx.api, ctx.state) }),

  'pulls/get': (ctx) => {
    const pr = findPullRequest(ctx, 'pull_number');
    if (!pr) return notFound(ctx);
    const accept = String(ctx.headers['accept'] ?? '');
    if (/\.diff\b/.test(accept)) {
      const diff = pr.files
        .map((file) => {
          const from = file.previous_filename ?? file.filename;
          return `diff --git a/${from} b/${file.filename}\n--- ${file.status === 'added' ? '/dev/null' : `a/${from}`}\n+++ ${file.status === 'removed' ? '/dev/null' : `b/${file.filename}`}\n${file.patch ?? ''}\n`;
        })
        .join('');
      return { status: 200, raw: Buffer.from(diff), headers: { 'content-type': 'application/vnd.github.v3.diff; charset=utf-8' } };
    }
    return { status: 200, body: pullRequestBody(ctx.api, ctx.state, pr) };
  },

  'pulls/list-files': (ctx) => {
    const pr = findPullRequest(ctx, 'pull_number');
    if (!pr) return notFound(ctx);
    return paginate(ctx, pr.files.slice(0, 3000).map((file) => fileBody(ctx.state, pr, file)));
  },

  'pulls/list-review-comments': (ctx) => {
    const pr = findPullRequest(ctx, 'pull_number');
    if (!pr) return notFound(ctx);
    const comments = ctx.state.reviewComments
      .filter((comment) => comment.pull_number === pr.number)
      .filter((comment) => {
        const review = ctx.state.reviews.find((candidate) => candidate.id === comment.pull_request_review_id);
        return review?.state !== 'PENDING' || review.user.login === ctx.state.identity.login;
      })
      .map((comment) => reviewCommentBody(ctx.api, ctx.state, comment));
    if (ctx.query['direction'] === 'desc') comments.reverse();
    return paginate(ctx, comments);
  },

  'pulls/list-reviews': (ctx) => {
    const pr = findPullRequest(ctx, 'pull_number');
    if (!pr) return notFound(ctx);
    const reviews = ctx.state.reviews.filter((review) => review.pull_number === pr.number).map((review) => reviewBody(ctx.api, ctx.state, review));
    return paginate(ctx, reviews);
  },

  'pulls/create-review': (ctx) => {
    const pr = findPullRequest(ctx, 'pull_number');
    if (!pr) return notFound(ctx);
    const { state } = ctx;
    const event = ctx.body['event'] as string | undefined;
    const body = typeof ctx.body['body'] === 'string' ? ctx.body['body'] : '';
    const comments = Array.isArray(ctx.body['comments']) ? (ctx.body['comments'] as Record<string, unknown>[]) : [];
    const commitId = typeof ctx.body['commit_id'] === 'string' ? ctx.body['commit_id'] : pr.head.sha;
    const errors: string[] = [...checkCommentBodyLength(body)];
    if (commitId !== pr.head.sha && !pr.commits.includes(commitId)) errors.push(`commit_id ${commitId} is not part of the pull request`);
    if (event === 'APPROVE' && state.identity.type === 'Bot' && !state.actionsCanApprovePullRequests) {
      errors.push('GitHub Actions is not permitted to approve pull requests.');
    }
    if (event === 'REQUEST_CHANGES' && body === '') errors.push('Body is required when requesting changes');
    if (event === 'COMMENT' && body === '' && comments.length === 0) errors.push('Body or comments are required for a COMMENT review');
    if (state.reviews.some((review) => review.pull_number === pr.number && review.state === 'PENDING' && review.user.login === state.identity.login)) {
      errors.push('User can only have one pending review per pull request');
    }
    comments.forEach((comment, index) => {
      for (const error of reviewCommentErrors(pr, comment)) errors.push(comments.length > 1 ? `${error} (comments[${index}] ${String(comment['path'])}:${String(comment['line'] ?? comment['position'])})` : error);
    });
    if (errors.length > 0) return unprocessable(ctx, 'Unprocessable Entity', errors);
    const stateByEvent: Record<string, Review['state']> = { APPROVE: 'APPROVED', REQUEST_CHANGES: 'CHANGES_REQUESTED', COMMENT: 'COMMENTED' };
    const now = isoNow();
    const review: Review = {
      id: takeId(state),
      pull_number: pr.number,
      user: state.identity,
      body,
      state: event === undefined ? 'PENDING' : (stateByEvent[event] ?? 'COMMENTED'),
      commit_id: commitId,
      submitted_at: event === undefined ? null : now,
    };
    state.reviews.push(review);
    for (const comment of comments) {
      const line = comment['line'] === undefined ? null : Number(comment['line']);
      const side = (comment['side'] ?? 'RIGHT') as 'LEFT' | 'RIGHT';
      state.reviewComments.push({
        id: takeId(state),
        pull_number: pr.number,
        pull_request_review_id: review.id,
        user: state.identity,
        body: String(comment['body']),
        path: String(comment['path']),
        line,
        side,
        start_line: comment['start_line'] === undefined ? null : Number(comment['start_line']),
        start_side: comment['start_line'] === undefined ? null : ((comment['start_side'] ?? side) as 'LEFT' | 'RIGHT'),
        commit_id: commitId,
        subject_type: 'line',
        created_at: now,
        updated_at: now,
      });
    }
    return { status: 200, body: reviewBody(ctx.api, state, review) };
  },

  'pulls/delete-review-comment': (ctx) => {
    const id = Number(ctx.params['comment_id']);
    const index = ctx.state.reviewComments.findIndex((comment) => comment.id === id);
    if (index < 0) return notFound(ctx);
    ctx.state.reviewComments.splice(index, 1);
    return { status: 204 };
  },

  'issues/list-comments': (ctx) => {
    const pr = findPullRequest(ctx, 'issue_number');
    if (!pr) return notFound(ctx);
    const since = ctx.query['since'];
    const comments = ctx.state.issueComments
      .filter((comment) => comment.issue_number === pr.number)
      .filter((comment) => since === undefined || comment.updated_at >= since)
      .map((comment) => issueCommentBody(ctx.api, ctx.state, comment));
    return paginate(ctx, comments);
  },

  'issues/create-comment': (ctx) => {
    const pr = findPullRequest(ctx, 'issue_number');
    if (!pr) return notFound(ctx);
    const errors = checkCommentBodyLength(ctx.body['body']);
    if (errors.length > 0) return unprocessable(ctx, 'Validation Failed', errors);
    const comment = addIssueComment(ctx.state, { issue_number: pr.number, body: String(ctx.body['body']) });
    comment.user = ctx.state.identity;
    return {
      status: 201,
      body: issueCommentBody(ctx.api, ctx.state, comment),
      headers: { location: `${ctx.api}/repos/${ctx.state.owner}/${ctx.state.repo}/issues/comments/${comment.id}` },
    };
  },

  'issues/update-comment': (ctx) => {
    const id = Number(ctx.params['comment_id']);
    const comment = ctx.state.issueComments.find((candidate) => candidate.id === id);
    if (!comment) return notFound(ctx);
    const errors = checkCommentBodyLength(ctx.body['body']);
    if (errors.length > 0) return unprocessable(ctx, 'Validation Failed', errors);
    comment.body = String(ctx.body['body']);
    comment.updated_at = isoNow();
    return { status: 200, body: issueCommentBody(ctx.api, ctx.state, comment) };
  },

  'issues/delete-comment': (ctx) => {
    const id = Number(ctx.params['comment_id']);
    const index = ctx.state.issueComments.findIndex((comment) => comment.id === id);
    if (index < 0) return notFound(ctx);
    ctx.state.issueComments.splice(index, 1);
    return { status: 204 };
  },

  'checks/create': (ctx) => {
    const errors = checkRunRuleErrors(ctx, ctx.body);
    if (errors.length > 0) return unprocessable(ctx, 'Unprocessable Entity', errors);
    const run: CheckRun = {
      id: takeId(ctx.state),
      name: String(ctx.body['name']),
      head_sha: String(ctx.body['head_sha']),
      status: 'queued',
      conclusion: null,
      details_url: null,
      external_id: null,
      started_at: isoNow(),
      completed_at: null,
      output: { title: null, summary: null, text: null, annotations: [], images: [] },
      actions: [],
      annotationBatches: 0,
    };
    applyCheckRunFields(run, ctx.body);
    ctx.state.checkRuns.push(run);
    return { status: 201, body: checkRunBody(ctx.api, ctx.state, run) };
  },

  'checks/update': (ctx) => {
    const run = findCheckRun(ctx);
    if (!run) return notFound(ctx);
    const errors = checkRunRuleErrors(ctx, ctx.body, run);
    if (errors.length > 0) return unprocessable(ctx, 'Unprocessable Entity', errors);
    applyCheckRunFields(run, ctx.body);
    return { status: 200, body: checkRunBody(ctx.api, ctx.state, run) };
  },

  'actions/list-workflow-run-artifacts': (ctx) => {
    const runId = Number(ctx.params['run_id']);
    const name = ctx.query['name'];
    const artifacts = ctx.state.artifacts.filter((artifact) => artifact.run_id === runId && (name === undefined || artifact.name === name));
    if (ctx.query['direction'] === 'asc') artifacts.sort((a, b) => a.id - b.id);
    else artifacts.sort((a, b) => b.id - a.id);
    return paginate(ctx, artifacts, (page) => ({ total_count: artifacts.length, artifacts: page.map((artifact) => artifactBody(ctx.api, ctx.state, artifact)) }));
  },

  'actions/download-artifact': (ctx) => {
    const id = Number(ctx.params['artifact_id']);
    const artifact = ctx.state.artifacts.find((candidate) => candidate.id === id);
    if (!artifact || ctx.params['archive_format'] !== 'zip') return notFound(ctx);
    if (artifact.expired) return { status: 410, body: errorBody(ctx.spec, 410, 'Artifact has expired') };
    return { status: 302, headers: { location: `${ctx.api}${BLOB_PREFIX}${artifact.id}.zip?sig=${fakeSha(String(artifact.id)).slice(0, 16)}` } };
  },
};

const BLOB_PREFIX = '/_blob/artifacts/';

/** Permission a 403 "Resource not accessible by integration" names, per operation. */
const ACCEPTED_PERMISSIONS: Record<string, string> = {
  'checks/create': 'checks=write',
  'checks/update': 'checks=write',
  'pulls/create-review': 'pull_requests=write',
  'pulls/delete-review-comment': 'pull_requests=write',
  'issues/create-comment': 'issues=write; pull_requests=write',
  'issues/update-comment': 'issues=write; pull_requests=write',
  'issues/delete-comment': 'issues=write; pull_requests=write',
};

const STATUS_MESSAGES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Requires authentication',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  410: 'Gone',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

interface FailRule {
  method?: string;
  operationId?: string;
  status: number;
  remaining: number;
}

function defaultState(options: GitHubServerOptions): GitHubState {
  return {
    owner: options.owner ?? 'octo-org',
    repo: options.repo ?? 'blog',
    repositoryId: 708_000_001,
    defaultBranch: 'main',
    identity: makeUser('github-actions[bot]'),
    actionsCanApprovePullRequests: false,
    commits: [],
    pullRequests: [],
    reviewComments: [],
    reviews: [],
    issueComments: [],
    checkRuns: [],
    artifacts: [],
    nextId: 2_000_000_001,
  };
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/**
 * Starts the loopback GitHub API on 127.0.0.1 (a free port).
 * @param options repository owner/name (default `octo-org/blog`) and default page size
 * @returns the running server; `close()` it in `afterEach`/`afterAll`
 */
export async function startGitHubServer(options: GitHubServerOptions = {}): Promise<GitHubServer> {
  const state = defaultState(options);
  const perPageDefault = options.perPageDefault ?? 30;
  const requests: RecordedRequest[] = [];
  const violations: string[] = [];
  const serverErrors: string[] = [];
  const failRules: FailRule[] = [];
  const rateLimits: Array<{ operationId: string; kind: 'primary' | 'secondary' }> = [];
  let writesDenied = false;
  let remaining = 5000;
  let requestCounter = 0;
  let api = '';

  /** Answers one request; every branch returns the reply, `respond` writes it. */
  async function handle(request: IncomingMessage): Promise<Reply> {
    const method = (request.method ?? 'GET').toUpperCase();
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const query = Object.fromEntries(url.searchParams);
    const raw = await readBody(request);
    const text = raw.toString('utf8');
    let body: unknown;
    let jsonError = false;
    if (text.length > 0) {
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
        jsonError = true;
      }
    }
    const record: RecordedRequest = { method, path: url.pathname, query, operationId: '', body, headers: { ...request.headers } };
    requests.push(record);

    if (url.pathname.startsWith(BLOB_PREFIX)) {
      record.operationId = 'artifact-blob';
      const id = Number(url.pathname.slice(BLOB_PREFIX.length).replace(/\.zip$/, ''));
      const artifact = state.artifacts.find((candidate) => candidate.id === id);
      if (!artifact) return { status: 404, raw: Buffer.from('BlobNotFound') };
      return { status: 200, raw: artifact.zip, headers: { 'content-type': 'application/zip' } };
    }

    const repoPrefix = `/repositories/${state.repositoryId}/`;
    const apiPath = url.pathname.startsWith(repoPrefix) ? `/repos/${state.owner}/${state.repo}/${url.pathname.slice(repoPrefix.length)}` : url.pathname;
    const matched = matchRoute(method, apiPath);
    const label = matched ? matched.route.spec.operationId : `${method} ${url.pathname}`;
    const violation = (message: string): void => {
      violations.push(message);
    };

    const authorization = request.headers['authorization'];
    if (typeof authorization !== 'string' || !/^(token|bearer) \S+$/i.test(authorization)) {
      if (matched) record.operationId = matched.route.spec.operationId;
      return { status: 401, body: errorBody(matched?.route.spec ?? null, 401, 'Requires authentication') };
    }
    if (!request.headers['user-agent']) violation(`${label}: missing user-agent header (GitHub answers 403 without one)`);

    if (!matched) {
      violation(`${method} ${url.pathname}: no operation of the OpenAPI description matches (unknown route)`);
      return { status: 404, body: errorBody(null, 404, 'Not Found') };
    }
    const { route, params } = matched;
    const spec = route.spec;
    record.operationId = spec.operationId;

    if (params['owner']?.toLowerCase() !== state.owner.toLowerCase() || params['repo']?.toLowerCase() !== state.repo.toLowerCase()) {
      violation(`${spec.operationId}: repository ${params['owner']}/${params['repo']} is not the seeded ${state.owner}/${state.repo}`);
      return { status: 404, body: errorBody(spec, 404, 'Not Found') };
    }

    const before = violations.length;
    validateParameters(spec, params, query, violation);
    if (jsonError) {
      violation(`${spec.operationId}: body is not valid JSON: ${text.slice(0, 80)}`);
      return { status: 400, body: errorBody(spec, 400, 'Problems parsing JSON') };
    }
    validateBody(spec, body, violation);
    const invalid = violations.length > before;

    const limit = rateLimits.findIndex((entry) => entry.operationId === spec.operationId);
    if (limit >= 0) {
      const [entry] = rateLimits.splice(limit, 1);
      return rateLimitReply(spec, entry?.kind ?? 'primary');
    }
    const rule = failRules.find((candidate) => candidate.remaining > 0 && (candidate.method === undefined || candidate.method.toUpperCase() === method) && (candidate.operationId === undefined || candidate.operationId === spec.operationId));
    if (rule) {
      rule.remaining -= 1;
      return { status: rule.status, body: errorBody(spec, rule.status, STATUS_MESSAGES[rule.status] ?? 'Error') };
    }
    if (writesDenied && method !== 'GET') {
      const headers: Record<string, string> = {};
      const permission = ACCEPTED_PERMISSIONS[spec.operationId];
      if (permission) headers['x-accepted-github-permissions'] = permission;
      return { status: 403, body: errorBody(spec, 403, 'Resource not accessible by integration'), headers };
    }
    if (invalid) {
      const reasons = violations.slice(before).map((message) => message.replace(`${spec.operationId}: `, ''));
      return { status: 422, body: errorBody(spec, 422, `Invalid request.\n\n${reasons.join('\n')}`) };
    }

    const handler = handlers[spec.operationId];
    if (!handler) throw new Error(`No handler for ${spec.operationId}`);
    const linkPath = `/repositories/${state.repositoryId}${apiPath.slice(`/repos/${params['owner']}/${params['repo']}`.length)}`;
    const reply = handler({
      api,
      state,
      spec,
      params,
      query,
      body: isRecord(body) ? body : {},
      headers: request.headers,
      linkPath,
      perPageDefault,
      violation,
    });
    checkResponse(spec, reply);
    return reply;
  }

  function validateParameters(spec: OperationSpec, params: Record<string, string>, query: Record<string, string>, violation: (message: string) => void): void {
    for (const parameter of spec.parameters) {
      const source = parameter.in === 'path' ? params : query;
      const value = source[parameter.name];
      if (value === undefined) {
        if (parameter.required) violation(`${spec.operationId}: missing required ${parameter.in} parameter ${parameter.name}`);
        continue;
      }
      const holder = { value };
      const validate = validatorFor(`${spec.operationId} ${parameter.in} ${parameter.name}`, { type: 'object', properties: { value: parameter.schema } }, true);
      if (!validate(holder)) {
        for (const error of validate.errors ?? []) violation(describeAjvError(`${spec.operationId}: ${parameter.in} parameter ${parameter.name}=${JSON.stringify(value)}`, { ...error, instancePath: error.instancePath.replace(/^\/value/, '') }));
      }
    }
    const known = new Set(spec.parameters.filter((parameter) => parameter.in === 'query').map((parameter) => parameter.name));
    for (const name of Object.keys(query)) {
      if (!known.has(name)) violation(`${spec.operationId}: unknown query parameter ${name}=${JSON.stringify(query[name])}`);
    }
  }

  function validateBody(spec: OperationSpec, body: unknown, violation: (message: string) => void): void {
    const where = `${spec.operationId}: body`;
    if (spec.requestBody === null || spec.requestBody.schema === null) {
      if (body !== undefined) violation(`${where} is not expected (the operation takes no request body), got ${JSON.stringify(body).slice(0, 120)}`);
      return;
    }
    if (body === undefined) {
      if (spec.requestBody.required) violation(`${where} is required`);
      return;
    }
    const validate = validatorFor(`${spec.operationId} request`, spec.requestBody.schema);
    if (!validate(body)) {
      for (const error of validate.errors ?? []) violation(describeAjvError(where, error));
    }
    for (const pointer of findUndeclaredKeys(fromOpenApi(spec.requestBody.schema), body, '')) {
      violation(`${where}${pointer} is not a property of the operation's schema (unknown field)`);
    }
  }

  function checkResponse(spec: OperationSpec, reply: Reply): void {
    if (reply.raw !== undefined) return;
    const schema = spec.responses[String(reply.status)];
    if (schema === undefined || schema === null) return;
    const validate = validatorFor(`${spec.operationId} response ${reply.status}`, schema);
    if (validate(reply.body)) return;
    const problems = (validate.errors ?? []).slice(0, 10).map((error) => describeAjvError(`${spec.operationId} ${reply.status} response`, error));
    serverErrors.push(...problems);
    reply.status = 500;
    reply.body = errorBody(spec, 500, `github-server bug: response does not match the schema: ${problems.join('; ')}`);
    reply.headers = {};
  }

  function rateLimitReply(spec: OperationSpec, kind: 'primary' | 'secondary'): Reply {
    const reset = String(Math.floor(Date.now() / 1000));
    if (kind === 'primary') {
      return {
        status: 403,
        body: errorBody(spec, 403, `API rate limit exceeded for installation ID 12345678. If you reach out to GitHub Support for help, please include the request ID ${requestId()}.`),
        headers: { 'x-ratelimit-limit': '5000', 'x-ratelimit-remaining': '0', 'x-ratelimit-used': '5000', 'x-ratelimit-reset': reset, 'x-ratelimit-resource': 'core' },
      };
    }
    return {
      status: 429,
      body: errorBody(spec, 429, 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.'),
      headers: { 'retry-after': '1', 'x-ratelimit-limit': '5000', 'x-ratelimit-remaining': String(remaining), 'x-ratelimit-reset': reset, 'x-ratelimit-resource': 'core' },
    };
  }

  function requestId(): string {
    requestCounter += 1;
    return `C0DE:${requestCounter.toString(16).toUpperCase().padStart(4, '0')}:BL0G:L1NT:${state.repositoryId.toString(16).toUpperCase()}`;
  }

  function respond(response: ServerResponse, reply: Reply): void {
    remaining = Math.max(0, remaining - 1);
    const headers: Record<string, string> = {
      'x-github-request-id': requestId(),
      'x-github-api-version-selected': '2022-11-28',
      'x-github-media-type': 'github.v3; format=json',
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': String(remaining),
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      'x-ratelimit-used': String(5000 - remaining),
      'x-ratelimit-resource': 'core',
      ...reply.headers,
    };
    if (reply.raw !== undefined) {
      response.writeHead(reply.status, { 'content-type': 'application/octet-stream', 'content-length': String(reply.raw.byteLength), ...headers });
      response.end(reply.raw);
      return;
    }
    if (reply.body === undefined) {
      response.writeHead(reply.status, headers);
      response.end();
      return;
    }
    const payload = Buffer.from(JSON.stringify(reply.body));
    response.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', 'content-length': String(payload.byteLength), ...headers });
    response.end(payload);
  }

  const server = createServer((request, response) => {
    handle(request).then(
      (reply) => respond(response, reply),
      (error: unknown) => {
        serverErrors.push(`github-server crashed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        respond(response, { status: 500, body: errorBody(null, 500, 'github-server crashed') });
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  api = `http://127.0.0.1:${port}`;

  return {
    url: api,
    requests,
    violations,
    serverErrors,
    state,
    failNext(match, status, times = 1) {
      failRules.push({ ...match, status, remaining: times });
    },
    denyWrites() {
      writesDenied = true;
    },
    rateLimitNext(operationId, kind = 'primary') {
      rateLimits.push({ operationId, kind });
    },
    async close() {
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      if (serverErrors.length > 0) {
        throw new Error(`github-server answered outside GitHub's response schemas (a bug of the test server):\n${serverErrors.join('\n')}`);
      }
    },
  };
}
