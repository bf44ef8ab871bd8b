import { normalizeSitePath, pathOf, type ThemeProfile } from './theme.js';

/**
 * minima (jekyll/minima): no image fields of its own; `{% seo %}` (jekyll-seo-tag) turns
 * `image`/`image.path` into an absolute URL with `absolute_url`, so they are site-root-relative
 * with or without a leading slash. Body paths are plain markdown (generic rules).
 */
export const minima: ThemeProfile = {
  id: 'minima',
  name: 'minima',
  gems: /^minima$|jekyll\/minima/i,
  signatureIncludes: [],
  resolvingIncludes: [],
  resolve(_context, ref, value) {
    if (ref.source !== 'front-matter' || !/^image(\.path)?$/.test(ref.context)) return undefined;
    if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//')) return { skip: 'a URL' };
    return { readings: [{ label: 'jekyll-seo-tag: absolute_url (site root)', sitePath: normalizeSitePath(`/${pathOf(value)}`) }] };
  },
};
