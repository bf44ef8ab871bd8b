/** Why a GitHub call failed, as far as the Action's policy cares. */
export type FailureKind = 'forbidden' | 'unavailable' | 'rejected';

/** A classified GitHub API failure. */
export interface GitHubFailure {
  kind: FailureKind;
  /** HTTP status, when there was a response. */
  status?: number;
  /** One line: status and GitHub's message, e.g. `403 Resource not accessible by integration`. */
  detail: string;
}

/**
 * Sorts a thrown error into the Action's three cases:
 * - `forbidden`: 401/403/404 (the token may not do this: a fork's read-only token, a missing
 *   `permissions:` entry, or a repository the token cannot see);
 * - `unavailable`: 5xx, a rate limit still hit after waiting, or no response at all (GitHub is
 *   down or unreachable); retries already happened in the client;
 * - `rejected`: anything else (422: GitHub refused this body).
 *
 * @param error what the client threw
 * @returns the classification
 */
export function classifyFailure(error: unknown): GitHubFailure {
  const status = typeof (error as { status?: unknown })?.status === 'number' ? (error as { status: number }).status : undefined;
  const message = firstLine(error instanceof Error ? error.message : String(error));
  const detail = status === undefined ? message : `${status} ${message}`;
  if (status === undefined || status >= 500 || status === 429) return { kind: 'unavailable', ...(status !== undefined ? { status } : {}), detail };
  if (status === 403 && /rate limit/i.test(message)) return { kind: 'unavailable', status, detail };
  if (status === 401 || status === 403 || status === 404) return { kind: 'forbidden', status, detail };
  return { kind: 'rejected', status, detail };
}

function firstLine(text: string): string {
  const line = text.split('\n').find((part) => part.trim() !== '') ?? text;
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}
