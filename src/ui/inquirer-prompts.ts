// The prompt port on a real terminal, with @inquirer/prompts (imported when the first question is
// asked). Inquirer rejects on Ctrl+C and on abort; here that becomes the CANCEL value, so the session
// handles cancellation in one place. Colours come from our theme, not Inquirer's defaults, so
// --no-color, NO_COLOR and FORCE_COLOR mean the same here as everywhere else.
import type { InStream, OutStream } from '../host.ts';
import { CANCEL, type ChoicePrompt, type InputPrompt, type Interrupt, type PromptPort, type ProceedPrompt } from '../session/ports.ts';
import type { PracticeMessages } from './messages/practice.ts';
import type { Theme } from './theme.ts';

type Context = { input?: NodeJS.ReadableStream; output?: NodeJS.WritableStream; signal?: AbortSignal; clearPromptOnDone?: boolean };
type Choice<T> = { value: T; name: string; short?: string };
/** The three prompts we use, as @inquirer/prompts exports them (narrowed to what we pass). */
export interface InquirerApi {
  input(
    config: { message: string; theme?: object; transformer?: (value: string, flags: { isFinal: boolean }) => string },
    context?: Context,
  ): Promise<string>;
  select<T>(config: { message: string; choices: readonly Choice<T>[]; loop?: boolean; theme?: object }, context?: Context): Promise<T>;
  checkbox<T>(
    config: { message: string; choices: readonly Choice<T>[]; loop?: boolean; theme?: object },
    context?: Context,
  ): Promise<T[]>;
}

export interface InquirerPromptOptions {
  readonly input: InStream;
  readonly output: OutStream;
  /** Aborted on SIGINT between prompts: the next or pending prompt settles with CANCEL. */
  readonly signal?: AbortSignal;
  readonly theme: Theme;
  readonly keyHelp: PracticeMessages['keyHelp'];
  /** How to get Inquirer; tests pass wrapped prompts. */
  readonly load?: () => Promise<InquirerApi>;
}

const CANCELLING = new Set(['ExitPromptError', 'AbortPromptError', 'CancelPromptError']);

/** Whether an Inquirer prompt rejected because the learner cancelled (Ctrl+C, abort), not because it broke. */
export function isPromptCancel(err: unknown): boolean {
  return err instanceof Error && CANCELLING.has(err.name);
}

const toChoice = <T>(c: { value: T; label: string; short?: string }): Choice<T> => ({
  value: c.value,
  name: c.label,
  ...(c.short !== undefined ? { short: c.short } : {}),
});

export function createInquirerPrompts(options: InquirerPromptOptions): PromptPort {
  const { theme, keyHelp } = options;
  let api: Promise<InquirerApi> | undefined;
  const load = () => (api ??= (options.load ?? (async () => (await import('@inquirer/prompts')) as unknown as InquirerApi))());
  const context = (): Context => ({
    input: options.input,
    output: options.output,
    clearPromptOnDone: false,
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const inquirerTheme = {
    prefix: { idle: theme.code('?'), done: theme.ok('✔') },
    icon: { cursor: '❯', checked: theme.ok('◉'), unchecked: '◯', disabledChecked: theme.ok('◎'), disabledUnchecked: '-' },
    style: {
      answer: (s: string) => theme.code(s),
      message: (s: string) => theme.strong(s),
      error: (s: string) => theme.error(`> ${s}`),
      defaultAnswer: (s: string) => theme.dim(`(${s})`),
      help: (s: string) => theme.dim(s),
      highlight: (s: string) => theme.code(s),
      key: (s: string) => theme.code(theme.strong(`<${s}>`)),
      description: (s: string) => theme.code(s),
      disabled: (s: string) => theme.dim(s),
      keysHelpTip: (keys: [string, string][]) =>
        keys.map(([key, action]) => `${theme.strong(key)} ${theme.dim(keyHelp[action as keyof typeof keyHelp] ?? action)}`).join(theme.dim(' • ')),
    },
  };

  /** Run a prompt; Ctrl+C and aborts come back as CANCEL, anything else is a real error. */
  const ask = async <T>(run: (inquirer: InquirerApi) => Promise<T>): Promise<T | Interrupt> => {
    if (options.signal?.aborted) return CANCEL;
    const inquirer = await load();
    try {
      return await run(inquirer);
    } catch (err) {
      if (isPromptCancel(err)) return CANCEL;
      throw err;
    }
  };

  return {
    print: (text) =>
      new Promise<void>((resolve) => {
        options.output.write(`${text}\n`, () => resolve());
      }),
    // Once submitted, the answer is not echoed on the prompt line: the feedback shows it again with
    // its evidence, and a long echo would be cut mid-word by the terminal.
    input: (prompt: InputPrompt) =>
      ask((q) =>
        q.input({ message: prompt.message, theme: inquirerTheme, transformer: (v, { isFinal }) => (isFinal ? '' : v) }, context()),
      ),
    select: <T>(prompt: ChoicePrompt<T>) =>
      ask((q) =>
        q.select<T>(
          { message: prompt.message, choices: prompt.choices.map(toChoice), loop: false, theme: inquirerTheme },
          context(),
        ),
      ),
    checkbox: <T>(prompt: ChoicePrompt<T>) =>
      ask((q) =>
        q.checkbox<T>(
          { message: prompt.message, choices: prompt.choices.map(toChoice), loop: false, theme: inquirerTheme },
          context(),
        ),
      ),
    proceed: (prompt: ProceedPrompt) =>
      ask((q) =>
        q.select<boolean>(
          {
            message: prompt.message,
            choices: [
              { value: true, name: prompt.next },
              { value: false, name: prompt.finish },
            ],
            loop: false,
            theme: inquirerTheme,
          },
          context(),
        ),
      ),
  };
}
