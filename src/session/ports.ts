// What a session needs from the outside: a way to ask (PromptPort) and a way to say (SessionView).
// Adapters live in src/ui (inquirer, plain stdin/stdout); tests script them.
import type { Lang } from '../playbook/model.ts';
import type { SessionPlan } from './plan.ts';
import type { ChooseQuestion, Question, QuestionResult, SpotQuestion, TypeQuestion } from './question.ts';
import type { SessionSummary } from './summary.ts';

/** The learner pressed Ctrl+C (or the prompt was aborted): save what was done, say goodbye, exit 130. */
export const CANCEL: unique symbol = Symbol('parry.prompt.cancel');
/** Input ended (end of file with --plain): finish as if the learner chose to stop. */
export const END: unique symbol = Symbol('parry.prompt.end');
export type Interrupt = typeof CANCEL | typeof END;

export function isInterrupt(value: unknown): value is Interrupt {
  return value === CANCEL || value === END;
}

export interface Choice<T> {
  readonly value: T;
  /** One line; the adapter may shorten it to the terminal width. */
  readonly label: string;
  /** Shown as the answer once chosen, when the label is too long to repeat (defaults to the label). */
  readonly short?: string;
}

export interface InputPrompt {
  readonly message: string;
}

export interface ChoicePrompt<T> {
  readonly message: string;
  readonly choices: readonly Choice<T>[];
}

export interface ProceedPrompt {
  readonly message: string;
  readonly next: string;
  readonly finish: string;
}

/**
 * Asking the learner. Every method settles: with the answer, or with CANCEL or END; adapters never
 * throw for a user's action, so cancellation is handled once, in the loop.
 */
export interface PromptPort {
  print(text: string): Promise<void>;
  input(prompt: InputPrompt): Promise<string | Interrupt>;
  select<T>(prompt: ChoicePrompt<T>): Promise<T | Interrupt>;
  checkbox<T>(prompt: ChoicePrompt<T>): Promise<readonly T[] | Interrupt>;
  /** Between questions: true to go on, false to finish now. Adapters without a screen go on without asking. */
  proceed(prompt: ProceedPrompt): Promise<boolean | Interrupt>;
}

/** What the session says, as text ready for the terminal (sanitised, styled, wrapped). */
export interface SessionView {
  intro(plan: SessionPlan): string;
  question(question: Question, total: number): string;
  typePrompt(question: TypeQuestion): InputPrompt;
  choosePrompt(question: ChooseQuestion): ChoicePrompt<number>;
  spotPrompt(question: SpotQuestion): ChoicePrompt<string>;
  /** The text saved as the answer of a `choose` question: the chosen response as shown. */
  chosenText(question: ChooseQuestion, picked: number): string;
  feedback(result: QuestionResult): string;
  proceedPrompt(): ProceedPrompt;
  summary(summary: SessionSummary): string;
}

/** A card the progress store says is due (or soonest due), for the end of the summary. */
export interface DueItem {
  readonly playbook: string;
  readonly objection: string;
  readonly lang: Lang;
  readonly due: Date;
}
