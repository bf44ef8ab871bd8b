import { describe, expect, it } from 'vitest';
import type { Severity } from '../../src/core/finding.js';
import {
  SEVERITY_LEVELS,
  toAnnotationLevel,
  toChecksLevel,
  toSarifLevel,
} from '../../src/report/severity.js';

describe('severity table', () => {
  it.each<[Severity, string, string, string]>([
    ['error', 'error', 'error', 'failure'],
    ['warning', 'warning', 'warning', 'warning'],
    ['info', 'notice', 'note', 'notice'],
  ])('%s → annotation %s, SARIF %s, Checks %s', (severity, annotation, sarif, checks) => {
    expect(toAnnotationLevel(severity)).toBe(annotation);
    expect(toSarifLevel(severity)).toBe(sarif);
    expect(toChecksLevel(severity)).toBe(checks);
  });

  it('covers exactly the three severities and is frozen', () => {
    expect(Object.keys(SEVERITY_LEVELS).sort()).toEqual(['error', 'info', 'warning']);
    expect(Object.isFrozen(SEVERITY_LEVELS)).toBe(true);
    expect(Object.isFrozen(SEVERITY_LEVELS.error)).toBe(true);
  });
});
