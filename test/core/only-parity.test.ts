import { afterEach, describe, expect, it } from 'vitest';
import { runLint } from '../../src/core/run.js';
import { removeTempSite, writeTempSite } from '../helpers/temp-site.js';

let root = '';
afterEach(() => root && removeTempSite(root));

const linker = '_posts/2020-01-09-linker.md';
const show = (findings: { file: string; rule: string; messageId: string; range: { start: { line: number } } }[]) =>
  findings.filter((f) => f.file === linker).map((f) => `${f.range.start.line} ${f.rule} ${f.messageId}`);

/**
 * A pull request (`--only`) reads the other posts only as far as their front matter: it must
 * still give the findings a full run gives for the files it checks.
 */
describe('--only gives the full run\'s findings for the checked post', () => {
  it.each([
    ['a YAML error after the URL keys (Jekyll publishes the post under the build date)', '---\ncategories: [a]\ntitle: "broken\n---\n본문\n', '/a/2020/01/01/target.html'],
    ['a YAML error before them', '---\ntitle: "broken\ncategories: [a]\n---\n본문\n', '/a/2020/01/01/target.html'],
    ['published: false', '---\ntitle: t\npublished: false\n---\n본문\n', '/2020/01/01/target.html'],
    ['a permalink', '---\ntitle: t\npermalink: /elsewhere/\n---\n본문\n', '/2020/01/01/target.html'],
    ['a date in the front matter', '---\ntitle: t\ndate: 2020-02-03 10:00:00 +0900\n---\n본문\n', '/2020/01/01/target.html'],
    ['categories as a block list', '---\ntitle: t\ncategories:\n  - x\n  - y\n---\n본문\n', '/x/y/2020/01/01/target.html'],
    ['a flow-style block', '---\n{title: t, categories: [z]}\n---\n본문\n', '/z/2020/01/01/target.html'],
    ['Korean categories and slug (copied out of the head)', '---\ntitle: t\ncategories: [개발, "일기"]\nslug: 첫-글\n---\n본문\n', '/개발/일기/2020/01/01/첫-글.html'],
    ['a long front matter past the first 4 KB', `---\ndescription: ${'설명 '.repeat(2000)}\ncategories: [late]\n---\n본문\n`, '/late/2020/01/01/target.html'],
  ])('%s', async (_name, target, href) => {
    root = writeTempSite({
      '_config.yml': 'title: t\n',
      '_posts/2020-01-01-target.md': target,
      [linker]: `---\ntitle: Linker\n---\n[target](${href})\n`,
      ...Object.fromEntries(Array.from({ length: 12 }, (_, k) => [`_posts/2019-01-${String(k + 1).padStart(2, '0')}-other.md`, '---\ntitle: o\ncategories: [o]\n---\n본문\n'])),
    });
    const full = await runLint({ root });
    const only = await runLint({ root, only: [`${root}/${linker}`] });
    expect(show(only.result.findings)).toEqual(show(full.result.findings));
  });
});
