// What a session asks and what it records about each answer. Pure types.
import type { Lang, Objection, Persona, Response } from '../playbook/model.ts';
import type { ScoreResult } from '../scoring/types.ts';

/** How a session asks (`--mode`); `mixed` draws one of the others per question. */
export type SessionMode = 'type' | 'choose' | 'spot' | 'mixed';
export type QuestionMode = Exclude<SessionMode, 'mixed'>;

/**
 * Why an option of a `choose` question is or is not the one to pick:
 * `best` is sound and uses what the objection needs; `weak` is sound but misses every expected
 * technique; `avoid` uses what this customer's persona dislikes; `risky` is a "don't say this" example.
 */
export type OptionKind = 'best' | 'weak' | 'avoid' | 'risky';

export interface ChooseOption {
  readonly response: Response;
  readonly kind: OptionKind;
  /** Id of the objection the response was written for, when borrowed from another objection. */
  readonly borrowedFrom?: string;
}

interface QuestionBase {
  /** Position in the session, from 0. */
  readonly index: number;
  readonly objection: Objection;
  /** The wording asked (one variant), as written in the playbook: sanitise before display. */
  readonly text: string;
  /** Language of `text`: part of the progress card key. */
  readonly lang: Lang;
  /** The customer asking, when the objection names personas or --persona was given. */
  readonly persona?: Persona;
}

export interface TypeQuestion extends QuestionBase {
  readonly mode: 'type';
}

export interface ChooseQuestion extends QuestionBase {
  readonly mode: 'choose';
  /** Shuffled; exactly one has kind `best`. */
  readonly options: readonly ChooseOption[];
}

export interface SpotQuestion extends QuestionBase {
  readonly mode: 'spot';
  /** The response shown; its `uses` is the answer key. */
  readonly response: Response;
  /** Technique ids offered, shuffled: the response's own and some decoys. */
  readonly choices: readonly string[];
}

export type Question = TypeQuestion | ChooseQuestion | SpotQuestion;

interface ResultBase {
  readonly questionIndex: number;
  /** 0–100. */
  readonly score: number;
  /** What the learner typed, or the text of what they chose, or the ids they ticked. */
  readonly answer: string;
  /** Techniques found in the answer (type), of the chosen response (choose), ticked (spot). */
  readonly detected: readonly string[];
  /** From question shown to answer submitted. */
  readonly durationMs: number;
  /** When the answer was scored. */
  readonly at: Date;
}

export interface TypeResult extends ResultBase {
  readonly mode: 'type';
  readonly question: TypeQuestion;
  readonly scored: ScoreResult;
}

export interface ChooseResult extends ResultBase {
  readonly mode: 'choose';
  readonly question: ChooseQuestion;
  /** Index into question.options. */
  readonly picked: number;
}

export interface SpotResult extends ResultBase {
  readonly mode: 'spot';
  readonly question: SpotQuestion;
  /** Ticked and used by the response. */
  readonly correct: readonly string[];
  /** Used by the response, not ticked. */
  readonly missed: readonly string[];
  /** Ticked, not used by the response. */
  readonly wrong: readonly string[];
}

export type QuestionResult = TypeResult | ChooseResult | SpotResult;
