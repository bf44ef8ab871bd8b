import type { Severity } from './finding.js';
import type { DocumentScan } from './document-scan.js';
import type { Site, SiteDocument } from './site.js';

/** An edit by offsets into the document text (the engine turns it into a line/column `Fix`). */
export interface OffsetEdit {
  start: number;
  end: number;
  text: string;
}

/** What a rule reports: facts only. The engine adds rule id, configured severity, file, URL and fingerprint. */
export interface RuleReport {
  messageId: string;
  data?: Record<string, string>;
  /** Span in the document text. */
  start: number;
  end: number;
  /** This kind of finding is milder (or stronger) than the rule's default, e.g. a dead fragment is a warning. */
  severity?: Severity;
  /** Safe edit that `--fix` applies. */
  fix?: OffsetEdit;
  /** Edits shown for review, not applied by `--fix`. */
  suggestions?: { message: string; edit: OffsetEdit }[];
  /** What identifies this finding across runs, besides rule, file and messageId (usually the reference as written). */
  key?: string;
}

/** What a rule sees while checking one document. */
export interface RuleContext<Options> {
  readonly site: Site;
  readonly doc: SiteDocument;
  readonly options: Options;
  /** The document's parsed references, anchors and comments (parsed once, shared by rules). */
  scan(): DocumentScan;
  report(report: RuleReport): void;
}

/** A site-level report: about a file that is not a linted document (`_config.yml`, a symlink). */
export interface SiteReport extends Omit<RuleReport, 'fix' | 'suggestions'> {
  file: string;
  /** The file's text, when positions are offsets into it; without it the finding is on line 1. */
  text?: string;
}

/** What a rule sees when it checks the site as a whole. */
export interface SiteRuleContext<Options> {
  readonly site: Site;
  readonly options: Options;
  report(report: SiteReport): void;
}

/** One documented example: it drives both the README and `test/rules/examples.test.ts`. */
export interface RuleExample {
  name: string;
  /** Path of the document under test (default `_posts/2020-01-01-example.md`). */
  path?: string;
  /** Its full text, front matter included. */
  text: string;
  /** Other files of the site: path -> text (images may be empty strings). */
  files?: Record<string, string>;
  /** Rule options for this example. */
  options?: Record<string, unknown>;
  /** Expected findings as `line:column-endLine:endColumn messageId`; empty for a valid example. */
  expect: string[];
}

/** A rule: one plain object per file, listed explicitly in `rules/index.ts`. */
export interface Rule<Options = Record<string, unknown>> {
  /** Public id, never renamed once released. */
  id: string;
  description: string;
  severity: Severity;
  /** True when some findings carry a fix that `--fix` applies. */
  fixable: boolean;
  /** messageId -> template with `{name}` placeholders filled from the report's data. */
  messages: Record<string, string>;
  defaultOptions: Options;
  /** Checks options from the config; returns one message per problem, naming the key. */
  validateOptions?(options: Record<string, unknown>): string[];
  /** Which documents the rule checks (default: every linted document). */
  appliesTo?(doc: SiteDocument): boolean;
  check?(context: RuleContext<Options>): void;
  checkSite?(context: SiteRuleContext<Options>): void;
  examples: RuleExample[];
}

/** Declares a rule (typed identity: keeps `Options` inferred from `defaultOptions`). */
export function defineRule<Options>(rule: Rule<Options>): Rule<Options> {
  return rule;
}

/** Fills `{name}` placeholders of a message template. */
export function renderMessage(template: string, data: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (name in data ? data[name]! : m));
}

/** Documentation URL of a rule (README anchor). */
export function ruleUrl(id: string): string {
  return `https://github.com/bloglint/bloglint#${id}`;
}
