import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { ThrottlingOptions } from '@octokit/plugin-throttling';

/** The REST client the Action uses: `@actions/github` + retry + throttling. */
export type GitHubClient = ReturnType<typeof getOctokit>;

/** Default time base: GitHub's own advice (wait ~1 s between writes; retry after 1, 4, 9 s). */
export const DEFAULT_TIME_BASE_MS = 1000;

/** Retries after a 5xx or a network error (waits 1, 4, 9 time bases). */
export const RETRIES = 3;

/** Longest rate-limit wait the Action accepts, in time bases (longer: give up and degrade). */
const MAX_RATE_LIMIT_WAIT = 60;

/**
 * The time base of every wait, in ms: {@link DEFAULT_TIME_BASE_MS}, or `BLOGLINT_RETRY_BASE_MS`
 * (test-only: the end-to-end tests set it to a few ms so retries and write pacing take no time).
 *
 * @param env the process environment
 * @returns milliseconds
 */
export function timeBase(env: NodeJS.ProcessEnv): number {
  const value = Number(env.BLOGLINT_RETRY_BASE_MS);
  return Number.isFinite(value) && value >= 0 && env.BLOGLINT_RETRY_BASE_MS !== '' && env.BLOGLINT_RETRY_BASE_MS !== undefined ? value : DEFAULT_TIME_BASE_MS;
}

/** Options of {@link createClient}. */
export interface ClientOptions {
  token: string;
  env: NodeJS.ProcessEnv;
  /** Receives one line per retry or rate-limit wait. */
  log: (line: string) => void;
}

/**
 * A client for `GITHUB_API_URL` (GitHub Enterprise and the tests' loopback server work the same):
 * 5xx and network errors are retried {@link RETRIES} times with quadratic backoff; primary and
 * secondary rate limits wait as GitHub asks (twice at most, never longer than 60 time bases);
 * writes are paced one time base apart (three before a write that notifies people), as GitHub
 * recommends. The worst case per request is about 14 time bases, so a GitHub that stays down
 * costs seconds, not minutes: the orchestrator stops calling it after the first such failure.
 *
 * @param options token, environment and logger
 * @returns the client
 */
export function createClient(options: ClientOptions): GitHubClient {
  const base = timeBase(options.env);
  const onLimit = (kind: string) => (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
    const retrying = retryCount < 2 && retryAfter <= MAX_RATE_LIMIT_WAIT;
    options.log(`GitHub ${kind} rate limit on ${request.method} ${request.url}: ${retrying ? `retrying after ${retryAfter} s` : 'giving up'}.`);
    return retrying;
  };
  const throttle: ThrottlingOptions = {
    onRateLimit: onLimit('primary'),
    onSecondaryRateLimit: onLimit('secondary'),
    retryAfterBaseValue: base,
    fallbackSecondaryRateRetryAfter: 60,
    write: pacedGroup(base),
    notifications: pacedGroup(3 * base),
  };
  return getOctokit(
    options.token,
    {
      baseUrl: (options.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
      userAgent: 'bloglint-action',
      throttle,
      retry: { retries: RETRIES, retryAfterBaseValue: base, doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
      log: { debug: () => {}, info: () => {}, warn: (line: string) => options.log(line), error: () => {} },
    },
    retry,
    throttling,
  );
}

/**
 * A stand-in for the throttling plugin's Bottleneck group that spaces jobs `minTime` ms apart
 * (one process, one key), so the pacing follows {@link timeBase}. It implements the one method
 * the plugin calls: `group.key(id).schedule(options, fn, ...args)`.
 */
function pacedGroup(minTime: number): NonNullable<ThrottlingOptions['write']> {
  let last = 0;
  let queue: Promise<unknown> = Promise.resolve();
  const limiter = {
    schedule<T>(_options: unknown, fn: (...args: unknown[]) => Promise<T>, ...args: unknown[]): Promise<T> {
      const run = queue.then(async () => {
        const wait = last + minTime - Date.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        last = Date.now();
      });
      queue = run.catch(() => {});
      return run.then(() => fn(...args));
    },
  };
  return { key: () => limiter } as unknown as NonNullable<ThrottlingOptions['write']>;
}
