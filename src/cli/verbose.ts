import { scanDocument } from '../core/document-scan.js';
import { liquidSite } from '../core/resolve.js';
import type { RunResult } from '../core/run.js';
import { evaluateLiquid } from '../parse/liquid.js';

/** What `--verbose` prints on stderr: what was read, how the site was understood, what was skipped. */
export function verboseReport(run: RunResult, elapsedMs: number): string {
  const { site, result } = run;
  const liquid = liquidSite(site);
  let references = 0;
  let unresolved = 0;
  let external = 0;
  for (const path of result.checked) {
    const doc = site.documents.get(path);
    if (!doc?.read.ok) continue;
    const scan = scanDocument(doc);
    for (const ref of [...scan.body, ...scan.frontMatter]) {
      references++;
      const value = evaluateLiquid(ref.value, liquid);
      if (!value.ok && !value.tag) unresolved++;
      else if (value.ok && /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(value.value.trim()) && !(site.config.url && value.value.startsWith(site.config.url))) external++;
    }
  }
  const lines = [
    `bloglint: root ${site.root}`,
    `  config: ${run.config.file ?? '(none: defaults)'}; _config.yml: ${site.config.file ?? '(none)'}; Jekyll ${site.jekyllMajor}.x rules; baseurl "${site.config.baseurl}"; url "${site.config.url}"`,
    `  files: ${site.files.size} found, ${site.urls.size} published URLs, ${site.posts.length} posts, ${site.documents.size} documents`,
    `  checked: ${result.filesChecked} documents, ${references} references (${external} external, ${unresolved} built from Liquid bloglint cannot evaluate: skipped)`,
    `  findings: ${result.findings.length} in ${elapsedMs} ms (${run.timings})`,
  ];
  lines.push(`  theme: ${site.theme.profile?.name ?? 'none'} (${site.theme.reason})${site.theme.uncertain ? `; uncertain: ${site.theme.uncertainty} — a path that resolves under any plausible reading is accepted` : ''}`);
  if (site.hasPlugins) lines.push('  note: _plugins/ exists; Ruby plugins can change paths bloglint cannot see');
  return `${lines.join('\n')}\n`;
}
