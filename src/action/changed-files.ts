import type { GitHubClient } from './octokit.js';

/** One file of a pull request, as `pulls/list-files` lists it. */
export interface ChangedFile {
  /** Repository-relative path in the head commit. */
  filename: string;
  status: string;
  /** The old name of a renamed file. */
  previousFilename?: string;
  /** Unified diff hunks; absent for binary and very large files. */
  patch?: string;
}

/** The files a pull request changes, sorted into what to lint and what disappeared. */
export interface ChangedFiles {
  files: ChangedFile[];
  /** Paths that exist in the head commit and changed (added, modified, renamed → new name, copied). */
  changed: string[];
  /** Paths that no longer exist in the head commit: removed files and the old names of renamed ones. */
  removed: string[];
}

/**
 * Lists every file of a pull request (`pulls/list-files`, read to its last page; GitHub stops at
 * 3,000 files).
 *
 * @param client the REST client
 * @param repo owner and name
 * @param pullNumber the pull request number
 * @returns the files, changed and removed paths
 */
export async function listChangedFiles(client: GitHubClient, repo: { owner: string; repo: string }, pullNumber: number): Promise<ChangedFiles> {
  const raw = await client.paginate(client.rest.pulls.listFiles, { ...repo, pull_number: pullNumber, per_page: 100 });
  return sortChangedFiles(
    raw.map((file) => ({
      filename: file.filename,
      status: file.status,
      ...(file.previous_filename ? { previousFilename: file.previous_filename } : {}),
      ...(file.patch !== undefined ? { patch: file.patch } : {}),
    })),
  );
}

/**
 * @param files the pull request's files
 * @returns them, with the changed and removed paths (renames count as a removal of the old name)
 */
export function sortChangedFiles(files: ChangedFile[]): ChangedFiles {
  const changed: string[] = [];
  const removed: string[] = [];
  for (const file of files) {
    if (file.status === 'removed') removed.push(file.filename);
    else changed.push(file.filename);
    if (file.status === 'renamed' && file.previousFilename) removed.push(file.previousFilename);
  }
  return { files, changed, removed };
}

/**
 * The new-side (RIGHT) line numbers a patch shows, added and context lines alike: the lines a
 * review comment may be attached to. Each hunk is kept apart, because a multi-line comment must
 * stay inside one hunk.
 *
 * @param patch the `patch` of a pull request file
 * @returns one set of line numbers per hunk
 */
export function rightSideHunks(patch: string): Set<number>[] {
  const hunks: Set<number>[] = [];
  let current: Set<number> | undefined;
  let newLine = 0;
  for (const text of patch.split('\n')) {
    const header = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(text);
    if (header) {
      current = new Set();
      hunks.push(current);
      newLine = Number(header[1]);
      continue;
    }
    if (!current || text.startsWith('\\') || text.startsWith('-')) continue;
    if (text.startsWith('+') || text.startsWith(' ')) current.add(newLine++);
  }
  return hunks;
}

/**
 * @param hunks the result of {@link rightSideHunks}
 * @param start first line
 * @param end last line (inclusive)
 * @returns whether every line from `start` to `end` is in one hunk
 */
export function isInOneHunk(hunks: Set<number>[], start: number, end: number): boolean {
  return hunks.some((hunk) => {
    for (let line = start; line <= end; line++) if (!hunk.has(line)) return false;
    return true;
  });
}

/**
 * The new side of a file as far as its patch shows it: every added or context line at its line
 * number, the lines the patch does not show left empty. Enough to build a suggested change, which
 * only ever covers lines of one hunk (`mode: report`, where the head is not checked out).
 *
 * @param patch the `patch` of a pull request file
 * @returns text whose line N is line N of the head wherever the patch shows it
 */
export function textFromPatch(patch: string): string {
  const lines: string[] = [];
  let newLine = 0;
  let inHunk = false;
  for (const text of patch.split('\n')) {
    const header = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(text);
    if (header) {
      inHunk = true;
      newLine = Number(header[1]);
      continue;
    }
    if (!inHunk || text.startsWith('\\') || text.startsWith('-')) continue;
    if (text.startsWith('+') || text.startsWith(' ')) {
      while (lines.length < newLine - 1) lines.push('');
      const line = text.slice(1).replace(/\r$/, '');
      // Columns do not count a byte-order mark (as the engine reads the file).
      lines[newLine - 1] = newLine === 1 ? line.replace(/^\uFEFF/, '') : line;
      newLine++;
    }
  }
  return lines.join('\n');
}
