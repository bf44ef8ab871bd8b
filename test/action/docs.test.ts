/** The workflows in docs/github-action.md use only inputs action.yml declares, with values the Action accepts. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseInputs } from '../../src/action/inputs.js';
import { actionInputs } from './harness.js';

const doc = readFileSync('docs/github-action.md', 'utf8');
const blocks = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1]!);

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}

const bloglintSteps = blocks.flatMap((block) => {
  const workflow = parseYaml(block) as { jobs?: Record<string, { steps?: Step[] }> };
  return Object.values(workflow.jobs ?? {}).flatMap((job) => job.steps ?? []).filter((step) => step.uses?.startsWith('bloglint/bloglint@'));
});

describe('docs/github-action.md', () => {
  it('has workflows that use the Action', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(4);
    expect(bloglintSteps.length).toBeGreaterThanOrEqual(4);
  });

  it.each(bloglintSteps.map((step, index) => [index, step] as const))('step %i: every `with:` key is an input of action.yml, with an accepted value', (_index, step) => {
    const inputs = actionInputs();
    const env: NodeJS.ProcessEnv = { GITHUB_EVENT_NAME: 'pull_request' };
    for (const [key, value] of Object.entries(step.with ?? {})) {
      expect(Object.keys(inputs)).toContain(key);
      env[`INPUT_${key.toUpperCase()}`] = String(value);
    }
    expect(() => parseInputs(env)).not.toThrow();
  });
});
