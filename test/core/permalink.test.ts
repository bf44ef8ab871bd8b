import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isScalar, parse as parseYaml, parseDocument, Scalar } from 'yaml';
import { applyDefaults, deepMergeHashes, defaultsFor } from '../../src/core/front-matter-defaults.js';
import { outputUrl, parsePostFilename, plainYamlDate, sanitizeUrl, slugify, type JekyllUrlConfig, type UrlInput } from '../../src/core/permalink.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/jekyll-urls/', import.meta.url));
/** The fixed mtime scripts/jekyll-fixtures.sh gives the undated draft. */
const DRAFT_MTIME = new Date('2020-01-02T12:00:00Z');

interface BuiltItem {
  path: string;
  collection: string | null;
  draft: boolean | null;
  url: string;
  date: string | null;
  categories: string[] | null;
}
interface BuiltSite {
  jekyll: string;
  config: string | null;
  items: BuiltItem[];
  files: string[];
}

const readJson = <T>(name: string): T => JSON.parse(readFileSync(FIXTURES + name, 'utf8')) as T;
const readYaml = (path: string): Record<string, unknown> => (parseYaml(readFileSync(FIXTURES + path, 'utf8')) ?? {}) as Record<string, unknown>;

/**
 * The front matter of a fixture source file. The `yaml` core schema keeps dates as strings;
 * an unquoted `date:` goes through plainYamlDate, as bloglint's front-matter parser must do.
 */
function ownFrontMatter(path: string): Record<string, unknown> {
  const source = readFileSync(`${FIXTURES}site/${path}`, 'utf8');
  const doc = parseDocument(source.split(/^---\s*$/m)[1] ?? '');
  const data = (doc.toJS() ?? {}) as Record<string, unknown>;
  const date = doc.get('date', true);
  if (isScalar(date) && date.type === Scalar.PLAIN) data.date = plainYamlDate(String(date.value));
  return data;
}

function siteConfig(overlay: string | null): Record<string, unknown> {
  const base = readYaml('site/_config.yml');
  return overlay ? deepMergeHashes(base, readYaml(`configs/${overlay}`)) : base;
}

/** What bloglint knows about a built item, as UrlInput. */
function inputFor(item: BuiltItem, config: Record<string, unknown>): UrlInput {
  const kind: UrlInput['kind'] =
    item.collection === null ? 'page' : item.collection !== 'posts' ? 'document' : item.draft ? 'draft' : 'post';
  const type = kind === 'page' ? 'pages' : kind === 'document' ? item.collection! : 'posts';
  const frontMatter = applyDefaults(defaultsFor(config.defaults, item.path, type), ownFrontMatter(item.path));
  return {
    kind,
    relativePath: item.path,
    ...(kind === 'document' ? { collection: item.collection! } : {}),
    frontMatter,
    config: config as JekyllUrlConfig,
    mtime: DRAFT_MTIME,
  };
}

/** Jekyll's Ruby date string `2019-02-23 03:00:00 +0900` as an instant. */
const rubyDate = (text: string): number =>
  Date.parse(text.replace(' ', 'T').replace(/ ([-+]\d\d)(\d\d)$/, '$1:$2'));

const sites = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.json') && !['headings.json', 'invalid-date.json'].includes(name))
  .map((name) => ({ name, site: readJson<BuiltSite>(name) }));

describe.each(sites)('outputUrl matches jekyll build: $name', ({ site }) => {
  const config = siteConfig(site.config);
  const files = new Set(site.files);

  it.each(site.items.map((item) => [item.path, item] as const))('%s', (_path, item) => {
    const result = outputUrl(inputFor(item, config));
    if ('error' in result) throw new Error(result.error);
    expect(result.url).toBe(decodeURI(item.url));
    expect(files.has(result.outputPath), `${result.outputPath} is in _site`).toBe(true);
    if (item.collection !== null) {
      expect(result.categories).toEqual(item.categories);
      // Undated collection documents get the build time; nothing to compare.
      if (result.date) expect(result.date.getTime()).toBe(rubyDate(item.date!));
    }
  });

  it('covers every file jekyll wrote (except static files)', () => {
    const produced = new Set(
      site.items.map((item) => {
        const result = outputUrl(inputFor(item, config));
        return 'error' in result ? '' : result.outputPath;
      }),
    );
    expect(site.files.filter((file) => !produced.has(file))).toEqual([]);
  });
});

describe('outputUrl: invalid dates', () => {
  const build = readJson<{ output: string[] }>('invalid-date.json');
  const jekyllMessage = /Invalid date '[^']*': Document '[^']*' does not have a valid date in the filename\./.exec(
    build.output.join('\n'),
  )![0];

  it('returns the message jekyll aborts with', () => {
    const result = outputUrl({
      kind: 'post',
      relativePath: '_posts/2019-02-32-bad.md',
      frontMatter: { title: 'x' },
      config: {},
    });
    expect(result).toEqual({ error: jekyllMessage });
  });

  it.each([
    ['2019-13-01', 'filename'],
    ['2019-00-10', 'filename'],
    ['2019-02-00', 'filename'],
  ])('rejects %s', (date) => {
    const result = outputUrl({ kind: 'post', relativePath: `_posts/${date}-x.md`, frontMatter: {}, config: {} });
    expect(result).toEqual({
      error: `Invalid date '${date}': Document '_posts/${date}-x.md' does not have a valid date in the filename.`,
    });
  });

  it('reports a bad front-matter date against the YAML front matter', () => {
    const result = outputUrl({ kind: 'post', relativePath: '_posts/2019-01-01-x.md', frontMatter: { date: '2019-02-23 25:00' }, config: {} });
    expect(result).toEqual({
      error: "Invalid date '2019-02-23 25:00': Document '_posts/2019-01-01-x.md' does not have a valid date in the YAML front matter.",
    });
  });

  it('rolls 29-31 past the end of the month over, like Ruby Time.local', () => {
    const result = outputUrl({ kind: 'post', relativePath: '_posts/2019-02-29-x.md', frontMatter: {}, config: {} });
    expect(result).toMatchObject({ url: '/2019/03/01/x.html' });
  });
});

describe('outputUrl: focused cases', () => {
  const post = (relativePath: string, frontMatter: Record<string, unknown> = {}, config: JekyllUrlConfig = {}) =>
    outputUrl({ kind: 'post', relativePath, frontMatter, config });

  it.each([
    ['2-digit year is 20xx below 69', '_posts/19-2-3-x.md', '/2019/02/03/x.html'],
    ['2-digit year is 19xx from 69', '_posts/69-01-01-x.md', '/1969/01/01/x.html'],
    ['the folder below _posts is no category', '_posts/a b/2019-01-01-x.md', '/2019/01/01/x.html'],
    ['_posts is found anywhere in a folder name', 'old_posts/_posts/2019-01-01-x.md', '/old/2019/01/01/x.html'],
  ])('%s', (_name, path, url) => {
    expect(post(path)).toMatchObject({ url });
  });

  it('reads the site timezone, daylight saving included', () => {
    const config = { timezone: 'America/Los_Angeles' };
    expect(post('_posts/2019-07-01-x.md', { date: '2019-07-01 05:00:00 +0000' }, config)).toMatchObject({ url: '/2019/06/30/x.html' });
    expect(post('_posts/2019-07-01-x.md', { date: '2019-07-01 08:00:00 +0000' }, config)).toMatchObject({ url: '/2019/07/01/x.html' });
  });

  it('accepts a Date from a YAML 1.1 timestamp as an instant', () => {
    expect(post('_posts/2019-01-01-x.md', { date: new Date('2019-02-23T03:00:00+09:00') })).toMatchObject({ url: '/2019/02/22/x.html' });
  });

  it('names an unknown placeholder', () => {
    expect(post('_posts/2019-01-01-x.md', { permalink: '/:foo/:title/' })).toEqual({
      error: "The URL template doesn't have foo keys. Check your permalink template!",
    });
  });

  it('lets `:month_` be followed by an underscore', () => {
    expect(post('_posts/2019-01-01-x.md', { permalink: '/:year/:month_:day/' })).toMatchObject({ url: '/2019/01_01/' });
  });

  it('needs a date for an undated draft', () => {
    expect(outputUrl({ kind: 'draft', relativePath: '_drafts/x.md', frontMatter: {}, config: {} })).toHaveProperty('error');
  });

  it('reads posts under collections_dir', () => {
    const result = outputUrl({
      kind: 'post',
      relativePath: 'my/blog/_posts/2019-01-01-x.md',
      frontMatter: {},
      config: { collections_dir: 'my' },
    });
    expect(result).toMatchObject({ url: '/blog/2019/01/01/x.html', categories: ['blog'] });
  });

  it.each([
    ['a string, split on whitespace, repeats and the path\'s dropped', { categories: ' b  a b ' }, ['a', 'b'], '/a/b/2019/01/01/x.html'],
    ['a list of strings', { categories: ['b', 'a', 'c'] }, ['a', 'b', 'c'], '/a/b/c/2019/01/01/x.html'],
    ['a list with a number and a nested list', { categories: ['b', 2019, ['c']] }, ['a', 'b', '2019', 'c'], '/a/b/2019/c/2019/01/01/x.html'],
    ['`category` kept whole, after `categories`', { categories: 'b', category: 'c d' }, ['a', 'b', 'c d'], '/a/b/c d/2019/01/01/x.html'],
    ['none but the path\'s', {}, ['a'], '/a/2019/01/01/x.html'],
    ['null', { categories: null }, ['a'], '/a/2019/01/01/x.html'],
    ['Korean, cased', { categories: ['개발', 'Dev'] }, ['a', '개발', 'Dev'], '/a/개발/dev/2019/01/01/x.html'],
  ])('front-matter categories: %s', (_name, frontMatter, categories, url) => {
    const result = outputUrl({ kind: 'post', relativePath: 'a/_posts/2019-01-01-x.md', frontMatter, config: {} });
    expect(result).toMatchObject({ url, categories });
  });
});

describe('plainYamlDate', () => {
  it.each([
    ['2019-03-12 08:05:09', new Date('2019-03-12T08:05:09Z')],
    ['2019-03-12T08:05:09.5', new Date('2019-03-12T08:05:09.500Z')],
    ['2019-03-12 08:05', '2019-03-12 08:05'],
    ['2019-03-12', '2019-03-12'],
    ['2019-02-23 03:00:00 +0900', '2019-02-23 03:00:00 +0900'],
  ])('%s', (text, expected) => {
    expect(plainYamlDate(text)).toEqual(expected);
  });
});

describe('parsePostFilename', () => {
  it.each([
    ['2019-02-23-hello.md', { date: '2019-02-23', slug: 'hello', ext: '.md' }],
    ['Event&Seminar/2019-02-23-a.b.markdown', { date: '2019-02-23', slug: 'a.b', ext: '.markdown' }],
    ['2019-3-5-short.md', { date: '2019-3-5', slug: 'short', ext: '.md' }],
    ['19-2-3-x.md', { date: '19-2-3', slug: 'x', ext: '.md' }],
    ['2019-02-23-.md', { date: '2019-02-23', slug: '', ext: '.md' }],
    ['2019-02-23-no-extension', undefined],
    ['hello.md', undefined],
    ['2019-02-23-x/y.md', undefined],
    ['20190223-x.md', undefined],
  ])('%s', (name, expected) => {
    expect(parsePostFilename(name)).toEqual(expected);
  });
});

describe('slugify', () => {
  it.each([
    ['The _config.yml file', 'default', false, 'the-config-yml-file'],
    ['The _config.yml file', 'pretty', false, 'the-_config.yml-file'],
    ['The _config.yml file', 'pretty', true, 'The-_config.yml-file'],
    ['The _config.yml file', 'ascii', false, 'the-config-yml-file'],
    ['The _config.yml file', 'raw', false, 'the-_config.yml-file'],
    ['한국어 제목!', 'default', false, '한국어-제목'],
    ['Event & Seminar', 'default', false, 'event-seminar'],
    ['emoji-🎉', 'pretty', true, 'emoji'],
  ] as const)('%s (%s, cased %s)', (value, mode, cased, expected) => {
    expect(slugify(value, mode, cased)).toBe(expected);
  });

  // `Jekyll::Utils::SLUGIFY_*_REGEXP` as Ruby runs them: the short cut for names that are
  // already slugs (ASCII and Hangul) must give what the expressions give.
  const JEKYLL = {
    raw: /\s+/gu,
    default: /[^\p{M}\p{L}\p{Nd}]+/gu,
    pretty: /[^\p{M}\p{L}\p{Nd}._~!$&'()+,;=@]+/gu,
    ascii: /[^A-Za-z0-9]+/g,
  } as const;
  const jekyll = (value: string, mode: keyof typeof JEKYLL, cased: boolean): string => {
    const slug = value.replace(JEKYLL[mode], '-').replace(/^-|-$/g, '');
    return cased ? slug : slug.toLowerCase();
  };
  it('gives what the expressions give, on names made of slug characters and others', () => {
    const alphabet = [...'aZ09-_.~!$&\'()+,;=@ %#/:?é한글가힣ㄱ', '\u0301', '\ud7a4', '\uac00', '🎉'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 12 }), fc.constantFrom('raw', 'default', 'pretty', 'ascii'), fc.boolean(), (chars, mode, cased) => {
        const value = chars.join('');
        expect(slugify(value, mode, cased)).toBe(jekyll(value, mode, cased));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('sanitizeUrl (`Jekyll::URL#sanitize_url`)', () => {
  it('gives what its three passes give, with or without something to clean', () => {
    const jekyll = (url: string): string => `/${url}`.replaceAll('..', '/').replaceAll('./', '').replace(/\/{2,}/g, '/');
    fc.assert(
      fc.property(fc.array(fc.constantFrom('/', '.', 'a', '글', ':', '-'), { maxLength: 10 }), (chars) => {
        const url = chars.join('');
        expect(sanitizeUrl(url)).toBe(jekyll(url));
      }),
      { numRuns: 5000 },
    );
    expect(sanitizeUrl('/a/../b//c/./d')).toBe('/a/b/c/d');
  });
});
