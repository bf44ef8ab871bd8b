#!/usr/bin/env node
// Deterministic synthetic Jekyll blog for the bloglint benchmark.
//
//   node scripts/bench/generate.mjs                 # .bench/blog-1000 and .bench/blog-10000
//   node scripts/bench/generate.mjs --posts 1000    # one size (repeat the flag for more)
//   node scripts/bench/generate.mjs --posts 44 --defect-every 4 --out /tmp/blog
//
// Same options, same bytes: the only randomness is a seeded PRNG (mulberry32), file order and
// names do not depend on the file system, and nothing reads the clock.
//
// Posts look like the seed post (/work/shared/seed-post.md): Hydejack front matter (folded
// `description: >`, `related_posts` as source paths, `accent_image` with a CSS `url('...')`,
// `image`, tags, categories, a commented-out field), Korean prose, `&` in a category folder,
// nested category folders, a `baseurl`. Every valid reference is valid for Jekyll 3 on GitHub
// Pages; every invalid one is a defect listed in `expected.json` as `{file, line, rule}` with the
// line bloglint must report it on, counted while the file is written.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Bumped whenever the output changes, so `bench.mjs` regenerates stale corpora. */
export const GENERATOR_VERSION = 1;

/** The injected defect kinds, in the order they are handed out, with the rule that must report each. */
export const DEFECT_KINDS = [
  { kind: 'missing-image', rule: 'no-missing-image', severity: 'error' },
  { kind: 'case-mismatch', rule: 'no-missing-image', severity: 'error' },
  { kind: 'baseurl-missing', rule: 'no-missing-image', severity: 'error' },
  { kind: 'broken-srcset', rule: 'no-missing-image', severity: 'error' },
  { kind: 'related-leading-slash', rule: 'no-dead-related-post', severity: 'error' },
  { kind: 'dead-post-url', rule: 'no-dead-internal-link', severity: 'error' },
  { kind: 'dead-relative-md', rule: 'no-dead-internal-link', severity: 'error' },
  { kind: 'bad-post-filename', rule: 'post-filename', severity: 'error' },
  { kind: 'yaml-error', rule: 'valid-front-matter', severity: 'error' },
  { kind: 'dead-fragment', rule: 'no-dead-internal-link', severity: 'warning' },
  { kind: 'missing-reference-image', rule: 'no-missing-image', severity: 'error' },
];

const BASEURL = '/blog';

/**
 * Where posts live. `exact` is the prefix of an exact `{% post_url %}` name (Jekyll's
 * PostComparer: `_posts/[dir/]NAME` or `[dir/]_posts/NAME`); null when none exists (a subfolder
 * below a category folder's `_posts`), so such posts are reached by relative links and
 * `related_posts` only. `img` is the image folder below `assets/img/`.
 */
const GROUPS = [
  { weight: 36, dir: '_posts', exact: '', img: 'posts', categories: ['일상'] },
  { weight: 14, dir: '_posts/{year}', exact: '{year}/', img: 'archive/{year}', categories: ['회고'] },
  { weight: 14, dir: 'devlog/_posts/Event&Seminar', exact: null, img: 'devlog/Event&Seminar', categories: ['Event&Seminar'] },
  { weight: 12, dir: 'devlog/_posts/ML', exact: null, img: 'devlog/ml', categories: ['ML', 'DL'] },
  { weight: 12, dir: 'notes/travel/_posts', exact: 'notes/travel/', img: 'notes/travel', categories: ['여행'] },
  { weight: 12, dir: 'notes/books/_posts', exact: 'notes/books/', img: 'notes/books', categories: ['독서'] },
];

const KOREAN = (
  '지난 대회 본선 오프라인 네이버 해커톤 경험 후기 소중한 추억 우승권 깨달음 참여 팀원 모델 학습 데이터셋 성능 개선 ' +
  '파라미터 튜닝 앙상블 분류기 테스트 기간 노하우 논문 이해도 적용력 의사소통 백본 퍼포먼스 하드웨어 시간 반성 ' +
  '연구 겸손한 자세 고정관념 출사표 자만심 분야 처음 소감 계기 아쉬움 후회 숙소 구경 교훈 동기 준비 현장 이론 ' +
  '구현 일류 다시금 여행 바다 부산 해변 기차 카페 커피 책 독서 문장 작가 소설 주말 산책 날씨 하늘 사진 풍경 ' +
  '멘토링 발표 세미나 행사 질문 답변 코드 함수 서버 배포 블로그 글쓰기 정리 기록 공부 실험 결과 그래프 지표 ' +
  '정확도 손실 에폭 배치 크기 옵티마이저 학습률 스케줄러 정규화 증강 검증 추론 제출 리더보드 순위 점수 마감'
).split(' ');
const KOREAN_ENDINGS = ['했습니다.', '였습니다.', '입니다.', '네요.', '했어요.', '같아요.', '있었습니다.', '되었습니다.', '봤습니다.', '남네요...'];
const ENGLISH = 'Inference mAP DenseNet201 Query Expansion Data Imbalance Feature Engineering GAN TPU NSML Image Retrieval SOTA pipeline baseline'.split(' ');
const ASCII_SLUG = 'naver vision hackathon review notes trip busan seoul book reading model training paper summary retrospective seminar'.split(' ');
const TAGS = ['ML', 'DL', 'NAVER NSML', 'Competition', 'Python', '여행', '독서', '회고', 'Jekyll', 'Vision'];

/** mulberry32: a small, fast, seeded PRNG (returns floats in [0, 1)). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random helpers over one PRNG. */
function random(seed) {
  const next = mulberry32(seed);
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  return { next, int, pick };
}

function pad(n, width = 2) {
  return String(n).padStart(width, '0');
}

/** A post's date: spread evenly over 2015-01-01 .. 2024-12-28 (never in the future). */
function postDate(i, count) {
  const start = Date.UTC(2015, 0, 1);
  const days = Math.floor((i * (3650 - 4)) / Math.max(1, count));
  const d = new Date(start + days * 86_400_000);
  return { year: d.getUTCFullYear(), text: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` };
}

/**
 * Plans every post (path, images, defect) before writing any, so links can name valid targets.
 * @param {number} count Number of posts.
 * @param {ReturnType<typeof random>} r The PRNG.
 * @param {number} defectEvery One defect every this many posts.
 */
function planPosts(count, r, defectEvery) {
  const totalWeight = GROUPS.reduce((s, g) => s + g.weight, 0);
  const posts = [];
  for (let i = 0; i < count; i++) {
    let roll = r.next() * totalWeight;
    let group = GROUPS[0];
    for (const g of GROUPS) {
      if (roll < g.weight) {
        group = g;
        break;
      }
      roll -= g.weight;
    }
    const date = postDate(i, count);
    const korean = r.next() < 0.12;
    const slug = korean ? `${r.pick(KOREAN)}-${r.pick(KOREAN)}-${i}` : `${r.pick(ASCII_SLUG)}-${r.pick(ASCII_SLUG)}-${i}`;
    const stem = `${date.text}-${slug}`;
    const dir = group.dir.replace('{year}', String(date.year));
    const defect = i % defectEvery === defectEvery - 1 ? DEFECT_KINDS[Math.floor(i / defectEvery) % DEFECT_KINDS.length] : undefined;
    // A post whose file name Jekyll skips keeps its title as name: `_posts/naver-review-12.md`.
    const file = defect?.kind === 'bad-post-filename' ? `${dir}/${slug}.md` : `${dir}/${stem}.md`;
    const imgDir = `assets/img/${group.img.replace('{year}', String(date.year))}/${stem}`;
    const images = [];
    const imageCount = r.int(4, 7);
    for (let k = 1; k <= imageCount; k++) images.push(`${k}.${k % 3 === 0 ? 'jpg' : 'png'}`);
    posts.push({
      i,
      group,
      stem,
      dir,
      file,
      imgDir,
      images,
      retina: `1@2x.png`,
      exactName: group.exact === null ? null : `${group.exact.replace('{year}', String(date.year))}${stem}`,
      defect,
    });
  }
  return posts;
}

/** A post another post may link to: published under its own name and URL. */
function isTarget(post) {
  return !post.defect || (post.defect.kind !== 'bad-post-filename' && post.defect.kind !== 'yaml-error');
}

function koreanSentence(r) {
  const words = [];
  const n = r.int(6, 14);
  for (let k = 0; k < n; k++) words.push(r.next() < 0.08 ? r.pick(ENGLISH) : r.pick(KOREAN));
  return `${words.join(' ')} ${r.pick(KOREAN_ENDINGS)}`;
}

function koreanParagraph(r, sentences) {
  const out = [];
  for (let k = 0; k < sentences; k++) out.push(koreanSentence(r));
  return out.join(' ');
}

/** Writes lines and remembers at which line each marked one lands. */
class Lines {
  constructor() {
    this.lines = [];
    this.bytes = 0;
  }
  /** Adds one or more lines; returns the 1-based number of the first. */
  add(...lines) {
    const at = this.lines.length + 1;
    for (const line of lines) {
      this.lines.push(line);
      this.bytes += Buffer.byteLength(line) + 1;
    }
    return at;
  }
  text() {
    return `${this.lines.join('\n')}\n`;
  }
}

/**
 * Writes one post and returns its defect entries.
 * @returns {{text: string, defects: {file: string, line: number, rule: string, kind: string, severity: string}[], extraImages: string[]}}
 */
function renderPost(post, posts, targets, r, bytesTarget) {
  const L = new Lines();
  const defects = [];
  const mark = (line) => defects.push({ file: post.file, line, rule: post.defect.rule, kind: post.defect.kind, severity: post.defect.severity });
  const kind = post.defect?.kind;
  // Jekyll skips the whole file; bloglint reports it at its start.
  if (kind === 'bad-post-filename') mark(1);
  const img = (name) => `/${post.imgDir}/${name}`;
  const site = (name) => `{{ site.baseurl }}${img(name)}`;
  const others = (n) => {
    const out = [];
    for (let tries = 0; out.length < n && tries < n * 4; tries++) {
      const t = targets[r.int(0, targets.length - 1)];
      if (t !== post && !out.includes(t)) out.push(t);
    }
    return out;
  };
  const relative = (target) => path.posix.relative(path.posix.dirname(post.file), target.file);

  // Front matter, shaped like the seed post.
  L.add('---', 'layout: post');
  const title = `(${post.group.categories[0]} 후기) ${r.pick(KOREAN)} ${r.pick(KOREAN)} ${r.pick(ENGLISH)} ${r.pick(KOREAN)} 이야기 ${post.i}`;
  const titleLine = L.add(kind === 'yaml-error' ? `title: "${title}` : `title: "${title}"`);
  if (kind === 'yaml-error') mark(titleLine);
  const tags = [r.pick(TAGS), r.pick(TAGS), r.pick(TAGS)].filter((t, k, a) => a.indexOf(t) === k);
  L.add(`tags: [${tags.join(', ')}]`, `categories: [${post.group.categories.join(', ')}]`, 'comments: true', 'sitemap: true');
  L.add(`image: ${img(post.images[post.images.length - 1])}`);
  L.add('accent_image: ', "  background: url('/assets/img/sidebar-bg.gif') center/cover", '  overlay: false');
  L.add("accent_color: '#ccc'", "theme_color: '#ccc'");
  L.add('description: >', `  ${koreanParagraph(r, 3)} `);
  const related = others(r.int(0, 3));
  if (related.length > 0 || kind === 'related-leading-slash') {
    L.add('related_posts:');
    for (const t of related) L.add(`    - ${t.file}`);
    if (kind === 'related-leading-slash') {
      const t = others(1)[0];
      mark(L.add(`    - /${t.file}`));
    }
  }
  L.add('# invert_sidebar: true', '---');

  // Body.
  L.add('<div id="fb-root"></div>', '<script async defer crossorigin="anonymous" src="https://connect.facebook.net/ko_KR/sdk.js#xfbml=1&version=v14.0" nonce="wtm5X3uW"></script>', '');
  L.add(`${koreanParagraph(r, 3)} [외부 링크](https://github.com/AiHackathon2018/AI-Vision)를 참고하세요.<br>`, '');

  const headings = [];
  const referenceDefs = [];
  const blocks = [];
  // Every image of the post is shown once, in one of the ways authors write them.
  post.images.forEach((name, k) => {
    const style = k % 6;
    if (style === 0) blocks.push(() => L.add(`![Full-width image](${site(name)})<br>`, ''));
    else if (style === 1) blocks.push(() => L.add(`<img src="${site(name)}" alt="${r.pick(KOREAN)} 사진" width="600">`, ''));
    else if (style === 2) blocks.push(() => L.add(`![${r.pick(KOREAN)}]({{ "${img(name)}" | relative_url }})`, ''));
    else if (style === 3) {
      const label = `fig-${k + 1}`;
      blocks.push(() => L.add(`${r.pick(KOREAN)} 그림은 아래와 같습니다. ![그림 ${k + 1}][${label}]`, ''));
      referenceDefs.push(`[${label}]: ${site(name)}`);
    } else if (style === 4) blocks.push(() => L.add('<picture>', `  <source srcset="${site(name)} 1x, ${site(post.retina)} 2x">`, `  <IMG SRC='${site(name)}' alt="${r.pick(KOREAN)}">`, '</picture>', ''));
    else blocks.push(() => L.add(`![Full-width image](${site(name)})`, `![Full-width image]({{ site.url }}{{ site.baseurl }}${img(name)})`, ''));
  });
  blocks.push(() => L.add(`<div style="background: url('{{ site.baseurl }}/assets/img/sidebar-bg.gif') center/cover">${r.pick(KOREAN)} 배너</div>`, ''));
  blocks.push(() => L.add('이렇게 마크다운으로 그림을 넣습니다:', '', '```markdown', `![예시](/assets/img/nothing-here-${post.i}.png)`, '<img src="/assets/img/Not-Checked.PNG">', '```', ''));
  blocks.push(() => L.add(`인라인 코드도 세지 않습니다: \`![x](/nope-${post.i}.png)\`, 주석도 마찬가지입니다.`, '', `<!-- ![옛 사진]({{ site.baseurl }}/assets/img/gone-${post.i}.png) -->`, ''));
  for (const t of others(r.int(1, 2))) {
    if (t.exactName) blocks.push(() => L.add(`[이전 글: ${r.pick(KOREAN)}]({{ site.baseurl }}{% post_url ${t.exactName} %})에서 이어집니다.`, ''));
    else blocks.push(() => L.add(`[관련 글: ${r.pick(KOREAN)}](${relative(t)})도 읽어 보세요.`, ''));
  }
  for (const t of others(r.int(1, 2))) blocks.push(() => L.add(`- [${r.pick(KOREAN)} ${r.pick(KOREAN)}](${relative(t)})`, `- [참고 자료](${relative(t)}#참고-자료)`, ''));
  blocks.push(() => L.add(`[소개]({{ site.baseurl }}/about/) 페이지와 [태그]({{ "/tags/" | relative_url }}) 목록도 있습니다.`, ''));

  // Defects go in the middle of the body.
  const defectBlock = () => {
    switch (kind) {
      case 'missing-image':
        mark(L.add(`![Full-width image](${site(`${post.images.length + 1}.png`)})`));
        L.add('');
        break;
      case 'case-mismatch':
        mark(L.add(`![Full-width image](${site(post.images[0].replace('.png', '.PNG'))})`));
        L.add('');
        break;
      case 'baseurl-missing':
        mark(L.add(`![Full-width image](${img(post.images[1])})`));
        L.add('');
        break;
      case 'broken-srcset':
        mark(L.add(`<img src="${site(post.images[0])}" srcset="${site(post.images[0])} 1x, ${site('1@3x.png')} 3x" alt="${r.pick(KOREAN)}">`));
        L.add('');
        break;
      case 'dead-post-url':
        mark(L.add(`[사라진 글]({{ site.baseurl }}{% post_url 2014-01-0${post.i % 9 + 1}-${r.pick(ASCII_SLUG)}-gone %})을 찾을 수 없습니다.`));
        L.add('');
        break;
      case 'dead-relative-md':
        mark(L.add(`[지운 글](2014-02-0${post.i % 9 + 1}-deleted-${post.i}.md)은 더 이상 없습니다.`));
        L.add('');
        break;
      case 'dead-fragment':
        if (post.i % 2 === 0) mark(L.add(`[위로](#없는-섹션-${post.i}) 돌아가기`));
        else mark(L.add(`[다른 글의 없는 절](${relative(others(1)[0])}#없는-절-${post.i})`));
        L.add('');
        break;
      case 'missing-reference-image':
        L.add(`빠진 그림: ![없는 그림][fig-missing]`, '');
        referenceDefs.push({ defect: `[fig-missing]: ${site('missing-figure.png')}` });
        break;
      default:
        break;
    }
  };

  // Interleave prose, headings and the blocks until the post reaches its size.
  let section = 0;
  let blockAt = 0;
  const defectAt = Math.floor(blocks.length / 2);
  while (blockAt < blocks.length || L.bytes < bytesTarget) {
    if (r.next() < 0.3) {
      section++;
      const heading = `섹션 ${section} ${r.pick(KOREAN)} ${r.pick(KOREAN)}`;
      headings.push(heading.toLowerCase().replace(/ /g, '-'));
      L.add(`## ${heading}`, '');
    }
    L.add(`${koreanParagraph(r, r.int(3, 8))}<br>`, '');
    if (blockAt < blocks.length) {
      if (blockAt === defectAt) defectBlock();
      blocks[blockAt++]();
    }
  }
  if (headings.length > 0) L.add(`[맨 위 절로](#${headings[0]}) 돌아가기`, '');
  L.add('<Blockquote>', '<span style="font-size:11pt">', '<b>이번 글에서 느낀 점.</b><br><br>');
  for (let k = 1; k <= 3; k++) L.add(`${k}. ${koreanSentence(r)}<br>`);
  L.add('</span>', '</Blockquote>', '');
  L.add('## 참고 자료', '');
  L.add(`- [원문](https://example.com/posts/${post.i}) ${r.pick(KOREAN)}`, '');
  for (const def of referenceDefs) {
    if (typeof def === 'string') L.add(def);
    else mark(L.add(def.defect));
  }
  return { text: L.text(), defects };
}

/** The files every blog has besides posts and their images. */
function siteFiles() {
  return {
    '_config.yml': [
      'title: bloglint benchmark blog',
      'description: A synthetic Jekyll blog for the bloglint benchmark.',
      'url: https://example.github.io',
      `baseurl: ${BASEURL}`,
      'permalink: /:categories/:year/:month/:day/:title/',
      'theme: jekyll-theme-hydejack',
      'exclude:',
      '  - README.md',
      '  - drafts-notes/',
      'defaults:',
      '  - scope:',
      '      path: ""',
      '      type: posts',
      '    values:',
      '      layout: post',
      '      comments: true',
      '',
    ].join('\n'),
    'README.md': '# Benchmark blog\n\nGenerated by scripts/bench/generate.mjs; do not edit.\n',
    'about.md': '---\nlayout: page\ntitle: 소개\npermalink: /about/\n---\n## 누가 쓰나요\n\n두 사람과 고양이. ![고양이]({{ site.baseurl }}/assets/img/cat.png)\n',
    'tags.md': '---\nlayout: page\ntitle: 태그\npermalink: /tags/\n---\n{% for tag in site.tags %}- {{ tag[0] }}\n{% endfor %}\n',
    'index.md': '---\nlayout: blog\ntitle: 블로그\n---\n최근 글 목록입니다.\n',
    '_layouts/post.html': '---\nlayout: default\n---\n<article>{{ content }}</article>\n',
    '_layouts/default.html': '<!doctype html>\n<html lang="ko"><head><link rel="stylesheet" href="{{ "/assets/css/main.css" | relative_url }}"></head><body>{{ content }}</body></html>\n',
    'assets/css/main.css': 'body { background: url("../img/sidebar-bg.gif"); }\n',
    'assets/img/sidebar-bg.gif': 'GIF89a\x01\x00\x01\x00',
    'assets/img/cat.png': '\x89PNG\r\n\x1a\n',
    'drafts-notes/secret.png': '\x89PNG\r\n\x1a\n',
  };
}

/**
 * Generates a blog of `posts` posts into `outDir` (emptied first).
 * @param {{posts: number, outDir: string, seed?: number, defectEvery?: number}} options
 * @returns {{posts: number, files: number, bytes: number, defects: object[]}} What was written (also in `expected.json`).
 */
export function generateBlog({ posts: count, outDir, seed = 20190223, defectEvery = 20 }) {
  const r = random(seed ^ count);
  const plan = planPosts(count, r, defectEvery);
  const targets = plan.filter(isTarget);
  rmSync(outDir, { recursive: true, force: true });
  const made = new Set();
  let files = 0;
  let bytes = 0;
  const write = (rel, content) => {
    const abs = path.join(outDir, rel);
    const dir = path.dirname(abs);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(abs, content);
    files++;
    bytes += typeof content === 'string' ? Buffer.byteLength(content) : content.length;
  };
  for (const [rel, content] of Object.entries(siteFiles())) write(rel, /\.(?:png|gif)$/.test(rel) ? Buffer.from(content, 'latin1') : content);
  const defects = [];
  for (const post of plan) {
    const bytesTarget = r.int(4_500, 14_500);
    const { text, defects: found } = renderPost(post, plan, targets, r, bytesTarget);
    write(post.file, text);
    defects.push(...found);
    for (const name of post.images) write(`${post.imgDir}/${name}`, imageBytes(post.i, name));
    write(`${post.imgDir}/${post.retina}`, imageBytes(post.i, post.retina));
  }
  defects.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  const summary = { generator: GENERATOR_VERSION, seed, posts: count, defectEvery, files: files + 1, bytes, defects };
  const expected = `${JSON.stringify(summary, null, 1)}\n`;
  writeFileSync(path.join(outDir, 'expected.json'), expected);
  summary.bytes += Buffer.byteLength(expected);
  return summary;
}

/** A tiny image: a PNG/JPEG/GIF signature plus a few bytes, so `file` and `identify` recognise the type. */
function imageBytes(i, name) {
  const head = name.endsWith('.jpg') ? [0xff, 0xd8, 0xff, 0xe0] : name.endsWith('.gif') ? [0x47, 0x49, 0x46, 0x38] : [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  return Buffer.from([...head, i & 0xff, (i >> 8) & 0xff, name.length]);
}

/** `--posts 1000 --posts 10000`, `--posts 1000,10000`. */
export function parseSizes(argv, fallback = [1000, 10000]) {
  const sizes = [];
  for (let k = 0; k < argv.length; k++) {
    if (argv[k] === '--posts') sizes.push(...argv[++k].split(',').map(Number));
    else if (argv[k].startsWith('--posts=')) sizes.push(...argv[k].slice(8).split(',').map(Number));
  }
  for (const n of sizes) if (!Number.isInteger(n) || n < 1) throw new Error(`--posts takes whole numbers ≥ 1, not ${n}`);
  return sizes.length > 0 ? sizes : fallback;
}

function flag(argv, name) {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const argv = process.argv.slice(2);
  const sizes = parseSizes(argv);
  const out = flag(argv, '--out');
  if (out && sizes.length > 1) throw new Error('--out takes one --posts size');
  const defectEvery = Number(flag(argv, '--defect-every') ?? 20);
  const seed = Number(flag(argv, '--seed') ?? 20190223);
  for (const n of sizes) {
    const outDir = out ?? path.join('.bench', `blog-${n}`);
    const t = process.hrtime.bigint();
    const s = generateBlog({ posts: n, outDir, seed, defectEvery });
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    process.stdout.write(`${outDir}: ${s.posts} posts, ${s.files} files, ${(s.bytes / 1e6).toFixed(1)} MB, ${s.defects.length} defects (${(ms / 1000).toFixed(1)} s)\n`);
  }
}
