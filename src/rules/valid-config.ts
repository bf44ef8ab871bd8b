import { defineRule } from '../core/rule.js';

/**
 * ## valid-config
 *
 * **What it reports.** A `_config.yml` that is not valid YAML or not a mapping, at the line of the
 * problem; and, as a warning, a `baseurl` without its leading `/` (`baseurl: blog`), which every
 * `{{ site.baseurl }}/...` path turns into a path relative to the page.
 *
 * **Why.** Jekyll refuses to build with a broken config; bloglint goes on with Jekyll's defaults
 * so the rest of the report is still useful, but every URL may be wrong until this is fixed.
 *
 * **Options.** None.
 *
 * **Fix.** None automatic.
 */
export const validConfig = defineRule({
  id: 'valid-config',
  description: '`_config.yml` must be valid YAML.',
  severity: 'error',
  fixable: false,
  defaultOptions: {},
  messages: {
    invalid: '_config.yml is not valid YAML: {message}. Jekyll will not build; bloglint used the defaults.',
    baseurlWithoutSlash:
      '`baseurl: {baseurl}` does not start with `/`: `{{ site.baseurl }}/x` writes the relative path `{baseurl}/x`, which the browser resolves against each page\'s URL (`relative_url` adds the `/`, `site.baseurl` does not). Write `baseurl: /{baseurl}`.',
  },
  checkSite(context) {
    const config = context.site.config;
    if (!config.file) return;
    for (const problem of config.problems) {
      context.report({ file: config.file, text: config.text, messageId: 'invalid', data: { message: problem.message }, start: problem.start, end: problem.end, key: problem.message });
    }
    const baseurl = config.data.baseurl;
    if (typeof baseurl === 'string' && baseurl.trim() !== '' && !baseurl.trim().startsWith('/')) {
      // The top-level `baseurl:` line (at column 0, as a top-level key is).
      const line = /^baseurl[ \t]*:[ \t]*/m.exec(config.text);
      const start = line ? line.index + line[0].length : 0;
      const end = line ? config.text.indexOf('\n', start) : 0;
      context.report({ file: config.file, text: config.text, messageId: 'baseurlWithoutSlash', severity: 'warning', data: { baseurl: baseurl.trim().replace(/\/+$/, '') }, start, end: end === -1 ? config.text.length : end, key: 'baseurl' });
    }
  },
  examples: [{ name: 'ok', text: '---\ntitle: Fine\n---\nBody\n', expect: [] }],
});
