// `parry reset`: clear progress, after asking (or with --yes). The log is moved to a timestamped
// backup, never deleted.
import { resolveDataLocation } from '../progress/paths.ts';
import { backupAndClear, describeStoreError, loadLog } from '../progress/store.ts';
import { statsText } from '../ui/stats-text.ts';
import { write, type CommandContext, type CommonOptions } from './context.ts';

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
    if (err instanceof Error && (err.name === 'ExitPromptError' || err.name === 'AbortPromptError')) return undefined;
    throw err;
  }
};

/** Questions only in a terminal that a person is at, never in CI (research §4.3). */
function interactive(ctx: CommandContext): boolean {
  const { host } = ctx;
  const ci = host.env.CI;
  const inCi = ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false';
  return Boolean(host.stdin.isTTY && host.stdout.isTTY) && !inCi;
}

export async function runReset(options: ResetOptions, ctx: CommandContext, ask: Confirm = inquirerConfirm): Promise<number> {
  const { host } = ctx;
  const text = statsText(ctx.lang);
  const location = resolveDataLocation(options.dataDir, host.env, host.cwd());
  const loaded = loadLog(location.log);
  if (!loaded.ok) {
    await write(host.stderr, `parry: ${describeStoreError(loaded.error, 'read progress')}\n`);
    return 2;
  }
  const attempts = loaded.log.attempts.length;
  const report = async (cleared: boolean, backup: string | undefined, message: string) => {
    if (options.json) await write(host.stdout, `${JSON.stringify({ cleared, backup: backup ?? null, attempts, log: location.log })}\n`);
    else await write(host.stdout, `${message}\n`);
  };
  if (!loaded.exists) {
    await report(false, undefined, text.resetNothing);
    return 0;
  }
  if (!options.yes) {
    if (!interactive(ctx)) {
      await write(host.stderr, 'parry: reset asks before clearing progress, and there is no terminal to ask in; run `parry reset --yes` to clear it\n');
      return 2;
    }
    const answer = await ask(text.resetQuestion(attempts), ctx);
    if (answer === undefined) return 130;
    if (!answer) {
      await report(false, undefined, text.resetKept);
      return 1;
    }
  }
  const result = backupAndClear(location.log, ctx.now());
  if (!result.ok) {
    await write(host.stderr, `parry: ${describeStoreError(result.error, 'reset progress')}\n`);
    return 2;
  }
  await report(true, result.backup, text.resetDone(result.backup ?? location.log));
  return 0;
}
