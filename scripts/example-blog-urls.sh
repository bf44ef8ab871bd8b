#!/usr/bin/env bash
# Builds examples/blog with the installed Jekyll (Debian: apt-get install jekyll) and records the
# URL of every post and page as test/fixtures/example-blog.jekyll-urls.json. Not run by CI (no
# Jekyll there): the test compares bloglint's URL map with this recorded build.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r "$here/examples/blog/." "$work/"
# The example's dead `post_url` aborts a real build (that is one of its findings): drop it from the copy.
sed -i 's/{% post_url 2020-01-16-gone %}//' "$work/_posts/2020-05-01-liquid.md"
cat > "$work/urls.json" <<'LIQUID'
---
layout: null
permalink: /urls.json
---
{"posts": [{% for p in site.posts %}{"path": {{ p.path | jsonify }}, "url": {{ p.url | jsonify }}}{% unless forloop.last %},{% endunless %}{% endfor %}],
 "pages": [{% for p in site.pages %}{"path": {{ p.path | jsonify }}, "url": {{ p.url | jsonify }}}{% unless forloop.last %},{% endunless %}{% endfor %}]}
LIQUID
(cd "$work" && TZ=UTC jekyll build --quiet --destination "$work/_site" >/dev/null 2>&1 || true)
python3 - "$work/_site/urls.json" "$(jekyll --version)" > "$here/test/fixtures/example-blog.jekyll-urls.json" <<'PY'
import json, sys
data = json.load(open(sys.argv[1]))
rows = sorted([{"path": p["path"], "url": p["url"]} for p in data["posts"] + data["pages"] if p["path"] != "urls.json"], key=lambda r: r["path"])
print(json.dumps({"jekyll": sys.argv[2], "note": "URLs without baseurl, as Jekyll's page.url; the post with a YAML error is dated on the build day", "documents": rows}, ensure_ascii=False, indent=2))
PY
