/**
 * Copy the publish folder into the deploy work tree, file by file, without reading any file
 * into memory (`fs.copyFile`, which clones or streams in the kernel).
 *
 * Symlink policy (GitHub Pages serves no symlinks, and a link must never leak files from
 * outside the site):
 * - a symlink whose resolved target is outside the publish folder is skipped and never followed;
 * - a symlink to a regular file inside the publish folder is copied as that file's content;
 * - a symlink to a directory is skipped (even inside: it could form a cycle or duplicate the tree);
 * - a dangling symlink is skipped.
 * Folders or files named `.git` (any case, any depth), symlinks into them, and special files
 * (FIFOs, sockets, devices) are skipped too. Every skip is logged and returned.
 */
import { constants, type Dirent, type Stats } from 'node:fs';
import { copyFile, lstat, mkdir, opendir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';

/** Why an entry of the publish folder was not copied. */
export type SkipReason = 'symlink-outside' | 'symlink-directory' | 'symlink-dangling' | 'git-folder' | 'special-file';

/** One entry that was not copied. */
export interface SkippedEntry {
  /** POSIX path relative to the publish folder. */
  path: string;
  reason: SkipReason;
  /** For symlinks: the resolved target, when known. */
  target?: string;
}

/** The result of `copyTree`. */
export interface CopyTreeResult {
  /** Regular files copied (symlinked files included). */
  files: number;
  skipped: SkippedEntry[];
}

/** Options of `copyTree`. */
export interface CopyTreeOptions {
  /** Receives one line per skipped entry. */
  log?: (line: string) => void;
  /** Parallel copies; default 32. */
  concurrency?: number;
}

interface CopyJob {
  from: string;
  to: string;
}

/**
 * Copy `sourceDir` into `targetDir` under the symlink policy above.
 *
 * @param sourceDir - The publish folder (may itself be a symlink; its real path is the boundary).
 * @param targetDir - An existing, empty folder.
 * @param options - Logging and concurrency.
 * @returns How many files were copied and what was skipped.
 */
export async function copyTree(sourceDir: string, targetDir: string, options: CopyTreeOptions = {}): Promise<CopyTreeResult> {
  const root = await realpath(sourceDir);
  const skipped: SkippedEntry[] = [];
  const skip = (entry: SkippedEntry): void => {
    skipped.push(entry);
    options.log?.(describeSkip(entry));
  };
  const jobs: CopyJob[] = [];
  const pending: string[] = [''];
  while (pending.length > 0) {
    const relativeDir = pending.pop() as string;
    const directory = await opendir(path.join(root, relativeDir));
    for await (const entry of directory) {
      const relative = relativeDir ? `${relativeDir}/${entry.name}` : entry.name;
      const from = path.join(root, relative);
      const to = path.join(targetDir, relative);
      const kind = isGitFolderName(entry.name) ? 'git' : await entryKind(entry, from);
      if (kind === 'git') {
        skip({ path: relative, reason: 'git-folder' });
      } else if (kind === 'directory') {
        await mkdir(to, { recursive: true });
        pending.push(relative);
      } else if (kind === 'file') {
        jobs.push({ from, to });
      } else if (kind === 'symlink') {
        const resolved = await resolveSymlink(from, root);
        if (resolved.kind === 'file') jobs.push({ from: resolved.target, to });
        else skip({ path: relative, reason: resolved.kind, ...(resolved.target ? { target: resolved.target } : {}) });
      } else {
        skip({ path: relative, reason: 'special-file' });
      }
    }
  }
  await runPool(jobs, options.concurrency ?? 32, (job) => copyFile(job.from, job.to, constants.COPYFILE_FICLONE));
  return { files: jobs.length, skipped };
}

/**
 * Whether a file name is git's own folder name (checked case-insensitively, like git itself
 * refuses `.GIT` on case-insensitive systems).
 *
 * @param name - A single path segment.
 * @returns `true` for `.git`, `.GIT`, ...
 */
export function isGitFolderName(name: string): boolean {
  return name.toLowerCase() === '.git';
}

/**
 * Whether `target` is `root` or inside it (both absolute, real paths).
 *
 * @param target - Resolved path.
 * @param root - Resolved boundary folder.
 * @returns `true` when `target` does not leave `root`.
 */
export function isInside(target: string, root: string): boolean {
  const relative = path.relative(root, target);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

type EntryKind = 'directory' | 'file' | 'symlink' | 'other';

/** The entry's type from the directory listing, or from `lstat` when the file system did not say. */
async function entryKind(entry: Dirent, fullPath: string): Promise<EntryKind> {
  const known = kindOf(entry);
  if (known !== 'other' || isSpecial(entry)) return known;
  return kindOf(await lstat(fullPath));
}

function kindOf(info: Dirent | Stats): EntryKind {
  if (info.isSymbolicLink()) return 'symlink';
  if (info.isDirectory()) return 'directory';
  if (info.isFile()) return 'file';
  return 'other';
}

function isSpecial(info: Dirent): boolean {
  return info.isFIFO() || info.isSocket() || info.isBlockDevice() || info.isCharacterDevice();
}

type SymlinkResolution =
  | { kind: 'file'; target: string }
  | { kind: 'symlink-outside' | 'symlink-directory' | 'symlink-dangling' | 'git-folder'; target?: string };

async function resolveSymlink(linkPath: string, root: string): Promise<SymlinkResolution> {
  let target: string;
  try {
    target = await realpath(linkPath);
  } catch {
    return { kind: 'symlink-dangling' };
  }
  // Checked before anything reads through the link: an outside target is never opened.
  if (!isInside(target, root)) return { kind: 'symlink-outside', target };
  // A link to a file inside a `.git` folder of the publish folder would publish it after all.
  if (path.relative(root, target).split(path.sep).some(isGitFolderName)) return { kind: 'git-folder', target };
  let info: Stats;
  try {
    info = await stat(target);
  } catch {
    return { kind: 'symlink-dangling' };
  }
  if (info.isFile()) return { kind: 'file', target };
  return { kind: 'symlink-directory', target };
}

function describeSkip(entry: SkippedEntry): string {
  switch (entry.reason) {
    case 'symlink-outside':
      return `Skipped symlink ${entry.path}: its target ${entry.target ?? ''} is outside the publish folder`;
    case 'symlink-directory':
      return `Skipped symlink ${entry.path}: it points to a folder (only symlinks to files inside the publish folder are copied)`;
    case 'symlink-dangling':
      return `Skipped symlink ${entry.path}: its target does not exist`;
    case 'git-folder':
      return entry.target
        ? `Skipped symlink ${entry.path}: it points into a .git folder`
        : `Skipped ${entry.path}: a .git folder is never published`;
    case 'special-file':
      return `Skipped ${entry.path}: not a regular file, folder or symlink`;
  }
}

async function runPool<T>(items: readonly T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++] as T;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(size, items.length)) }, worker));
}
