import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import type { Finding, Fix, Range, Severity } from '../core/finding.js';
import { encodeUriPath } from './github/escape.js';
import { sortFindings } from './reporter.js';
import type { ReportContext, Reporter, RuleMeta } from './reporter.js';
import { toSarifLevel } from './severity.js';

/** Where SARIF consumers find out what bloglint is. */
export const BLOGLINT_INFORMATION_URI = 'https://github.com/bloglint/bloglint';

/** The `$schema` written into every log (the SchemaStore copy of the official 2.1.0 schema). */
export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

/** The uriBaseId every artifact location is relative to: the site root. */
export const SRCROOT = '%SRCROOT%';

/** Key of bloglint's fingerprint in `result.partialFingerprints` (versioned, as SARIF recommends). */
export const FINGERPRINT_KEY = 'bloglint/v1';

/**
 * Builds a SARIF 2.1.0 log of one run, for GitHub code scanning and any SARIF viewer.
 *
 * - `tool.driver`: name, version, informationUri and every rule of `ctx.rules` (id,
 *   shortDescription, helpUri, defaultConfiguration.level, `properties.fixable`). A finding
 *   whose rule is not in `ctx.rules` gets a minimal rule entry, so every `ruleIndex` is valid.
 * - One result per finding: `ruleId`, `ruleIndex`, `level`, `message.text`, exactly one location
 *   (GitHub rejects results without one) whose `artifactLocation.uri` is the root-relative path,
 *   percent-encoded per segment, with `uriBaseId: "%SRCROOT%"`; the region is 1-based with an
 *   exclusive end column, like bloglint's own ranges. `partialFingerprints["bloglint/v1"]` carries
 *   `finding.fingerprint` so code scanning tracks an alert across line moves. The fix and the
 *   suggestions become `fixes` (artifactChanges → replacements with deletedRegion +
 *   insertedContent), the fix first.
 * - The run states `columnKind: "utf16CodeUnits"` and maps `%SRCROOT%` to the root's `file:` URI
 *   in `originalUriBaseIds`.
 *
 * Note for GitHub code scanning: it resolves `uri` against the repository root. When the site root
 * is a subfolder of the repository, upload with the `checkout_path`/category set accordingly.
 *
 * @param findings findings in any order
 * @param ctx the report context
 * @returns the SARIF log object
 */
export function toSarif(findings: readonly Finding[], ctx: ReportContext): Sarif.Log {
  const rules = ruleDescriptors(ctx.rules, findings);
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'bloglint',
            version: ctx.toolVersion,
            semanticVersion: ctx.toolVersion,
            informationUri: BLOGLINT_INFORMATION_URI,
            rules,
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: rootUri(ctx.root) } },
        columnKind: 'utf16CodeUnits',
        results: sortFindings(findings).map((finding) => toResult(finding, ruleIndex.get(finding.rule)!)),
      },
    ],
  };
}

/** The SARIF reporter: {@link toSarif}, 2-space indent, trailing newline. */
export const sarifReporter: Reporter = {
  name: 'sarif',
  report(findings, ctx) {
    return `${JSON.stringify(toSarif(findings, ctx), null, 2)}\n`;
  },
};

/**
 * A root-relative POSIX path as a relative URI reference (see `encodeUriPath`): `&`, `#`, `?`,
 * `%`, spaces, `:` and non-ASCII such as Korean are percent-encoded; `/` separates segments.
 *
 * @param file root-relative POSIX path
 * @returns e.g. `_posts/%ED%95%9C%EA%B8%80%20%26%20more.md`
 */
export function toArtifactUri(file: string): string {
  return encodeUriPath(file);
}

function rootUri(root: string): string {
  const href = pathToFileURL(root).href;
  return href.endsWith('/') ? href : `${href}/`;
}

function ruleDescriptors(rules: readonly RuleMeta[], findings: readonly Finding[]): Sarif.ReportingDescriptor[] {
  const descriptors: Sarif.ReportingDescriptor[] = [];
  const seen = new Set<string>();
  for (const rule of rules) {
    if (seen.has(rule.id)) continue;
    seen.add(rule.id);
    descriptors.push(describeRule(rule.id, rule.description, rule.severity, rule.url, rule.fixable));
  }
  for (const finding of sortFindings(findings)) {
    if (seen.has(finding.rule)) continue;
    seen.add(finding.rule);
    descriptors.push(describeRule(finding.rule, finding.rule, finding.severity, finding.url ?? '', false));
  }
  return descriptors;
}

function describeRule(
  id: string,
  description: string,
  severity: Severity,
  url: string,
  fixable: boolean,
): Sarif.ReportingDescriptor {
  return {
    id,
    shortDescription: { text: description || id },
    ...(isAbsoluteUrl(url) ? { helpUri: url } : {}),
    defaultConfiguration: { level: toSarifLevel(severity) },
    properties: { fixable },
  };
}

function isAbsoluteUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

function toResult(finding: Finding, ruleIndex: number): Sarif.Result {
  const artifactLocation: Sarif.ArtifactLocation = { uri: toArtifactUri(finding.file), uriBaseId: SRCROOT };
  const fixes = [
    ...(finding.fix ? [toSarifFix(artifactLocation, finding.fix, `Fix: ${finding.message}`)] : []),
    ...(finding.suggestions ?? []).map((s) => toSarifFix(artifactLocation, s.fix, s.message)),
  ];
  return {
    ruleId: finding.rule,
    ruleIndex,
    level: toSarifLevel(finding.severity),
    message: { text: finding.message },
    locations: [{ physicalLocation: { artifactLocation, region: toRegion(finding.range) } }],
    partialFingerprints: { [FINGERPRINT_KEY]: finding.fingerprint },
    ...(fixes.length > 0 ? { fixes: uniqueByJson(fixes) } : {}),
  };
}

function toSarifFix(artifactLocation: Sarif.ArtifactLocation, fix: Fix, description: string): Sarif.Fix {
  return {
    description: { text: description },
    artifactChanges: [
      {
        artifactLocation,
        replacements: [{ deletedRegion: toRegion(fix.range), insertedContent: { text: fix.text } }],
      },
    ],
  };
}

/** A SARIF region; lines and columns are clamped to 1 and the end never precedes the start. */
function toRegion(range: Range): Sarif.Region {
  const startLine = Math.max(1, range.start.line);
  const startColumn = Math.max(1, range.start.column);
  const endLine = Math.max(startLine, range.end.line);
  const endColumn = endLine === startLine ? Math.max(startColumn, range.end.column) : Math.max(1, range.end.column);
  return { startLine, startColumn, endLine, endColumn };
}

/** SARIF requires `fixes` items to be unique. */
function uniqueByJson<T>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = JSON.stringify(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
