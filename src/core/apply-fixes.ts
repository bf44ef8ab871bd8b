import { lstat, open, rename, rm, stat, chmod } from 'node:fs/promises';
import path from 'node:path';
import { decode } from '../parse/source-file.js';
import { Location } from '../parse/location.js';
import type { Finding, Fix } from './finding.js';

/** The result of applying fixes to one text. */
export interface AppliedText {
  text: string;
  applied: number;
  /** Fixes left out because they overlap one already applied. */
  skipped: number;
}

/**
 * Applies fixes to a text (BOM excluded, line endings as they are). Fixes are applied from the
 * end so offsets stay valid; a fix overlapping one already taken is skipped.
 */
export function applyFixesToText(text: string, fixes: Fix[]): AppliedText {
  const location = new Location(text);
  const edits = fixes
    .map((fix) => ({ start: location.toOffset(fix.range.start), end: location.toOffset(fix.range.end), text: fix.text }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  let applied = 0;
  let skipped = 0;
  let limit = Infinity;
  const seen = new Set<string>();
  for (const edit of edits) {
    const key = `${edit.start}:${edit.end}:${edit.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (edit.end > limit || (edit.end === limit && edit.start === edit.end && applied > 0 && edit.start === limit)) {
      skipped++;
      continue;
    }
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
    limit = edit.start;
    applied++;
  }
  return { text: out, applied, skipped };
}

/** What `--fix` did to one file. */
export interface FileFixResult {
  file: string;
  applied: number;
  skipped: number;
  /** Why the file was left alone, when it was. */
  refused?: string;
}

/**
 * Applies the fixes of `findings` to their files: each file is re-read, checked to be a regular
 * file (never a symlink), edited, and replaced atomically (written to a temp file beside it, then
 * renamed), keeping its BOM, line endings and mode. A plain check never calls this.
 */
export async function applyFixesToFiles(root: string, findings: Finding[]): Promise<FileFixResult[]> {
  const byFile = new Map<string, Fix[]>();
  for (const f of findings) {
    if (!f.fix) continue;
    const list = byFile.get(f.file);
    if (list) list.push(f.fix);
    else byFile.set(f.file, [f.fix]);
  }
  const results: FileFixResult[] = [];
  for (const [file, fixes] of [...byFile].sort(([a], [b]) => (a < b ? -1 : 1))) {
    results.push(await fixFile(root, file, fixes));
  }
  return results;
}

async function fixFile(root: string, file: string, fixes: Fix[]): Promise<FileFixResult> {
  const absolute = path.join(root, ...file.split('/'));
  const refused = (reason: string): FileFixResult => ({ file, applied: 0, skipped: fixes.length, refused: reason });
  let info;
  try {
    info = await lstat(absolute);
  } catch {
    return refused('it no longer exists');
  }
  if (info.isSymbolicLink()) return refused('it is a symlink; bloglint never writes through a link');
  if (!info.isFile()) return refused('it is not a regular file');
  let bytes: Buffer;
  const handle = await open(absolute, 'r');
  try {
    bytes = await handle.readFile();
  } finally {
    await handle.close();
  }
  const read = decode(bytes);
  if (!read.ok) return refused(read.message);
  const result = applyFixesToText(read.text, fixes);
  if (result.applied === 0 || result.text === read.text) return { file, applied: 0, skipped: result.skipped };
  const output = (read.hasBom ? '\uFEFF' : '') + result.text;
  const temp = `${absolute}.bloglint-${process.pid}-${Date.now()}.tmp`;
  try {
    const out = await open(temp, 'wx', info.mode & 0o777);
    try {
      await out.writeFile(output, 'utf8');
      await out.sync();
    } finally {
      await out.close();
    }
    const now = await stat(absolute);
    if (now.mtimeMs !== info.mtimeMs || now.size !== info.size) {
      await rm(temp, { force: true });
      return refused('it changed while bloglint was fixing it; run again');
    }
    await chmod(temp, info.mode & 0o7777);
    await rename(temp, absolute);
  } catch (error) {
    await rm(temp, { force: true });
    return refused(`it could not be written (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  return { file, applied: result.applied, skipped: result.skipped };
}
