// The prompt port for `--plain`: one answer per line from stdin, plain text out. No cursor movement
// and no raw mode, so it works from a pipe, in a script, and with a screen reader.
import { createInterface } from 'node:readline';
import { CANCEL, END, type ChoicePrompt, type InputPrompt, type Interrupt, type PromptPort } from '../session/ports.ts';
import type { InStream, OutStream } from '../host.ts';
import { sanitizeLine } from './sanitize.ts';

export interface PlainPromptText {
  readonly plainCheckboxHint: string;
  plainInvalid(choices: string): string;
}

export interface PlainPromptOptions {
  readonly input: InStream;
  readonly output: OutStream;
  /** Aborted on Ctrl+C (SIGINT): a pending question settles with CANCEL. */
  readonly signal?: AbortSignal;
  readonly text: PlainPromptText;
}

/** Lines from a stream, one at a time, kept until asked for; END once the stream is over. */
function createLineReader(input: InStream, signal: AbortSignal | undefined) {
  const lines: string[] = [];
  let ended = false;
  let waiting: ((line: string | Interrupt) => void) | undefined;
  const rl = createInterface({ input, terminal: false, crlfDelay: Infinity });
  rl.on('line', (line) => {
    if (waiting) {
      const w = waiting;
      waiting = undefined;
      w(line);
    } else lines.push(line);
  });
  rl.on('close', () => {
    ended = true;
    waiting?.(END);
    waiting = undefined;
  });
  const onAbort = () => {
    waiting?.(CANCEL);
    waiting = undefined;
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  return {
    next(): Promise<string | Interrupt> {
      if (signal?.aborted) return Promise.resolve(CANCEL);
      const line = lines.shift();
      if (line !== undefined) return Promise.resolve(line);
      if (ended) return Promise.resolve(END);
      return new Promise((resolve) => (waiting = resolve));
    },
    close() {
      signal?.removeEventListener('abort', onAbort);
      rl.close();
    },
  };
}

export function createPlainPrompts(options: PlainPromptOptions): PromptPort & { close(): void } {
  const { output, text } = options;
  const reader = createLineReader(options.input, options.signal);
  // A terminal echoes what is typed; from a pipe, echo it so the transcript reads like a session.
  const echo = !options.input.isTTY;
  const write = (s: string) =>
    new Promise<void>((resolve) => {
      if (s === '') resolve();
      else output.write(s, () => resolve());
    });
  const read = async (): Promise<string | Interrupt> => {
    const line = await reader.next();
    if (typeof line === 'string' && echo) await write(`${sanitizeLine(line)}\n`);
    return line;
  };

  /** Lists long labels one per line with numbers; short ones (letters) inline. */
  const showChoices = async <T>(prompt: ChoicePrompt<T>, multiple: boolean) => {
    const compact = !multiple && prompt.choices.every((c) => c.label.length <= 3);
    if (compact) return write(`${prompt.message} (${prompt.choices.map((c) => c.label).join(', ')}) `);
    const list = prompt.choices.map((c, i) => `  ${i + 1}. ${c.label}`).join('\n');
    return write(`${prompt.message}\n${list}\n${multiple ? `${text.plainCheckboxHint}\n` : ''}> `);
  };
  /** A choice by number (from 1) or by its label, ignoring case. */
  const findChoice = <T>(prompt: ChoicePrompt<T>, answer: string): T | undefined => {
    const a = answer.trim().toLowerCase();
    if (/^\d+$/.test(a)) return prompt.choices[Number(a) - 1]?.value;
    return prompt.choices.find((c) => c.label.trim().toLowerCase() === a)?.value;
  };
  const choicesList = <T>(prompt: ChoicePrompt<T>) =>
    prompt.choices.every((c) => c.label.length <= 3) ? prompt.choices.map((c) => c.label).join(', ') : `1–${prompt.choices.length}`;

  return {
    print: (s) => write(`${s}\n`),
    async input(prompt: InputPrompt) {
      await write(`${prompt.message} `);
      return read();
    },
    async select<T>(prompt: ChoicePrompt<T>) {
      await showChoices(prompt, false);
      for (;;) {
        const answer = await read();
        if (typeof answer !== 'string') return answer;
        const found = findChoice(prompt, answer);
        if (found !== undefined) return found;
        await write(`${text.plainInvalid(choicesList(prompt))} `);
      }
    },
    async checkbox<T>(prompt: ChoicePrompt<T>) {
      await showChoices(prompt, true);
      for (;;) {
        const answer = await read();
        if (typeof answer !== 'string') return answer;
        const parts = answer.split(/[\s,;،、，]+/u).filter(Boolean);
        const found = parts.map((p) => findChoice(prompt, p));
        if (found.every((f) => f !== undefined)) return [...new Set(found as T[])];
        await write(`${text.plainInvalid(choicesList(prompt))}\n> `);
      }
    },
    // Nothing to wait for without a screen: the next question follows the feedback.
    proceed: async () => true,
    close: () => reader.close(),
  };
}
