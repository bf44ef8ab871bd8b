/**
 * Which files of the branch's current tip survive a deploy.
 *
 * The new content is the publish folder. From the old tip, a file is kept when it matches one of
 * `keepFiles` (picomatch, dotfiles included) or is the root `CNAME` (unless a `cname` option
 * replaces it). The publish folder wins every clash: a kept file is dropped when the publish
 * folder has the same path ("replaced", the normal case) or when a file and a folder would
 * collide: a folder at that path, or a file where the kept file's folder would be ("conflicts").
 */
import picomatch from 'picomatch';
import type { TreeEntry } from './tree-entries.js';

/** How to choose kept files. */
export interface KeepPolicy {
  /** picomatch globs, matched against POSIX paths from the branch root. */
  keepFiles: readonly string[];
  /** Keep the branch's root `CNAME` (true when no `cname` option is given). */
  keepCname: boolean;
}

/** The outcome of `selectKeptEntries`. */
export interface KeptSelection {
  /** Entries to add to the new tree. */
  kept: TreeEntry[];
  /** Paths that matched the policy and that the publish folder also has: its version wins. */
  replaced: string[];
  /** Paths that matched the policy but clash with a folder/file of the publish folder. */
  conflicts: string[];
}

/**
 * Choose the old tip's entries to carry into the new tree.
 *
 * @param tipEntries - `ls-tree -r` of the branch's current tip.
 * @param publishPaths - Every file path of the new (publish) tree.
 * @param policy - Globs and the CNAME rule.
 * @returns Kept entries, and the matching paths that the publish folder replaced or clashed with.
 */
export function selectKeptEntries(
  tipEntries: readonly TreeEntry[],
  publishPaths: ReadonlySet<string>,
  policy: KeepPolicy,
): KeptSelection {
  const isKeptPath = createKeepMatcher(policy);
  const publishFolders = foldersOf(publishPaths);
  const selection: KeptSelection = { kept: [], replaced: [], conflicts: [] };
  for (const entry of tipEntries) {
    if (!isKeptPath(entry.path)) continue;
    if (publishPaths.has(entry.path)) selection.replaced.push(entry.path);
    else if (publishFolders.has(entry.path) || ancestorsOf(entry.path).some((folder) => publishPaths.has(folder))) selection.conflicts.push(entry.path);
    else selection.kept.push(entry);
  }
  return selection;
}

/**
 * Build the predicate "this branch file is to be kept".
 *
 * @param policy - Globs and the CNAME rule.
 * @returns A predicate over POSIX paths.
 */
export function createKeepMatcher(policy: KeepPolicy): (path: string) => boolean {
  const globs = policy.keepFiles.filter((glob) => glob.length > 0);
  const matches = globs.length > 0 ? picomatch(globs, { dot: true }) : () => false;
  return (path) => (policy.keepCname && path === 'CNAME') || matches(path);
}

function ancestorsOf(path: string): string[] {
  const parts = path.split('/');
  return parts.slice(0, -1).map((_, index) => parts.slice(0, index + 1).join('/'));
}

function foldersOf(paths: ReadonlySet<string>): Set<string> {
  const folders = new Set<string>();
  for (const path of paths) for (const folder of ancestorsOf(path)) folders.add(folder);
  return folders;
}
