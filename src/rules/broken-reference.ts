import type { Resolution } from '../core/resolve.js';
import type { RuleContext, RuleReport } from '../core/rule.js';
import type { Reference } from '../parse/reference.js';
import { unicodeForm } from '../core/url-path.js';

/**
 * Turns a broken resolution into a report, for the two rules that check references
 * (`no-missing-image` and `no-dead-internal-link`): the message ids and data are the same
 * shape in both, the wording comes from each rule's own `messages`.
 */
export function reportBroken(context: RuleContext<unknown>, ref: Reference, resolution: Extract<Resolution, { status: 'broken' }>): void {
  const { site, doc } = context;
  const data: Record<string, string> = {
    ref: ref.value,
    url: resolution.url,
    baseurl: site.config.baseurl,
    postUrl: doc.url ?? doc.path,
    ...(resolution.actual ? { actual: resolution.actual } : {}),
    ...(resolution.closest ? { closest: resolution.closest } : {}),
    ...(resolution.reason ? { reason: resolution.reason } : {}),
    reasonSuffix: resolution.reason ? ` (it ${resolution.reason})` : '',
    tried: resolution.tried ?? '',
    theme: site.theme.profile?.name ?? 'the theme',
    subpath: String(doc.data.media_subpath ?? doc.data.img_path ?? ''),
  };
  const report: RuleReport = { messageId: resolution.code, data, start: ref.start, end: ref.end, key: ref.value };
  switch (resolution.code) {
    case 'unicodeForm':
      Object.assign(data, unicodeData(resolution.url, resolution.actual ?? ''));
      if (resolution.fix) report.fix = resolution.fix;
      break;
    case 'caseMismatch':
    case 'baseurlMissing':
      if (resolution.fix) report.fix = resolution.fix;
      break;
    case 'relativeToUrl':
      if (resolution.fix) report.suggestions = [{ message: `Use \`${resolution.fix.text}\``, edit: resolution.fix }];
      break;
    case 'subpathPrefixesRoot':
      if (resolution.suggestion) report.suggestions = [{ message: `Use \`${resolution.suggestion.text}\` (or drop media_subpath)`, edit: resolution.suggestion }];
      break;
    case 'missing':
      if (resolution.closest) {
        report.messageId = 'missingDidYouMean';
        const replacement = closestReplacement(ref, resolution.closest, site.config.baseurl);
        if (replacement) report.suggestions = [{ message: `Use \`${replacement.text}\``, edit: replacement }];
      }
      break;
    default:
      break;
  }
  context.report(report);
}

/** An edit that replaces a literal reference (no Liquid, no query) by the closest published path. */
function closestReplacement(ref: Reference, closest: string, baseurl: string): { start: number; end: number; text: string } | undefined {
  if (/[{}?#%&]/.test(ref.raw)) return undefined;
  const wroteBase = baseurl !== '' && ref.raw.startsWith(`${baseurl}/`);
  const text = wroteBase ? `${baseurl}${closest}` : closest;
  return { start: ref.start, end: ref.end, text };
}

const FORM_NAMES = { NFC: 'composed (NFC)', NFD: 'decomposed (NFD)', mixed: 'a mix of composed and decomposed' } as const;

/** How the reference and the file spell their characters, and what to do about it. */
function unicodeData(url: string, actual: string): Record<string, string> {
  const fileForm = unicodeForm(actual);
  return {
    refForm: FORM_NAMES[unicodeForm(url)],
    fileForm: FORM_NAMES[fileForm],
    advice:
      fileForm === 'NFC'
        ? 'Write the path composed, as the file is named (`--fix` does it).'
        : 'Rename the file (or folder) to its composed (NFC) name, the form editors and browsers write (macOS saves names decomposed), for example with `git mv`.',
  };
}
