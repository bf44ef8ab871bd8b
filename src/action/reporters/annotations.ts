import { plural } from '../../report/reporter.js';
import { renderWorkflowCommands } from '../../report/github/workflow-commands.js';
import type { ActionReporter } from './reporter.js';

/**
 * Workflow-command annotations (`::error file=…,line=…,col=…,title=rule::message`), capped as
 * GitHub displays them (10 per level per step, see `renderWorkflowCommands`); the job summary
 * lists every finding. Skipped when the check run already carries every annotation, so nothing
 * shows twice; this is also the fallback when the check run could not be created.
 */
export const annotationsReporter: ActionReporter = {
  name: 'annotations',
  usesApi: false,
  async report(ctx) {
    if (ctx.state.checkRunDelivered) return;
    const commands = renderWorkflowCommands(ctx.findings, ctx.report);
    ctx.io.write(commands.lines);
    if (commands.dropped > 0) {
      ctx.state.notes.push(`_${plural(commands.emitted, 'problem')} annotated in the log; ${plural(commands.dropped, 'more problem')} only in the table above (GitHub shows a few annotations per step)._`);
    }
  },
};
