// How a 0–100 score becomes an FSRS rating (documented in docs/progress.md, "Rating").
// The thresholds follow the scorer's meaning of a score: under 40 the answer missed the point,
// 40–59 it got there with effort, 60–84 it was a sound answer, 85+ it was a model answer.
import { Rating, type Grade } from 'ts-fsrs';

export const RATING_THRESHOLDS = { hard: 40, good: 60, easy: 85 } as const;

export function ratingForScore(score: number): Grade {
  if (score < RATING_THRESHOLDS.hard) return Rating.Again;
  if (score < RATING_THRESHOLDS.good) return Rating.Hard;
  if (score < RATING_THRESHOLDS.easy) return Rating.Good;
  return Rating.Easy;
}

/** A failed attempt: one the scheduler rates Again. Leeches count these. */
export function isFail(score: number): boolean {
  return score < RATING_THRESHOLDS.hard;
}

export const RATING_NAMES: Readonly<Record<Grade, 'again' | 'hard' | 'good' | 'easy'>> = {
  [Rating.Again]: 'again',
  [Rating.Hard]: 'hard',
  [Rating.Good]: 'good',
  [Rating.Easy]: 'easy',
};
