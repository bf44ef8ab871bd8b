import type { DocumentScan } from '../core/document-scan.js';
import { liquidSite } from '../core/resolve.js';
import type { RunResult } from '../core/run.js';
import { describeCache } from '../core/site-cache.js';
import type { Site, SiteDocument } from '../core/site.js';
import { evaluateLiquid } from '../parse/liquid.js';

/** Counts of the references in the linted documents, taken while each one's scan is at hand. */
export class ReferenceCounter {
  references = 0;
  external = 0;
  unresolved = 0;
  private liquid: ReturnType<typeof liquidSite> | undefined;

  /** For `lint`'s `inspect`: counts one linted document's references while its scan is at hand. */
  readonly inspect = (_doc: SiteDocument, scan: DocumentScan, site: Site): void => {
    const liquid = (this.liquid ??= liquidSite(site));
    for (const list of [scan.body, scan.frontMatter]) {
      for (const ref of list) {
        this.references++;
        const value = evaluateLiquid(ref.value, liquid);
        if (!value.ok && !value.tag) this.unresolved++;
        else if (value.ok && /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(value.value.trim()) && !(site.config.url && value.value.startsWith(site.config.url))) this.external++;
      }
    }
  };
}

/** The Node.js that ran: its version and the flags it was started with (src/launch/relaunch.ts may have added one). */
export interface NodeRuntime {
  version: string;
  execArgv: readonly string[];
}

/** What `--verbose` prints on stderr: what was read, how the site was understood, what was skipped. */
export function verboseReport(run: RunResult, elapsedMs: number, counts: Pick<ReferenceCounter, 'references' | 'external' | 'unresolved'>, node: NodeRuntime = process): string {
  const { site, result } = run;
  const lines = [
    `bloglint: root ${site.root}`,
    `  config: ${run.config.file ?? '(none: defaults)'}; _config.yml: ${site.config.file ?? '(none)'}; Jekyll ${site.jekyllMajor}.x rules; baseurl "${site.config.baseurl}"; url "${site.config.url}"`,
    `  files: ${site.files.size} found, ${site.urls.size} published URLs, ${site.posts.length} posts, ${site.documents.size} documents`,
    `  checked: ${result.filesChecked} documents, ${counts.references} references (${counts.external} external, ${counts.unresolved} built from Liquid bloglint cannot evaluate: skipped)`,
    `  findings: ${result.findings.length} in ${elapsedMs} ms (${run.timings})`,
    `  node: ${node.version}${node.execArgv.length > 0 ? ` ${node.execArgv.join(' ')}` : ''}`,
  ];
  lines.push(`  theme: ${site.theme.profile?.name ?? 'none'} (${site.theme.reason})${site.theme.uncertain ? `; uncertain: ${site.theme.uncertainty} — a path that resolves under any plausible reading is accepted` : ''}`);
  if (run.cache) {
    const c = run.cache;
    lines.push(`  cache: ${c.file}: ${describeCache(c)}${c.ignored ? `; the file was not used: ${c.ignored}` : ''}${c.saveError ? `; ${c.saveError}` : ''}`);
  }
  const generated = Object.entries(site.pluginPages);
  if (generated.length > 0) lines.push(`  plugin pages: ${generated.map(([plugin, count]) => `${plugin} ${count}`).join(', ')} (published URLs no file holds)`);
  if (site.hasPlugins) lines.push('  note: _plugins/ exists; Ruby plugins can change paths bloglint cannot see');
  return `${lines.join('\n')}\n`;
}
