import { defineRule } from '../core/rule.js';

/**
 * ## valid-config
 *
 * **What it reports.** A `_config.yml` that is not valid YAML or not a mapping, at the line of the
 * problem.
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
  },
  checkSite(context) {
    const config = context.site.config;
    if (!config.file) return;
    for (const problem of config.problems) {
      context.report({ file: config.file, text: config.text, messageId: 'invalid', data: { message: problem.message }, start: problem.start, end: problem.end, key: problem.message });
    }
  },
  examples: [{ name: 'ok', text: '---\ntitle: Fine\n---\nBody\n', expect: [] }],
});
