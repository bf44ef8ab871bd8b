import { againstPage, normalizeSitePath, pathOf, type ThemeProfile } from './theme.js';

/**
 * Hydejack (hydecorp/hydejack), `_includes/smart-url`: a value with `://` is used as is; a value
 * starting with `/` has `baseurl` removed once and goes through `relative_url`; **anything else
 * is emitted unchanged**, so the browser resolves it against the page URL. Applies to `image`,
 * `image.path`/`image.src`, `image.srcset` entries and `accent_image` (a CSS `url()` in
 * `accent_image.background` included). `related_posts` is its own rule.
 */
export const hydejack: ThemeProfile = {
  id: 'hydejack',
  name: 'Hydejack',
  gems: /hydejack/i,
  signatureIncludes: ['_includes/smart-url', '_includes/components/hy-img.html'],
  resolvingIncludes: ['_includes/smart-url', '_includes/components/hy-img.html'],
  resolve({ site, doc }, ref, value) {
    if (ref.source !== 'front-matter' || !/^(image|accent_image)(\.|$)/.test(ref.context)) return undefined;
    if (value.includes('://') || value.startsWith('data:')) return { skip: 'a URL (smart-url uses it as is)' };
    const p = pathOf(value);
    if (p.startsWith('/')) {
      const base = site.config.baseurl;
      const stripped = base && (p === base || p.startsWith(`${base}/`)) ? p.slice(base.length) || '/' : p;
      return { readings: [{ label: 'Hydejack: root-relative (baseurl removed once)', sitePath: normalizeSitePath(stripped) }] };
    }
    return { readings: [{ label: 'Hydejack: left to the browser, relative to the post URL', sitePath: againstPage(doc, p) }] };
  },
};
