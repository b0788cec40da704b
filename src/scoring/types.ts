// The scorer's public shapes (design §4). The implementation lives beside this file;
// practice, lookup and validate depend only on these types and the functions in index.ts.
import type { Lang } from '../playbook/model.ts';

/** One technique found in an answer, with the evidence for it. */
export interface Detection {
  readonly technique: string;
  /** The cue, as written in the playbook, that matched. */
  readonly cue: string;
  /** Language of the cue that matched. */
  readonly cueLang: Lang;
  /** Where the evidence is in the ORIGINAL answer: UTF-16 offsets, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** The words of the original answer that matched (answer.slice(start, end)). */
  readonly text: string;
}

export interface ScoreResult {
  /** 0–100. */
  readonly score: number;
  /** Language of the answer (given, or detected from its script). */
  readonly lang: Lang;
  readonly detections: readonly Detection[];
  /** The objection's expected techniques that the answer shows. */
  readonly matched: readonly string[];
  /** The objection's expected techniques that the answer does not show. */
  readonly missing: readonly string[];
  /** Sound techniques found beyond the expected ones. */
  readonly bonus: readonly string[];
  /** Risky techniques found: no credit, a warning each. */
  readonly risky: readonly string[];
}

/**
 * A scorer compiled once per load from the catalog's techniques (their cues).
 * Implemented in src/scoring/scorer.ts; the rest of the program depends on this shape only.
 */
export interface Scorer {
  /** Techniques the answer shows, with evidence, in order of appearance. */
  detect(answer: string, opts?: { lang?: Lang }): { lang: Lang; detections: readonly Detection[] };
  /** Score an answer to an objection (expect list), optionally for a persona (prefer/avoid). */
  score(
    answer: string,
    target: { expect: readonly string[]; prefer?: readonly string[]; avoid?: readonly string[] },
    opts?: { lang?: Lang },
  ): ScoreResult;
}
