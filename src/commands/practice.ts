// `parry practice`: the interactive session (design §6). This file wires the world to the session:
// terminal checks, playbooks, progress, scorer, prompt adapter, SIGINT. The session itself is pure.
import { localeToTag } from '../config/lang.ts';
import { ExitCode } from '../host.ts';
import type { Catalog } from '../playbook/model.ts';
import { planSession, type PlanProblem, type SessionPlan } from '../session/plan.ts';
import type { PromptPort } from '../session/ports.ts';
import type { SessionMode } from '../session/question.ts';
import { createSeededRandom } from '../session/random.ts';
import { runSession } from '../session/run.ts';
import { practiceMessages, type PracticeMessages } from '../ui/messages/practice.ts';
import { createPracticeView } from '../ui/practice/view.ts';
import { sanitizeLine } from '../ui/sanitize.ts';
import { loadTheme } from '../ui/load-theme.ts';
import { write, type CommandContext, type CommonOptions } from './context.ts';
import { isInteractive } from './interactive.ts';
import { loadCatalogOrReport } from './load-catalog.ts';
import { openPracticeProgress, type PracticeProgress } from './practice-progress.ts';

export interface PracticeOptions extends CommonOptions {
  mode?: SessionMode;
  count?: number;
  objection?: string[];
  technique?: string[];
  persona?: string;
  category?: string;
  seed?: number;
  answerLang?: string;
  due?: boolean;
  new?: boolean;
  /** commander turns --no-save into save: false. */
  save?: boolean;
  plain?: boolean;
}

export async function runPractice(options: PracticeOptions, ctx: CommandContext): Promise<number> {
  const { host } = ctx;
  const messages = practiceMessages(ctx.lang);
  const fail = async (message: string) => {
    await write(host.stderr, `parry: ${message}\n`);
    return ExitCode.cannotRun;
  };

  if (options.json) return fail(messages.noJson);
  const count = options.count ?? 5;
  if (count < 1) return fail(messages.badCount);
  if (options.plain !== true && !isInteractive(host)) return fail(messages.needsTerminal);

  const catalog = await loadCatalogOrReport(options, ctx);
  if (!catalog) return ExitCode.cannotRun;

  const opened = openPracticeProgress({
    dataDir: options.dataDir,
    env: host.env,
    cwd: host.cwd(),
    now: ctx.now,
    lang: ctx.lang,
    catalog,
    save: options.save !== false,
    ...(options.due ? { only: 'due' as const } : options.new ? { only: 'new' as const } : {}),
  });
  if (!opened.ok) return fail(opened.message);
  const { progress } = opened;
  try {
    for (const warning of progress.warnings) await write(host.stderr, `parry: ${sanitizeLine(warning)}\n`);
    const seed = options.seed ?? Math.floor(ctx.random() * 0x1_0000_0000);
    const planned = planSession(
      catalog,
      {
        mode: options.mode ?? 'type',
        count,
        lang: ctx.lang,
        ...(options.objection ? { objections: options.objection } : {}),
        ...(options.technique ? { techniques: options.technique } : {}),
        ...(options.persona !== undefined ? { persona: options.persona } : {}),
        ...(options.category !== undefined ? { category: options.category } : {}),
      },
      { random: createSeededRandom(seed), prioritise: progress.prioritise },
    );
    if (!planned.ok) {
      // Nothing due (or nothing new) is a fine state to be in, not a failure.
      if (planned.problem.code === 'nothing-to-practise' && (options.due || options.new)) {
        await write(host.stdout, `${options.due ? messages.nothingDue : messages.nothingNew}\n`);
        return ExitCode.ok;
      }
      return fail(problemMessage(messages, planned.problem));
    }
    return await runPlanned(planned.plan, options, ctx, { catalog, progress, messages });
  } finally {
    progress.close();
  }
}

/** Run a planned session over the right prompt adapter; the exit code. */
async function runPlanned(
  plan: SessionPlan,
  options: PracticeOptions,
  ctx: CommandContext,
  deps: { catalog: Catalog; progress: PracticeProgress; messages: PracticeMessages },
): Promise<number> {
  const { host } = ctx;
  const { catalog, progress, messages } = deps;
  const plain = options.plain === true;
  const answerLang = localeToTag(options.answerLang);
  // Reuses the cues the build compiled for the built-in playbooks.
  const { scorerForCatalog } = await import('../playbook/catalog-scorer.ts');
  const scorer = scorerForCatalog(catalog);

  // Ctrl+C between prompts (or at any time with --plain, where the terminal stays in cooked mode)
  // arrives as SIGINT: abort the pending or the next prompt, so the loop ends as it does for a
  // Ctrl+C inside an Inquirer prompt.
  const controller = new AbortController();
  const onSigint = () => controller.abort();
  host.once('SIGINT', onSigint);

  // --plain prints plain text unless colour is asked for outright.
  const theme = await loadTheme(plain && options.color !== true ? 0 : ctx.color);
  const width = plain && !host.stdout.isTTY ? Number.POSITIVE_INFINITY : Math.max(20, host.stdout.columns ?? 80);
  let prompts: PromptPort & { close?(): void };
  if (plain) {
    const { createPlainPrompts } = await import('../ui/plain-prompts.ts');
    prompts = createPlainPrompts({ input: host.stdin, output: host.stdout, signal: controller.signal, text: messages });
  } else {
    const { createInquirerPrompts } = await import('../ui/inquirer-prompts.ts');
    prompts = createInquirerPrompts({ input: host.stdin, output: host.stdout, signal: controller.signal, theme, keyHelp: messages.keyHelp });
  }
  const view = createPracticeView({ theme, messages, lang: ctx.lang, answerLang: answerLang ?? ctx.lang, catalog, width, compactChoices: plain });

  try {
    const outcome = await runSession(plan, {
      prompts,
      view,
      scorer,
      sink: progress.sink,
      now: ctx.now,
      ...(answerLang ? { answerLang } : {}),
      upcoming: progress.upcoming,
    });
    switch (outcome.state.kind) {
      case 'cancelled':
        await write(host.stderr, `\n${messages.goodbye(outcome.saved, new Intl.NumberFormat(ctx.lang).format(outcome.saved))}\n`);
        return ExitCode.cancelled;
      case 'failed':
        await write(host.stderr, `parry: ${messages.saveFailed(sanitizeLine(outcome.state.message))}\n`);
        return ExitCode.cannotRun;
      default:
        return ExitCode.ok;
    }
  } finally {
    host.off('SIGINT', onSigint);
    prompts.close?.();
  }
}

function problemMessage(messages: PracticeMessages, problem: PlanProblem): string {
  switch (problem.code) {
    case 'unknown-objection':
      return messages.unknownObjection(sanitizeLine(problem.id));
    case 'unknown-technique':
      return messages.unknownTechnique(sanitizeLine(problem.id));
    case 'unknown-persona':
      return messages.unknownPersona(sanitizeLine(problem.id));
    case 'nothing-to-practise':
      return messages.nothingToPractise;
  }
}
