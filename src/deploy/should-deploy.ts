/**
 * The deploy gate: whether this run may publish. Pure, so the action and the CLI share it.
 */

/** The `deploy` input: off, on for pushes to the default branch, or on for any event. */
export type DeployMode = 'false' | 'true' | 'always';

/** What the gate looks at. */
export interface DeployGateContext {
  /** `GITHUB_EVENT_NAME`, e.g. `push`, `pull_request`. */
  eventName: string;
  /** `GITHUB_REF`, e.g. `refs/heads/main`. */
  ref: string;
  /** The repository's default branch name (e.g. `main`), when known. */
  defaultBranch?: string;
  deploy: DeployMode;
  /** Whether the lint passed its fail gate. */
  lintPassed: boolean;
}

/** The gate's answer; `reason` says why (and, when not deploying, what would make it deploy). */
export interface DeployDecision {
  deploy: boolean;
  reason: string;
}

/**
 * Decide whether to deploy: never when `deploy` is `false` or the lint failed; otherwise on a
 * push to the default branch, or on any event with `deploy: always`.
 *
 * @param ctx - Event, ref, default branch, mode and lint outcome.
 * @returns The decision with a one-sentence reason.
 */
export function shouldDeploy(ctx: DeployGateContext): DeployDecision {
  if (ctx.deploy === 'false') return { deploy: false, reason: 'Not deploying: deploy is off (deploy: false).' };
  if (!ctx.lintPassed) return { deploy: false, reason: 'Not deploying: the lint failed; fix the findings first.' };
  if (ctx.deploy === 'always') return { deploy: true, reason: `Deploying: deploy is always (event ${ctx.eventName}, ${ctx.ref}).` };
  if (ctx.eventName !== 'push') {
    return {
      deploy: false,
      reason: `Not deploying: event ${ctx.eventName} is not a push to the default branch (set deploy: always to deploy anyway).`,
    };
  }
  if (!ctx.defaultBranch) {
    return { deploy: false, reason: 'Not deploying: the default branch is unknown, so this push cannot be checked (set deploy: always to deploy anyway).' };
  }
  if (ctx.ref !== `refs/heads/${ctx.defaultBranch}`) {
    return {
      deploy: false,
      reason: `Not deploying: ${ctx.ref} is not the default branch ${ctx.defaultBranch} (set deploy: always to deploy anyway).`,
    };
  }
  return { deploy: true, reason: `Deploying: push to the default branch ${ctx.defaultBranch} and the lint passed.` };
}
