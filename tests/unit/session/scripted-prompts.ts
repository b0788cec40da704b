// A prompt port that answers from a script and fails loudly on any prompt the script did not expect.
import { CANCEL, END, type ChoicePrompt, type Interrupt, type PromptPort } from '../../../src/session/ports.ts';

export type Step =
  | { readonly input: string }
  | { readonly select: unknown }
  /** Pick the choice whose label starts with this text. */
  | { readonly selectLabel: string }
  | { readonly checkbox: readonly unknown[] }
  | { readonly proceed: boolean }
  | { readonly interrupt: 'cancel' | 'end'; readonly at: 'input' | 'select' | 'checkbox' | 'proceed' };

export interface Scripted extends PromptPort {
  readonly printed: string[];
  readonly asked: { kind: string; message: string; choices?: readonly { value: unknown; label: string }[] }[];
  remaining(): number;
}

export function scriptedPrompts(script: readonly Step[]): Scripted {
  const steps = [...script];
  const printed: string[] = [];
  const asked: Scripted['asked'] = [];
  const take = (kind: 'input' | 'select' | 'checkbox' | 'proceed', message: string, choices?: ChoicePrompt<unknown>['choices']) => {
    asked.push({ kind, message, ...(choices ? { choices } : {}) });
    const step = steps.shift();
    if (!step) throw new Error(`unexpected ${kind} prompt "${message}": the script is over`);
    if ('interrupt' in step) {
      if (step.at !== kind) throw new Error(`expected an interrupt at ${step.at}, got a ${kind} prompt "${message}"`);
      return step.interrupt === 'cancel' ? CANCEL : END;
    }
    const expected = Object.keys(step)[0] === 'selectLabel' ? 'select' : Object.keys(step)[0];
    if (expected !== kind) throw new Error(`expected a ${expected} prompt, got ${kind} "${message}"`);
    return step;
  };
  return {
    printed,
    asked,
    remaining: () => steps.length,
    async print(text) {
      printed.push(text);
    },
    async input(prompt) {
      const step = take('input', prompt.message);
      return typeof step === 'symbol' ? step : (step as { input: string }).input;
    },
    async select<T>(prompt: ChoicePrompt<T>): Promise<T | Interrupt> {
      const step = take('select', prompt.message, prompt.choices);
      if (typeof step === 'symbol') return step;
      if ('selectLabel' in step) {
        const hit = prompt.choices.find((c) => c.label.startsWith(step.selectLabel));
        if (!hit) throw new Error(`no choice labelled "${step.selectLabel}"`);
        return hit.value;
      }
      return (step as { select: T }).select;
    },
    async checkbox<T>(prompt: ChoicePrompt<T>): Promise<readonly T[] | Interrupt> {
      const step = take('checkbox', prompt.message, prompt.choices);
      return typeof step === 'symbol' ? step : ((step as { checkbox: T[] }).checkbox);
    },
    async proceed(prompt) {
      const step = take('proceed', prompt.message);
      return typeof step === 'symbol' ? step : (step as { proceed: boolean }).proceed;
    },
  };
}

/** A clock that moves one second every time it is read. */
export function tickingClock(start = Date.parse('2026-03-01T09:00:00Z'), stepMs = 1000): () => Date {
  let t = start - stepMs;
  return () => new Date((t += stepMs));
}
