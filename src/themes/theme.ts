import type { Site, SiteDocument } from '../core/site.js';
import type { Reference } from '../parse/reference.js';

/** One way a path could be read: the site path it gives (no baseurl) and how it was derived. */
export interface Reading {
  label: string;
  sitePath: string;
}

/** What a theme says about one reference. */
export type ThemeResolution =
  /** The theme leaves this reference alone (generic rules apply). */
  | undefined
  /** Not a path bloglint can check (external, `data:`, a CDN that is not this repository). */
  | { skip: string }
  /** The site paths the theme would produce; the first is the theme's own rule. */
  | {
      readings: Reading[];
      /** Chirpy: the root path a root-absolute value meant before the theme prefixed `media_subpath`. */
      unprefixed?: string;
    };

/**
 * A theme profile: data plus a small resolver. It is asked about each image reference (body
 * images and front-matter fields) after Liquid is evaluated, with the evaluated value.
 * Adding a theme means adding one file like this and listing it in `themes/index.ts`.
 */
export interface ThemeProfile {
  id: string;
  name: string;
  /** Gem, remote_theme or package names that identify the theme. */
  gems: RegExp;
  /** Include files whose presence in a site means the theme is vendored (or overridden). */
  signatureIncludes: string[];
  /** Include files that decide how paths resolve: a site copy may change the rule. */
  resolvingIncludes: string[];
  resolve(context: ThemeContext, ref: Reference, value: string): ThemeResolution;
}

/** What a theme resolver sees. */
export interface ThemeContext {
  site: Site;
  doc: SiteDocument;
}

/** Resolves `value` as the browser does against a page URL (or the source folder when the page has none). */
export function againstPage(doc: SiteDocument, value: string): string {
  const base = doc.url ? (doc.url.endsWith('/') ? doc.url : doc.url.slice(0, doc.url.lastIndexOf('/') + 1)) : `/${doc.path.slice(0, doc.path.lastIndexOf('/') + 1)}`;
  return normalizeSitePath(base + value);
}

/** Collapses `//`, resolves `.`/`..` (never above the root), keeps a leading `/`. */
export function normalizeSitePath(p: string): string {
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return `/${out.join('/')}${p.endsWith('/') && out.length > 0 ? '/' : ''}`;
}

/** Strips `?query` and `#fragment` and percent-decodes (leaving malformed escapes as written). */
export function pathOf(value: string): string {
  const cut = value.search(/[?#]/);
  const raw = cut === -1 ? value : value.slice(0, cut);
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
