/**
 * Ruby's `File.fnmatch` without flags, which is what Jekyll uses for `exclude`/`include`:
 * `*` matches any characters including `/`, `?` one character, `[...]` a class, `\x` a literal.
 */
export function fnmatch(pattern: string, path: string): boolean {
  return fnmatchRegExp(pattern).test(path);
}

/** The anchored regex `fnmatch` tests a path with (compiled once per pattern). */
export function fnmatchRegExp(pattern: string): RegExp {
  let cached = cache.get(pattern);
  if (!cached) {
    cached = compile(pattern);
    cache.set(pattern, cached);
  }
  return cached;
}

const cache = new Map<string, RegExp>();

function compile(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') re += '.*';
    else if (c === '?') re += '.';
    else if (c === '\\' && i + 1 < pattern.length) re += escape(pattern[++i]!);
    else if (c === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close === -1) re += '\\[';
      else {
        let body = pattern.slice(i + 1, close);
        if (body.startsWith('!')) body = `^${body.slice(1)}`;
        re += `[${body.replace(/\\/g, '\\\\')}]`;
        i = close;
      }
    } else re += escape(c);
  }
  return new RegExp(`^${re}$`, 's');
}

function escape(c: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(c) ? `\\${c}` : c;
}
