import { afterEach, describe, expect, it } from 'vitest';
import { runLint } from '../../src/core/run.js';
import { removeTempSite, writeTempSite } from '../helpers/temp-site.js';

let root = '';
afterEach(() => root && removeTempSite(root));

/** Twenty posts: the first nineteen with `image` written as `imageLine`, the last without it. */
function site(imageLine: string): Record<string, string> {
  const files: Record<string, string> = { '_config.yml': 'title: t\n' };
  for (let k = 1; k <= 20; k++) {
    const day = String(k).padStart(2, '0');
    files[`_posts/2020-01-${day}-post-${k}.md`] = `---\ntitle: 글 ${k}\n${k < 20 ? `${imageLine}\n` : ''}---\n본문\n`;
  }
  return files;
}

async function conventions(only?: string): Promise<string[]> {
  const run = await runLint({ root, ...(only ? { only: [`${root}/${only}`] } : {}) });
  return run.result.findings.filter((f) => f.rule === 'required-front-matter').map((f) => `${f.file} ${f.message}`);
}

// required-front-matter learns the fields most posts carry with a value, by a full run and by an
// `--only` run alike (which reads the other posts only as far as their front matter).
describe('required-front-matter learns conventions from fields with a value', () => {
  it('expects a field nineteen of twenty posts carry', async () => {
    root = writeTempSite(site('image: /assets/a.png # the cover'));
    const expected = ['_posts/2020-01-20-post-20.md The post has no `image`, unlike 19 of 20 posts of this blog. Add `image:` to the front matter.'];
    expect(await conventions()).toEqual(expected);
    expect(await conventions('_posts/2020-01-20-post-20.md')).toEqual(expected);
  });

  it.each([['image: # TODO'], ['image:\t# later'], ['image: ~ # none yet'], ['image:']])('does not count `%s`: YAML reads it as null', async (line) => {
    root = writeTempSite(site(line));
    expect(await conventions()).toEqual([]);
    expect(await conventions('_posts/2020-01-20-post-20.md')).toEqual([]);
  });
});
