import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { isInside } from '../parse/source-file.js';
import path from 'node:path';
import { chirpy } from './chirpy.js';
import { hydejack } from './hydejack.js';
import { minima } from './minima.js';
import { minimalMistakes } from './minimal-mistakes.js';
import type { ThemeProfile } from './theme.js';

/** Every theme profile bloglint knows, in detection order. */
export const themes: ThemeProfile[] = [chirpy, minimalMistakes, hydejack, minima];

/** The theme a site uses, and why bloglint thinks so. */
export interface ThemeInfo {
  profile: ThemeProfile | undefined;
  /** Human-readable evidence (`remote_theme: cotes2020/jekyll-theme-chirpy in _config.yml`). */
  reason: string;
  /**
   * True when the site carries its own copy of an include that decides paths while the theme comes
   * from a gem (it may resolve differently), or has Ruby plugins: then a path that resolves under
   * any plausible reading is accepted.
   */
  uncertain: boolean;
  uncertainty?: string;
}

/** Names accepted by `theme:` in .bloglint.yml. */
export const THEME_NAMES = ['auto', 'none', ...themes.map((t) => t.id)];

/**
 * Detects the theme: the user's choice in .bloglint.yml, else `theme:`/`remote_theme:` in
 * _config.yml, else the Gemfile, else vendored theme includes.
 */
export function detectTheme(root: string, config: { theme?: string; remoteTheme?: string }, files: ReadonlySet<string>, choice = 'auto', hasPlugins = false): ThemeInfo {
  const pluginNote = hasPlugins ? { uncertain: true, uncertainty: 'the site has Ruby plugins in _plugins/, which can rewrite paths' } : { uncertain: false };
  if (choice === 'none') return { profile: undefined, reason: 'theme: none in .bloglint.yml', ...pluginNote };
  if (choice !== 'auto') {
    const profile = themes.find((t) => t.id === choice);
    return { profile, reason: `theme: ${choice} in .bloglint.yml`, ...withOverride(profile, files, true, pluginNote) };
  }
  for (const [key, value] of [['remote_theme', config.remoteTheme], ['theme', config.theme]] as const) {
    if (!value) continue;
    const profile = themes.find((t) => t.gems.test(value));
    if (profile) return { profile, reason: `${key}: ${value} in _config.yml`, ...withOverride(profile, files, true, pluginNote) };
  }
  const gemfile = readOptional(root, 'Gemfile');
  if (gemfile) {
    for (const profile of themes) {
      const m = /^\s*gem\s+["']([^"']+)["']/gm;
      for (let g = m.exec(gemfile); g; g = m.exec(gemfile)) {
        if (profile.gems.test(g[1]!)) return { profile, reason: `gem "${g[1]}" in the Gemfile`, ...withOverride(profile, files, true, pluginNote) };
      }
    }
  }
  for (const profile of themes) {
    const found = profile.signatureIncludes.find((f) => files.has(f));
    if (found) return { profile, reason: `${found} is in the site (a vendored copy of the theme)`, ...withOverride(profile, files, false, pluginNote) };
  }
  return { profile: undefined, reason: 'no theme: or remote_theme: bloglint knows, no vendored theme include', ...pluginNote };
}

function withOverride(profile: ThemeProfile | undefined, files: ReadonlySet<string>, fromGem: boolean, base: { uncertain: boolean; uncertainty?: string }): { uncertain: boolean; uncertainty?: string } {
  if (!profile || !fromGem) return base;
  const overridden = profile.resolvingIncludes.find((f) => files.has(f));
  if (!overridden) return base;
  return { uncertain: true, uncertainty: `the site overrides the theme's ${overridden}${base.uncertainty ? `, and ${base.uncertainty}` : ''}` };
}

/** The Gemfile, only when it is a small regular file inside the root (never through a link out). */
function readOptional(root: string, name: string): string | undefined {
  try {
    const file = path.join(root, name);
    if (!existsSync(file)) return undefined;
    const real = realpathSync(file);
    if (!isInside(root, real) || !statSync(real).isFile() || statSync(real).size > 1024 * 1024) return undefined;
    return readFileSync(real, 'utf8');
  } catch {
    return undefined;
  }
}
