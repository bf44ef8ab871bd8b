/**
 * Checks for the names a deploy writes: the branch and the `CNAME` domain.
 */

/**
 * Whether a name is acceptable as a branch (the rules of `git check-ref-format --branch`).
 *
 * @param name - Candidate branch name.
 * @returns `true` when git would accept it.
 */
export function isValidBranchName(name: string): boolean {
  if (!name || name.startsWith('-') || name === '@') return false;
  if (/[\u0000-\u0020\u007f~^:?*[\\]/.test(name) || name.includes('..') || name.includes('@{') || name.includes('//')) return false;
  if (name.startsWith('/') || name.endsWith('/') || name.endsWith('.')) return false;
  return name.split('/').every((part) => !part.startsWith('.') && !part.endsWith('.lock'));
}

/**
 * Whether a value can go into a `CNAME` file: a bare host name, no scheme, path or spaces.
 *
 * @param value - e.g. `blog.example.com`.
 * @returns `true` for a plausible domain name.
 */
export function isValidCname(value: string): boolean {
  return /^(?=.{1,253}$)[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,62})(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,62}))*\.?$/u.test(value.trim());
}
