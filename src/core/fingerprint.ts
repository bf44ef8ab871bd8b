import { createHash } from 'node:crypto';

/**
 * A finding's identity across runs: rule, file, message id and the reference as written, not the
 * line, so a finding keeps its identity when lines move above it.
 */
export function fingerprint(rule: string, file: string, messageId: string, key: string): string {
  return createHash('sha256').update(`${rule}\0${file}\0${messageId}\0${key}`).digest('hex').slice(0, 20);
}
