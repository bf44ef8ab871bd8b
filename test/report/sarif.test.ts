import type * as Sarif from 'sarif';
import { describe, expect, it } from 'vitest';
import { sarifReporter, toArtifactUri, toSarif } from '../../src/report/sarif.js';
import { SAMPLE, context, finding, range } from './sample-findings.js';
import { validateSarif } from './sarif-schema.js';

const validate = validateSarif;

/** Parses the reporter's text and checks it against the official schema and GitHub's extra rules. */
function parseValid(text: string): Sarif.Log {
  const log = JSON.parse(text) as Sarif.Log;
  const ok = validate(log);
  expect(ok ? [] : validate.errors).toEqual([]);
  for (const run of log.runs) {
    for (const result of run.results ?? []) {
      // GitHub code scanning: a rule id, at least one physical location, and fingerprints.
      expect(typeof result.ruleId).toBe('string');
      expect(run.tool.driver.rules![result.ruleIndex!]!.id).toBe(result.ruleId);
      expect(result.locations?.length).toBe(1);
      expect(result.locations![0]!.physicalLocation!.artifactLocation!.uri).toBeTruthy();
      expect(Object.keys(result.partialFingerprints ?? {})).toEqual(['bloglint/v1']);
    }
  }
  return log;
}

describe('sarif reporter', () => {
  it('rejects an invalid log (the schema really is checked)', () => {
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toBe(false);
    expect(validate({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ ruleId: 'r' }] }] })).toBe(
      false,
    );
    expect(
      validate({
        version: '2.1.0',
        runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'a b' } } }] }] }],
      }),
    ).toBe(false);
  });

  it('is valid with no findings and still lists every rule', () => {
    const log = parseValid(sarifReporter.report([], context()));
    expect(log.runs[0]!.results).toEqual([]);
    expect(log.runs[0]!.tool.driver.rules!.map((r) => r.id)).toEqual([
      'no-missing-image',
      'required-front-matter',
      'no-dead-link',
    ]);
  });

  it('writes the run, the rules and a result with a fix exactly', () => {
    const log = parseValid(
      sarifReporter.report(
        [
          finding({
            file: '_posts/한글 & more.md',
            range: range(3, 8, 3, 26),
            message: 'Image `/a.png` is not published',
            fix: { range: range(3, 11, 3, 26), text: '/A.png' },
            fingerprint: 'abc',
          }),
        ],
        context({ rules: context().rules.slice(0, 1) }),
      ),
    );
    const uri = '_posts/%ED%95%9C%EA%B8%80%20%26%20more.md';
    expect(log).toEqual({
      $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
      version: '2.1.0',
      runs: [
        {
          tool: {
            driver: {
              name: 'bloglint',
              version: '0.1.0',
              semanticVersion: '0.1.0',
              informationUri: 'https://github.com/bloglint/bloglint',
              rules: [
                {
                  id: 'no-missing-image',
                  shortDescription: { text: 'Images must be published' },
                  helpUri: 'https://bloglint.dev/rules/no-missing-image',
                  defaultConfiguration: { level: 'error' },
                  properties: { fixable: true },
                },
              ],
            },
          },
          originalUriBaseIds: { '%SRCROOT%': { uri: 'file:///work/blog/' } },
          columnKind: 'utf16CodeUnits',
          results: [
            {
              ruleId: 'no-missing-image',
              ruleIndex: 0,
              level: 'error',
              message: { text: 'Image `/a.png` is not published' },
              locations: [
                {
                  physicalLocation: {
                    artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
                    region: { startLine: 3, startColumn: 8, endLine: 3, endColumn: 26 },
                  },
                },
              ],
              partialFingerprints: { 'bloglint/v1': 'abc' },
              fixes: [
                {
                  description: { text: 'Fix: Image `/a.png` is not published' },
                  artifactChanges: [
                    {
                      artifactLocation: { uri, uriBaseId: '%SRCROOT%' },
                      replacements: [
                        {
                          deletedRegion: { startLine: 3, startColumn: 11, endLine: 3, endColumn: 26 },
                          insertedContent: { text: '/A.png' },
                        },
                      ],
                    },
                  ],
                },
              ],
            },
          ],
        },
      ],
    });
  });

  it('maps severities, multi-line regions and suggestions; results are sorted', () => {
    const log = parseValid(sarifReporter.report(SAMPLE, context()));
    const results = log.runs[0]!.results!;
    expect(results.map((r) => [r.ruleId, r.ruleIndex, r.level])).toEqual([
      ['no-missing-image', 0, 'error'],
      ['no-dead-link', 2, 'note'],
      ['required-front-matter', 1, 'warning'],
    ]);
    expect(results[1]!.locations![0]!.physicalLocation!.region).toEqual({
      startLine: 120,
      startColumn: 15,
      endLine: 121,
      endColumn: 3,
    });
    expect(results[1]!.fixes!.map((f) => f.description!.text)).toEqual(['Link to `/2023/hello/`']);
    expect(results[2]!.fixes).toBeUndefined();
    expect(log.runs[0]!.tool.driver.rules!.map((r) => r.defaultConfiguration!.level)).toEqual(['error', 'warning', 'note']);
  });

  it('adds a rule entry for a finding whose rule is not in ctx.rules', () => {
    const log = parseValid(
      sarifReporter.report([finding({ file: 'a.md', rule: 'parse-error', severity: 'warning' })], context()),
    );
    const rules = log.runs[0]!.tool.driver.rules!;
    expect(rules.at(-1)).toEqual({
      id: 'parse-error',
      shortDescription: { text: 'parse-error' },
      defaultConfiguration: { level: 'warning' },
      properties: { fixable: false },
    });
    expect(log.runs[0]!.results![0]!.ruleIndex).toBe(rules.length - 1);
  });

  it('clamps position-less ranges to line 1 column 1', () => {
    const log = parseValid(sarifReporter.report([finding({ file: 'a.md', range: range(0, 0, 0, 0) })], context()));
    expect(log.runs[0]!.results![0]!.locations![0]!.physicalLocation!.region).toEqual({
      startLine: 1,
      startColumn: 1,
      endLine: 1,
      endColumn: 1,
    });
  });

  it.each<[string, string]>([
    ['_posts/a.md', '_posts/a.md'],
    ['_posts/한글 & more.md', '_posts/%ED%95%9C%EA%B8%80%20%26%20more.md'],
    ['a:b/c#d?e%f.md', 'a%3Ab/c%23d%3Fe%25f.md'],
    ['[x] (y).md', '%5Bx%5D%20(y).md'],
  ])('artifact uri of %j is %j', (file, uri) => {
    expect(toArtifactUri(file)).toBe(uri);
    expect(decodeURIComponent(uri)).toBe(file);
    parseValid(sarifReporter.report([finding({ file })], context()));
  });

  it('is a pure function of its input (no timestamps, no absolute paths in results)', () => {
    expect(sarifReporter.report(SAMPLE, context())).toBe(sarifReporter.report([...SAMPLE].reverse(), context()));
    const log = toSarif(SAMPLE, context());
    expect(JSON.stringify(log.runs[0]!.results)).not.toContain('/work/blog');
  });
});
