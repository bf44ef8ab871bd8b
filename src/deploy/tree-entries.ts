/**
 * Parse `git ls-tree -r -z` output, keeping each record's raw bytes so that it can be fed back
 * to `git update-index -z --index-info` unchanged (any file name survives, even non-UTF-8).
 */

/** One blob, symlink or submodule entry of a tree. */
export interface TreeEntry {
  /** e.g. `100644`, `100755`, `120000`, `160000`. */
  mode: string;
  /** `blob` or `commit`. */
  type: string;
  oid: string;
  /** POSIX path from the tree root, decoded as UTF-8. */
  path: string;
  /** The raw `mode SP type SP oid TAB path` bytes, without the terminating NUL. */
  record: Buffer;
}

/**
 * Split `git ls-tree -r -z` output into entries.
 *
 * @param output - Raw stdout.
 * @returns The entries in git's order.
 */
export function parseLsTree(output: Buffer): TreeEntry[] {
  const entries: TreeEntry[] = [];
  let start = 0;
  while (start < output.length) {
    let end = output.indexOf(0, start);
    if (end === -1) end = output.length;
    const record = output.subarray(start, end);
    start = end + 1;
    if (record.length === 0) continue;
    const tab = record.indexOf(9);
    if (tab === -1) throw new Error(`Unexpected ls-tree record: ${record.toString('utf8')}`);
    const [mode = '', type = '', oid = ''] = record.subarray(0, tab).toString('utf8').split(' ');
    entries.push({ mode, type, oid, path: record.subarray(tab + 1).toString('utf8'), record });
  }
  return entries;
}

/**
 * Join entries into `git update-index -z --index-info` input.
 *
 * @param entries - Entries from `parseLsTree`.
 * @returns NUL-terminated records.
 */
export function toIndexInfo(entries: readonly TreeEntry[]): Buffer {
  return Buffer.concat(entries.flatMap((entry) => [entry.record, Buffer.from([0])]));
}
