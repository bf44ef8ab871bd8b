import { resolveReference } from '../core/resolve.js';
import { defineRule } from '../core/rule.js';
import { reportBroken } from './broken-reference.js';

/**
 * ## no-missing-image
 *
 * **What it reports.** Every image a post shows that is not published at the path the browser
 * will ask for: markdown images (inline and reference-style), raw HTML `<img src>`, `srcset`
 * candidates, `<source>`, `<video poster>`, inline `style="background: url(...)"`, and image
 * paths in front matter (`image`, `image.path`, `header.teaser`, CSS `url()` in
 * `accent_image.background`, ...). Liquid (`{{ site.baseurl }}`, `| relative_url`) is resolved;
 * a path built from Liquid bloglint cannot evaluate is skipped, never guessed.
 *
 * **Why.** GitHub Pages serves from a case-sensitive disk (`Foo.PNG` is not `foo.png`), a
 * relative path resolves against the post's URL rather than its source folder, and with a
 * `baseurl` a root-relative `/assets/x.png` misses the site's folder. All of these work on the
 * author's machine and break on the published blog. So does a path that differs from the file's
 * name only in its Unicode form (`사진.png` composed in the post, decomposed in the name macOS gave
 * the file): it looks the same, and the server compares bytes.
 *
 * **Options.** None.
 *
 * **Fix.** `--fix` corrects the case of a path (when the file exists with another case), writes a
 * decomposed path composed when the file's name is, and adds
 * `{{ site.baseurl }}` where it is missing. Pointing a path at another file (the closest
 * published name, or the file beside the source) is only suggested.
 */
export const noMissingImage = defineRule({
  id: 'no-missing-image',
  description: 'Images must point to a published file, with the exact case, as the published site resolves them.',
  severity: 'error',
  fixable: true,
  defaultOptions: {},
  messages: {
    missing: 'Image `{ref}` does not exist: nothing is published at `{url}`{reasonSuffix}. Add the file or fix the path.',
    missingDidYouMean: 'Image `{ref}` does not exist: nothing is published at `{url}`; did you mean `{closest}`?',
    caseMismatch: 'Image `{ref}` does not match the case of the file `{actual}`: GitHub Pages serves from a case-sensitive disk, so `{url}` is missing there. Use `{actual}`.',
    unicodeForm: 'Image `{ref}` and the published file `{actual}` look the same but are spelled in different Unicode forms: the reference is {refForm}, the file name {fileForm}. GitHub Pages compares the bytes, so `{url}` is missing there. {advice}',
    baseurlMissing: 'Image `{ref}` misses the site\'s baseurl `{baseurl}`: the published image is at `{baseurl}{actual}`. Prefix it with `{{ site.baseurl }}`.',
    relativeToUrl: 'Image `{ref}` is resolved by the browser against the post URL `{postUrl}`, giving `{url}`, which does not exist; the file is at `{actual}` next to the source. Use a root-relative path.',
    unpublished: 'Image `{ref}` exists but is not published: `{url}` {reason}. Move it to a published folder.',
    deadRelativeMarkdown: 'Image `{ref}` does not exist at `{url}`.',
    subpathPrefixesRoot: 'Image `{ref}` is looked for at `{url}`: {theme} prefixes media_subpath `{subpath}` to every image path, root-absolute ones too. The file is at `{actual}`: write `{reason}` or drop media_subpath.',
    missingTried: 'Image `{ref}` does not exist under any reading bloglint tried ({tried}); it tried several because {reason}.',
  },
  check(context) {
    const scan = context.scan();
    for (const ref of scan.body) {
      if (ref.kind !== 'image') continue;
      const resolution = resolveReference(context.site, context.doc, ref);
      if (resolution.status === 'broken') reportBroken(context, ref, resolution);
    }
    for (const ref of scan.frontMatter) {
      const resolution = resolveReference(context.site, context.doc, ref, { frontMatter: true });
      if (resolution.status === 'broken') reportBroken(context, ref, resolution);
    }
  },
  examples: [
    {
      name: 'ok',
      text: '---\nimage: /assets/cover.png\n---\n![cat](/assets/cat.png)\n\n```md\n![not an image](/nope.png)\n```\n',
      files: { 'assets/cat.png': '', 'assets/cover.png': '' },
      expect: [],
    },
    {
      name: 'case-mismatch',
      text: '---\ntitle: Cats\n---\n![cat](/assets/Cat.png)\n',
      files: { 'assets/cat.png': '' },
      expect: ['4:8-4:23 caseMismatch'],
    },
    {
      name: 'missing-html-and-front-matter',
      text: '---\nimage: /assets/cover.png\n---\n<img src="/assets/gone.png" alt="">\n',
      files: {},
      expect: ['2:8-2:25 missing', '4:11-4:27 missing'],
    },
    {
      name: 'relative-to-post-url',
      path: '_posts/2020-01-01-example.md',
      text: '---\ntitle: Rel\n---\n![x](../assets/x.png)\n',
      files: { 'assets/x.png': '' },
      expect: ['4:6-4:21 relativeToUrl'],
    },
  ],
});
