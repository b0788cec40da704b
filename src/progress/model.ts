// One practice attempt: a line of the append-only log (design §7). The session writes these
// through an AttemptSink; the progress store persists them and replays them into schedules.
import type { Lang } from '../playbook/model.ts';

export type Mode = 'type' | 'choose' | 'spot';

export interface Attempt {
  /** Format version of the line. */
  readonly v: 1;
  /** ISO 8601 time the attempt was scored. */
  readonly at: string;
  readonly playbook: string;
  readonly objection: string;
  /** Language the objection was asked in (part of the card key). */
  readonly lang: Lang;
  readonly mode: Mode;
  /** What the learner typed or chose (answers never leave the machine). */
  readonly answer: string;
  /** Techniques the scorer found (type), or the learner picked (spot). */
  readonly detected: readonly string[];
  /** The objection's expect list at the time, so stats survive playbook edits. */
  readonly expected: readonly string[];
  /** 0–100. */
  readonly score: number;
  /** Milliseconds from question shown to answer submitted. */
  readonly durationMs: number;
  readonly persona?: string;
}

/** Where a session sends attempts, as soon as each one is scored. */
export interface AttemptSink {
  append(attempt: Attempt): Promise<void>;
}
