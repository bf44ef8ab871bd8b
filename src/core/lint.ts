import picomatch from 'picomatch';
import { Location } from '../parse/location.js';
import { releaseScan, scanDocument, type DocumentScan } from './document-scan.js';
import { compareFindings, type Finding, type Severity } from './finding.js';
import { fingerprint } from './fingerprint.js';
import type { BloglintConfig, RuleSetting } from './config.js';
import { renderMessage, ruleUrl, type OffsetEdit, type Rule, type RuleReport, type SiteReport } from './rule.js';
import type { Site, SiteDocument } from './site.js';
import { readSuppressions, type Suppressions } from './suppressions.js';
import { planQuestions } from './url-search.js';

/** What to lint. */
export interface LintOptions {
  rules: Rule<any>[];
  config: BloglintConfig;
  /** Root-relative paths: lint only these documents (references still resolve against the whole site). */
  only?: string[];
  /** Shown each linted document's scan before it is let go (`--verbose` counts references). */
  inspect?: (doc: SiteDocument, scan: DocumentScan, site: Site) => void;
}

/** The outcome of a lint run. */
export interface LintResult {
  findings: Finding[];
  /** Documents linted. */
  filesChecked: number;
  /** Paths of the documents linted. */
  checked: string[];
}

/** Which documents a run lints: posts, drafts, pages and collection documents, minus `ignore`, limited by `include` and `only`. */
export function documentsToLint(site: Site, config: BloglintConfig, only?: string[]): SiteDocument[] {
  const include = config.include.length > 0 ? picomatch(config.include, { dot: true }) : undefined;
  const ignore = config.ignore.length > 0 ? picomatch(config.ignore, { dot: true }) : undefined;
  const onlySet = only ? new Set(only) : undefined;
  return [...site.documents.values()]
    .filter((doc) => (onlySet ? onlySet.has(doc.path) : true))
    .filter((doc) => (include ? include(doc.path) : true))
    .filter((doc) => !(ignore && ignore(doc.path)))
    .filter((doc) => doc.kind !== 'page' || doc.isMarkdown || /\.html?$/i.test(doc.path))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Runs every enabled rule over the site and returns the findings in their stable order. */
export function lint(site: Site, options: LintOptions): LintResult {
  const { rules, config } = options;
  const findings: Finding[] = [];
  const docs = documentsToLint(site, config, options.only);
  planQuestions(site, docs.length);
  const onlySet = options.only ? new Set(options.only) : undefined;
  const ignore = config.ignore.length > 0 ? picomatch(config.ignore, { dot: true }) : undefined;
  const enabled = rules.filter((rule) => setting(config, rule).severity !== 'off');

  for (const doc of docs) {
    // The text is needed only when something is reported (it may have been released after the
    // document was scanned, and is then read again).
    let location: Location | undefined;
    const locate = (): Location => (location ??= new Location(doc.read.ok ? doc.read.text : ''));
    // A finding with a fix or a suggestion keeps the text it was placed in: reporters build
    // suggested changes from it, and must see the text the ranges were computed on.
    let keepText = false;
    let suppressions: Suppressions | undefined;
    const getSuppressions = (): Suppressions => {
      if (!suppressions) {
        const scan = scanDocument(doc);
        const block = doc.frontMatter?.block;
        suppressions = readSuppressions(scan.comments, block ? locate().text.slice(block.yamlStart, block.yamlEnd) : '', block?.yamlStart ?? 0, locate());
      }
      return suppressions;
    };
    for (const rule of enabled) {
      if (!rule.check || (rule.appliesTo && !rule.appliesTo(doc))) continue;
      if (!doc.read.ok && rule.id !== 'readable-file') continue;
      const ruleSetting = setting(config, rule);
      rule.check({
        site,
        doc,
        options: ruleSetting.options,
        scan: () => scanDocument(doc),
        report: (report) => {
          const finding = toFinding(rule, ruleSetting, doc.path, locate(), report);
          if (getSuppressions().isSuppressed(rule.id, finding.range.start.line)) return;
          findings.push(finding);
          keepText ||= finding.fix !== undefined || finding.suggestions !== undefined;
        },
      });
    }
    if (options.inspect && doc.read.ok) options.inspect(doc, scanDocument(doc), site);
    releaseScan(doc);
    // A text read back only to place findings goes again: a first run over an old blog may have
    // a finding in every post, and kept every text (10k benchmark with a defect in every post:
    // 399 MB peak, 294 MB once let go).
    if (!keepText && doc.read.ok) doc.read.release?.();
  }

  for (const rule of enabled) {
    if (!rule.checkSite) continue;
    const ruleSetting = setting(config, rule);
    rule.checkSite({
      site,
      options: ruleSetting.options,
      report: (report: SiteReport) => {
        if (onlySet && !onlySet.has(report.file)) return;
        if (ignore && ignore(report.file)) return;
        findings.push(toFinding(rule, ruleSetting, report.file, new Location(report.text ?? ''), report));
      },
    });
  }
  return { findings: finalizeFindings(findings), filesChecked: docs.length, checked: docs.map((d) => d.path) };
}

function setting(config: BloglintConfig, rule: Rule<any>): RuleSetting {
  return config.rules[rule.id] ?? { severity: rule.severity, explicit: false, options: rule.defaultOptions as Record<string, unknown> };
}

/** Stamps a rule's report with everything a reporter needs: the engine's policy, not the rule's. */
function toFinding(rule: Rule<any>, ruleSetting: RuleSetting, file: string, location: Location, report: RuleReport | SiteReport): Finding {
  const data = report.data ?? {};
  const severity: Severity = ruleSetting.explicit ? (ruleSetting.severity as Severity) : (report.severity ?? (ruleSetting.severity as Severity));
  const template = rule.messages[report.messageId];
  if (template === undefined) throw new Error(`rule ${rule.id} reported unknown messageId ${report.messageId}`);
  const finding: Finding = {
    file,
    range: location.toRange(report.start, report.end),
    rule: rule.id,
    messageId: report.messageId,
    severity,
    message: renderMessage(template, data),
    data,
    url: ruleUrl(rule.id),
    fingerprint: fingerprint(rule.id, file, report.messageId, report.key ?? `${report.start}`),
  };
  if ('fix' in report && report.fix) finding.fix = toFix(location, report.fix);
  if ('suggestions' in report && report.suggestions) finding.suggestions = report.suggestions.map((s) => ({ message: s.message, fix: toFix(location, s.edit) }));
  return finding;
}

function toFix(location: Location, edit: OffsetEdit): { range: Finding['range']; text: string } {
  return { range: location.toRange(edit.start, edit.end), text: edit.text };
}

/** Sorts, removes exact duplicates, and makes fingerprints unique within a file. */
export function finalizeFindings(findings: Finding[]): Finding[] {
  findings.sort(compareFindings);
  const out: Finding[] = [];
  const seen = new Set<string>();
  const prints = new Map<string, number>();
  for (const f of findings) {
    const identity = `${f.file}\0${f.range.start.line}:${f.range.start.column}-${f.range.end.line}:${f.range.end.column}\0${f.rule}\0${f.message}`;
    if (seen.has(identity)) continue;
    seen.add(identity);
    const n = prints.get(f.fingerprint) ?? 0;
    prints.set(f.fingerprint, n + 1);
    if (n > 0) f.fingerprint = `${f.fingerprint}-${n}`;
    out.push(f);
  }
  return out;
}
