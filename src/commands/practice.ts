// `parry practice`: the interactive session (design §6). This file wires the world to the session:
// terminal checks, playbooks, scorer, prompt adapter, attempt sink, SIGINT; the session itself is pure.
import { localeToTag } from '../config/lang.ts';
import { loadCatalog } from '../playbook/load.ts';
import { planSession, type PlanProblem } from '../session/plan.ts';
import type { PromptPort } from '../session/ports.ts';
import type { SessionMode } from '../session/question.ts';
import { createSeededRandom } from '../session/random.ts';
import { runSession } from '../session/run.ts';
import { practiceMessages, type PracticeMessages } from '../ui/messages/practice.ts';
import { createPracticeView } from '../ui/practice/view.ts';
import { sanitizeLine } from '../ui/sanitize.ts';
import { createTheme } from '../ui/theme.ts';
import { ExitCode, type Host } from '../host.ts';
import { write, type CommandContext, type CommonOptions } from './context.ts';
import { createOrdering } from './practice-order.ts';
import { createJsonlSink, discardSink, resolveDataDir } from './practice-sink.ts';

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

/** A prompt needs a terminal at both ends, and CI logs are no place for one (research §4.3). */
export function isInteractive(host: Host): boolean {
  const ci = host.env.CI;
  const inCi = ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false';
  return Boolean(host.stdin.isTTY && host.stdout.isTTY) && !inCi;
}

export async function runPractice(options: PracticeOptions, ctx: CommandContext): Promise<number> {
  const { host } = ctx;
  const messages = practiceMessages(ctx.lang);
  const fail = async (message: string, code: number = ExitCode.cannotRun) => {
    await write(host.stderr, `parry: ${message}\n`);
    return code;
  };

  if (options.json) return fail(messages.noJson);
  const count = options.count ?? 5;
  if (count < 1) return fail(messages.badCount);
  const plain = options.plain === true;
  if (!plain && !isInteractive(host)) return fail(messages.needsTerminal);

  const { catalog, problems } = await loadCatalog({ paths: options.playbook ?? [], builtin: options.builtin !== false, cwd: host.cwd() });
  if (problems.length > 0) {
    for (const p of problems) await write(host.stderr, `parry: ${sanitizeLine(p.message)}\n`);
    return ExitCode.cannotRun;
  }

  const seed = options.seed ?? Math.floor(ctx.random() * 0x1_0000_0000);
  const random = createSeededRandom(seed);
  const answerLang = localeToTag(options.answerLang);
  const dataDir = options.save === false ? undefined : await resolveDataDir(options.dataDir, host.env, host.cwd());
  const ordering = await createOrdering({ due: options.due, new: options.new, dataDir, now: ctx.now, random });
  if (ordering.warning) await write(host.stderr, `parry: ${ordering.warning}\n`);

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
    { random, ...(ordering.prioritise ? { prioritise: ordering.prioritise } : {}) },
  );
  if (!planned.ok) return fail(problemMessage(messages, planned.problem));

  const { createScorer } = await import('../scoring/index.ts');
  const scorer = createScorer(catalog.techniques.values());
  const sink = dataDir === undefined ? discardSink : createJsonlSink(dataDir);

  // Ctrl+C between prompts (or any time with --plain, where the terminal stays in cooked mode)
  // arrives as SIGINT: abort the pending or next prompt, so the loop ends the way it does for a
  // Ctrl+C inside an Inquirer prompt.
  const controller = new AbortController();
  const onSigint = () => controller.abort();
  host.once('SIGINT', onSigint);

  // --plain prints plain text unless colour is asked for outright.
  const theme = createTheme(plain && options.color !== true ? 0 : ctx.color);
  const width = plain && !host.stdout.isTTY ? Number.POSITIVE_INFINITY : Math.max(20, host.stdout.columns ?? 80);
  let prompts: PromptPort & { close?(): void };
  if (plain) {
    const { createPlainPrompts } = await import('../ui/plain-prompts.ts');
    prompts = createPlainPrompts({ input: host.stdin, output: host.stdout, signal: controller.signal, text: messages });
  } else {
    const { createInquirerPrompts } = await import('../ui/inquirer-prompts.ts');
    prompts = createInquirerPrompts({ input: host.stdin, output: host.stdout, signal: controller.signal, theme, keyHelp: messages.keyHelp });
  }
  const view = createPracticeView({
    theme,
    messages,
    lang: ctx.lang,
    answerLang: answerLang ?? ctx.lang,
    catalog,
    width,
    compactChoices: plain,
  });

  try {
    const outcome = await runSession(planned.plan, {
      prompts,
      view,
      scorer,
      sink,
      now: ctx.now,
      ...(answerLang ? { answerLang } : {}),
      ...(ordering.upcoming ? { upcoming: ordering.upcoming } : {}),
    });
    switch (outcome.state.kind) {
      case 'cancelled':
        await write(host.stderr, `\n${messages.goodbye(outcome.saved, new Intl.NumberFormat(ctx.lang).format(outcome.saved))}\n`);
        return ExitCode.cancelled;
      case 'failed':
        return fail(messages.saveFailed(outcome.state.message));
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
