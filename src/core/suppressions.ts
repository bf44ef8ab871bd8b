import type { Location } from '../parse/location.js';
import type { Comment } from '../parse/reference.js';

/**
 * Inline directives that silence findings, written as HTML comments in the body or YAML comments
 * in the front matter:
 * - `<!-- bloglint-disable-next-line [rule, ...] -->` / `# bloglint-disable-next-line [rule ...]`
 * - `<!-- bloglint-disable-line [rule ...] -->`
 * - `<!-- bloglint-disable [rule ...] -->` ... `<!-- bloglint-enable [rule ...] -->`
 * No rule list means every rule.
 */
export interface Suppressions {
  isSuppressed(rule: string, line: number): boolean;
}

interface Directive {
  kind: 'disable' | 'enable' | 'disable-line' | 'disable-next-line';
  rules: string[] | 'all';
  line: number;
}

const DIRECTIVE = /^\s*bloglint-(disable-next-line|disable-line|disable|enable)\b([^\n]*)$/;

/** Reads the directives of one document. */
export function readSuppressions(comments: Comment[], frontMatterText: string, frontMatterStart: number, location: Location): Suppressions {
  const directives: Directive[] = [];
  for (const comment of comments) {
    const d = parseDirective(comment.text.trim().replace(/-+$/, ''));
    if (d) directives.push({ ...d, line: location.toPoint(Math.max(comment.start, comment.end - 1)).line });
  }
  const yamlComment = /#\s*(bloglint-[^\n]*)/g;
  for (let m = yamlComment.exec(frontMatterText); m; m = yamlComment.exec(frontMatterText)) {
    const d = parseDirective(m[1]!);
    if (d) directives.push({ ...d, line: location.toPoint(frontMatterStart + m.index).line });
  }
  if (directives.length === 0) return { isSuppressed: () => false };
  directives.sort((a, b) => a.line - b.line);
  return {
    isSuppressed(rule, line) {
      let disabled = false;
      for (const d of directives) {
        const applies = d.rules === 'all' || d.rules.includes(rule);
        if (!applies) continue;
        if (d.kind === 'disable-line' && d.line === line) return true;
        if (d.kind === 'disable-next-line' && d.line + 1 === line) return true;
        if (d.line > line) continue;
        if (d.kind === 'disable') disabled = true;
        else if (d.kind === 'enable') disabled = false;
      }
      return disabled;
    },
  };
}

function parseDirective(text: string): Omit<Directive, 'line'> | undefined {
  const m = DIRECTIVE.exec(text);
  if (!m) return undefined;
  const list = m[2]!.replace(/--.*$/, '').split(/[\s,]+/).filter(Boolean);
  return { kind: m[1] as Directive['kind'], rules: list.length === 0 ? 'all' : list };
}
