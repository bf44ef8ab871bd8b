import { normalizeSitePath, pathOf, type ThemeProfile } from './theme.js';

/**
 * Minimal Mistakes (mmistakes/minimal-mistakes): every theme-rendered path goes through
 * `relative_url` (`_includes/page__hero.html`, `archive-single.html`, `figure`, `gallery`,
 * `seo.html`), so `header.image`, `header.teaser`, `header.overlay_image`, `header.og_image`,
 * `gallery[].image_path`, `feature_row[].image_path` and `{% include figure image_path=... %}`
 * are site-root-relative with or without a leading slash; a value with a scheme is used as is.
 * Body markdown is left to the browser (generic rules).
 */
export const minimalMistakes: ThemeProfile = {
  id: 'minimal-mistakes',
  name: 'Minimal Mistakes',
  gems: /minimal-mistakes/i,
  signatureIncludes: ['_includes/page__hero.html', '_includes/archive-single.html'],
  resolvingIncludes: ['_includes/page__hero.html', '_includes/archive-single.html', '_includes/figure', '_includes/gallery', '_includes/seo.html'],
  resolve(_context, ref, value) {
    const themed = ref.source === 'front-matter' ? isThemeField(ref.context) : ref.context.startsWith('include ');
    if (!themed) return undefined;
    if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//')) return { skip: 'a URL (relative_url leaves it as is)' };
    return { readings: [{ label: 'Minimal Mistakes: relative_url (site root)', sitePath: normalizeSitePath(`/${pathOf(value)}`) }] };
  },
};

function isThemeField(keyPath: string): boolean {
  const bare = keyPath.replace(/\[\d+\]/g, '');
  return /^header\.(image|teaser|overlay_image|og_image)$/.test(bare) || /\.image_path$/.test(bare) || bare === 'image_path';
}
