import { describe, expect, it } from 'vitest';
import { applyFixesToText } from '../../src/core/apply-fixes.js';
import { rules } from '../../src/rules/index.js';
import { lintFiles, renderFinding } from '../helpers/temp-site.js';

const DEFAULT_PATH = '_posts/2020-01-01-example.md';

/** Degraded variants that must give the same positions (CRLF shifts no column; a BOM is not counted). */
const variants: [string, (text: string) => string][] = [
  ['as written', (t) => t],
  ['CRLF', (t) => t.replace(/\n/g, '\r\n')],
  ['BOM', (t) => `\uFEFF${t}`],
];

describe.each(rules.map((rule) => [rule.id, rule] as const))('%s examples', (_id, rule) => {
  it('has at least one valid and, when it reports per document, one invalid example', () => {
    expect(rule.examples.some((e) => e.expect.length === 0)).toBe(true);
    if (rule.check && rule.id !== 'readable-file') expect(rule.examples.some((e) => e.expect.length > 0)).toBe(true);
  });

  for (const example of rule.examples) {
    describe(example.name, () => {
      it.each(variants)('%s', async (_variant, transform) => {
        const path = example.path ?? DEFAULT_PATH;
        const { findings } = await lintFiles(
          { '_config.yml': 'title: Example\n', ...(example.files ?? {}), [path]: transform(example.text) },
          { rules: [rule], ruleConfig: example.options ? { [rule.id]: example.options } : {}, only: [path] },
        );
        expect(findings.map(renderFinding)).toEqual(example.expect);
        for (const f of findings) {
          expect(f.rule).toBe(rule.id);
          expect(rule.messages[f.messageId]).toBeDefined();
          expect(f.message).not.toMatch(/\{\w+\}/);
        }
      });
    });
  }

  const fixable = rule.examples.filter((e) => e.expect.length > 0);
  if (rule.fixable) {
    it('fixes leave no fixable finding of this rule, and fixing twice changes nothing', async () => {
      let fixedSomething = false;
      for (const example of fixable) {
        const path = example.path ?? DEFAULT_PATH;
        const files = { '_config.yml': 'title: Example\n', ...(example.files ?? {}) };
        const ruleConfig = example.options ? { [rule.id]: example.options } : {};
        const first = await lintFiles({ ...files, [path]: example.text }, { rules: [rule], ruleConfig, only: [path] });
        const fixes = first.findings.filter((f) => f.fix).map((f) => f.fix!);
        if (fixes.length === 0) continue;
        fixedSomething = true;
        const fixed = applyFixesToText(example.text, fixes).text;
        const second = await lintFiles({ ...files, [path]: fixed }, { rules: [rule], ruleConfig, only: [path] });
        expect(second.findings.filter((f) => f.fix)).toEqual([]);
        const again = second.findings.filter((f) => f.fix).map((f) => f.fix!);
        expect(applyFixesToText(fixed, again).text).toBe(fixed);
      }
      expect(fixedSomething).toBe(true);
    });
  }
});
