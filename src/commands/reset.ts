// `parry reset`: clear progress, after asking (or with --yes). The log is moved to a timestamped
// backup, never deleted.
import { ExitCode } from '../host.ts';
import { readProgress } from '../progress/open.ts';
import { backupAndClear, describeStoreError } from '../progress/store.ts';
import { isPromptCancel } from '../ui/inquirer-prompts.ts';
import { statsText } from '../ui/stats-text.ts';
import { write, type CommandContext, type CommonOptions } from './context.ts';
import { isInteractive } from './interactive.ts';

export interface ResetOptions extends CommonOptions {
  yes?: boolean;
}

/** Asks yes/no; resolves to undefined when the learner cancelled (Ctrl+C, closed input). */
export type Confirm = (message: string, ctx: CommandContext) => Promise<boolean | undefined>;

/** The real question, through @inquirer/prompts, imported only when a question is asked. */
export const inquirerConfirm: Confirm = async (message, ctx) => {
  const { confirm } = await import('@inquirer/prompts');
  const text = statsText(ctx.lang);
  try {
    return await confirm(
      { message, default: false, theme: { keywords: { yes: text.yes, no: text.no } } },
      { input: ctx.host.stdin, output: ctx.host.stdout },
    );
  } catch (err) {
    if (isPromptCancel(err)) return undefined;
    throw err;
  }
};

export async function runReset(options: ResetOptions, ctx: CommandContext, ask: Confirm = inquirerConfirm): Promise<number> {
  const { host } = ctx;
  const text = statsText(ctx.lang);
  const read = readProgress(options.dataDir, host.env, host.cwd());
  if (!read.ok) {
    await write(host.stderr, `parry: ${read.message}\n`);
    return ExitCode.cannotRun;
  }
  const { location } = read;
  const attempts = read.log.attempts.length;
  const report = async (cleared: boolean, backup: string | undefined, message: string) => {
    if (options.json) await write(host.stdout, `${JSON.stringify({ cleared, backup: backup ?? null, attempts, log: location.log })}\n`);
    else await write(host.stdout, `${message}\n`);
  };
  if (!read.exists) {
    await report(false, undefined, text.resetNothing);
    return ExitCode.ok;
  }
  if (!options.yes) {
    if (!isInteractive(host)) {
      await write(host.stderr, 'parry: reset asks before clearing progress, and there is no terminal to ask in; run `parry reset --yes` to clear it\n');
      return ExitCode.cannotRun;
    }
    const answer = await ask(text.resetQuestion(attempts), ctx);
    if (answer === undefined) return ExitCode.cancelled;
    if (!answer) {
      await report(false, undefined, text.resetKept);
      return ExitCode.no;
    }
  }
  const result = backupAndClear(location.log, ctx.now());
  if (!result.ok) {
    await write(host.stderr, `parry: ${describeStoreError(result.error, 'reset progress')}\n`);
    return ExitCode.cannotRun;
  }
  await report(true, result.backup, text.resetDone(result.backup ?? location.log));
  return ExitCode.ok;
}
