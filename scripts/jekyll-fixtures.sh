#!/usr/bin/env bash
# Regenerate test/fixtures/jekyll-urls/*.json from the fixture site with the
# installed `jekyll` (the judge). Not run by CI (CI has no Jekyll).
#
# For each config overlay in configs/ (plus the base `date` config) it copies
# the site to a temp dir, builds it with `jekyll build --drafts` under TZ=UTC
# (what GitHub Actions and GitHub Pages use), and records:
#   - every page/document: path, url, date, categories, slug, defaults probes
#     (from the Liquid page urls.json);
#   - every file written to _site (to check output paths);
#   - the heading ids kramdown gave headings.md / headings-2.md.
# The invalid-date site is expected to fail; its error message is recorded.
set -euo pipefail
cd "$(dirname "$0")/../test/fixtures/jekyll-urls"
FIX="$PWD"
VERSION="$(jekyll --version)"
export TZ=UTC
export JEKYLL_ENV=production

build() { # $1 = output name, $2 = overlay config (or empty)
  local name="$1" overlay="$2" tmp
  tmp="$(mktemp -d)"
  cp -R "$FIX/site/." "$tmp/"
  # Drafts without a date take the file mtime: pin it (git does not keep mtimes).
  touch -d '2020-01-02 12:00:00 UTC' "$tmp/_drafts/undated-draft.md"
  local configs="_config.yml"
  if [ -n "$overlay" ]; then cp "$FIX/configs/$overlay" "$tmp/_overlay.yml"; configs="_config.yml,_overlay.yml"; fi
  (cd "$tmp" && jekyll build --drafts --quiet --config "$configs" --destination "$tmp/_site" >/dev/null)
  node - "$tmp" "$name" "$overlay" "$VERSION" > "$FIX/$name.json" <<'JS'
const fs = require('fs'); const path = require('path');
const [tmp, name, overlay, version] = process.argv.slice(2);
const site = path.join(tmp, '_site');
const walk = (d) => fs.readdirSync(d, { withFileTypes: true }).flatMap((e) =>
  e.isDirectory() ? walk(path.join(d, e.name)) : [path.relative(site, path.join(d, e.name))]);
const items = JSON.parse(fs.readFileSync(path.join(site, 'urls.json'), 'utf8'))
  .sort((a, b) => a.path.localeCompare(b.path));
const out = { jekyll: version, tz: 'UTC', build: 'jekyll build --drafts', config: overlay || null,
  items, files: walk(site).sort() };
process.stdout.write(JSON.stringify(out, null, 1) + '\n');
JS
  if [ "$name" = date ]; then
    node - "$tmp" "$VERSION" > "$FIX/headings.json" <<'JS'
const fs = require('fs'); const path = require('path');
const [tmp, version] = process.argv.slice(2);
// Heading sources: every blank-line separated block of the body is one heading.
const doc = (src, html) => {
  const body = fs.readFileSync(path.join(tmp, src), 'utf8').split(/^---\n/m)[2];
  const blocks = body.split(/\n\s*\n/).map((b) => b.replace(/\n$/, '')).filter((b) => !b.startsWith('[^'));
  const built = fs.readFileSync(path.join(tmp, '_site', html), 'utf8');
  const tags = [...built.matchAll(/<h([1-6])([^>]*)>([\s\S]*?)<\/h\1>/g)]
    .map((m) => ({ id: (/\bid="([^"]*)"/.exec(m[2]) || [])[1] ?? null, html: m[3] }));
  if (tags.length !== blocks.length) throw new Error(`${src}: ${blocks.length} blocks, ${tags.length} headings`);
  return { source: src, headings: blocks.map((b, i) => ({ markdown: b, id: tags[i].id, html: tags[i].html })) };
};
const out = { jekyll: version, kramdown: { input: 'GFM', auto_ids: true },
  documents: [doc('headings.md', 'headings.html'), doc('headings-2.md', 'headings-2.html')] };
process.stdout.write(JSON.stringify(out, null, 1) + '\n');
JS
  fi
  rm -rf "$tmp"
}

build date ""
for f in configs/*.yml; do build "$(basename "$f" .yml)" "$(basename "$f")"; done

# A post with an impossible date aborts the whole build.
tmp="$(mktemp -d)"; cp -R "$FIX/invalid-date/." "$tmp/"
set +e; msg="$(cd "$tmp" && jekyll build --quiet 2>&1)"; rc=$?; set -e
node -e 'process.stdout.write(JSON.stringify({jekyll: process.argv[1], exitCode: +process.argv[2], output: process.argv[3].trim().split("\n")}, null, 1) + "\n")' \
  "$VERSION" "$rc" "$msg" > "$FIX/invalid-date.json"
rm -rf "$tmp"
echo "fixtures written to $FIX" >&2
