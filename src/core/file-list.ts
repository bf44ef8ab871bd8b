/**
 * The files found below a site's root, kept as the walk gives them (sorted by UTF-16 code units:
 * `walkTree`) and looked up by binary search. A `Set` of a 10,000-post blog's 75,000 paths took
 * about 25 ms to build (every path hashed, the table grown again and again), a fortieth of a pull
 * request's run, while a run asks for few of them: a reference no published URL answers, a
 * theme's include files. Should a path ever come out of order, lookups use a `Set` made then.
 */
export class FileList implements ReadonlySet<string> {
  private readonly paths: string[] = [];
  private sorted = true;
  private set: Set<string> | undefined;

  constructor(paths: Iterable<string> = []) {
    for (const path of paths) this.push(path);
  }

  /** Adds a path after those already added (the walk's order). */
  push(path: string): void {
    const paths = this.paths;
    if (this.sorted && paths.length > 0 && !(paths[paths.length - 1]! < path)) this.sorted = false;
    paths.push(path);
    this.set?.add(path);
  }

  has(path: string): boolean {
    if (!this.sorted) return (this.set ??= new Set(this.paths)).has(path);
    const at = this.firstAtOrAfter(path);
    return this.paths[at] === path;
  }

  /** Whether some path starts with `prefix`. */
  hasUnder(prefix: string): boolean {
    if (!this.sorted) return this.paths.some((path) => path.startsWith(prefix));
    return this.paths[this.firstAtOrAfter(prefix)]?.startsWith(prefix) ?? false;
  }

  get size(): number {
    return this.paths.length;
  }

  forEach(callback: (value: string, key: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
    for (const path of this.paths) callback.call(thisArg, path, path, this);
  }

  *entries(): SetIterator<[string, string]> {
    for (const path of this.paths) yield [path, path];
  }

  keys(): SetIterator<string> {
    return this.values();
  }

  *values(): SetIterator<string> {
    yield* this.paths;
  }

  [Symbol.iterator](): SetIterator<string> {
    return this.values();
  }

  /** The index of the first path not below `path` in code-unit order (binary search). */
  private firstAtOrAfter(path: string): number {
    const paths = this.paths;
    let low = 0;
    let high = paths.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (paths[mid]! < path) low = mid + 1;
      else high = mid;
    }
    return low;
  }
}
