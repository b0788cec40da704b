// The 0–100 score of an answer to an objection (design §4; the formula is in docs/scoring.md).
// Pure arithmetic over which techniques were found: detection is detect.ts's job.

export interface ScoreInput {
  /** Techniques found in the answer, in order of appearance. */
  readonly found: readonly string[];
  /** Which of them are risky (never rewarded). */
  readonly isRisky: (technique: string) => boolean;
  /** The objection's expected techniques. */
  readonly expect: readonly string[];
  readonly prefer?: readonly string[] | undefined;
  readonly avoid?: readonly string[] | undefined;
  /** The answer has no words at all. */
  readonly blank: boolean;
}

export interface ScoreBreakdown {
  readonly score: number;
  readonly matched: string[];
  readonly missing: string[];
  readonly bonus: string[];
  readonly risky: string[];
}

/** Weights of the formula; exported so the documentation and tests quote the same numbers. */
export const WEIGHTS = {
  /** Expected techniques needed for full coverage (fewer if the objection expects fewer). */
  coverageTarget: 2,
  coverage: 80,
  /** Per sound technique beyond the expected ones, for at most `bonusMax` of them. */
  bonus: 10,
  bonusMax: 2,
  /** When the persona prefers a technique the answer shows. */
  prefer: 10,
  /** Per technique the persona should not get. */
  avoid: 15,
  /** Per risky technique. */
  risky: 25,
} as const;

export function scoreAnswer(input: ScoreInput): ScoreBreakdown {
  const found = [...new Set(input.found)];
  const risky = found.filter(input.isRisky);
  const sound = found.filter((t) => !input.isRisky(t));
  const expect = [...new Set(input.expect)].filter((t) => !input.isRisky(t));
  const matched = expect.filter((t) => sound.includes(t));
  const missing = expect.filter((t) => !sound.includes(t));
  const bonus = sound.filter((t) => !expect.includes(t));
  if (input.blank || sound.length === 0) return { score: 0, matched, missing, bonus, risky };

  let coverage: number;
  let extras: number;
  if (expect.length > 0) {
    const target = Math.min(expect.length, WEIGHTS.coverageTarget);
    coverage = Math.min(matched.length, target) / target;
    extras = bonus.length;
  } else {
    // No objection: the answer is measured by the sound techniques it shows.
    coverage = Math.min(sound.length, WEIGHTS.coverageTarget) / WEIGHTS.coverageTarget;
    extras = Math.max(sound.length - WEIGHTS.coverageTarget, 0);
  }
  let points = WEIGHTS.coverage * coverage + WEIGHTS.bonus * Math.min(extras, WEIGHTS.bonusMax);
  if (input.prefer?.some((t) => sound.includes(t))) points += WEIGHTS.prefer;
  points -= WEIGHTS.avoid * found.filter((t) => input.avoid?.includes(t)).length;
  points -= WEIGHTS.risky * risky.length;
  return { score: Math.round(Math.max(0, Math.min(100, points))), matched, missing, bonus, risky };
}
