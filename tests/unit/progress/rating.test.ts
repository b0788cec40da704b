import { Rating } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { isFail, ratingForScore } from '../../../src/progress/rating.ts';

describe('ratingForScore (docs/progress.md, "Rating")', () => {
  it.each([
    [0, Rating.Again],
    [39, Rating.Again],
    [39.9, Rating.Again],
    [40, Rating.Hard],
    [59, Rating.Hard],
    [60, Rating.Good],
    [84, Rating.Good],
    [85, Rating.Easy],
    [100, Rating.Easy],
  ])('score %d → %s', (score, rating) => {
    expect(ratingForScore(score)).toBe(rating);
  });

  it('a fail is exactly a rating of Again', () => {
    for (let s = 0; s <= 100; s++) expect(isFail(s)).toBe(ratingForScore(s) === Rating.Again);
  });
});
