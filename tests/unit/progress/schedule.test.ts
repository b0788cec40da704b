import fc from 'fast-check';
import { createEmptyCard, fsrs, Rating, State, type Card, type Grade } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { createScheduler, newCard, review } from '../../../src/progress/schedule.ts';

const MINUTE = 60_000;
const DAY = 86_400_000;
const START = Date.parse('2024-03-01T09:30:00.000Z');

/** Every field that makes a card, with dates as numbers, for exact comparison. */
function fields(c: Card) {
  return {
    due: c.due.getTime(),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsed_days: c.elapsed_days,
    scheduled_days: c.scheduled_days,
    learning_steps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    last_review: c.last_review?.getTime(),
  };
}

// Gaps between attempts as practice really has them: seconds apart in one session, minutes,
// the next day, weeks or months later.
const gap = fc.oneof(
  fc.integer({ min: 0, max: 5 * MINUTE }),
  fc.integer({ min: 5 * MINUTE, max: 12 * 60 * MINUTE }),
  fc.integer({ min: 12 * 60 * MINUTE, max: 3 * DAY }),
  fc.integer({ min: 3 * DAY, max: 200 * DAY }),
);
const grade = fc.constantFrom<Grade>(Rating.Again, Rating.Hard, Rating.Good, Rating.Easy);

describe('review (one rating) against ts-fsrs next()', () => {
  it('gives exactly the card ts-fsrs gives, field by field, over random histories', () => {
    const scheduler = createScheduler();
    const reference = fsrs({ enable_fuzz: false });
    fc.assert(
      fc.property(fc.array(fc.tuple(gap, grade), { minLength: 1, maxLength: 40 }), (history) => {
        let ours = newCard(START);
        let theirs: Card = createEmptyCard(new Date(START));
        let t = START;
        for (const [dt, g] of history) {
          t += dt;
          ours = review(scheduler, ours, new Date(t), g);
          theirs = reference.next(theirs, new Date(t), g).card;
          expect(fields(ours)).toEqual(fields(theirs));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('covers every state and rating (the property above is not vacuous)', () => {
    const scheduler = createScheduler();
    const seen = new Set<string>();
    let card = newCard(START);
    let t = START;
    const grades: Grade[] = [Rating.Good, Rating.Good, Rating.Again, Rating.Hard, Rating.Easy, Rating.Good, Rating.Again, Rating.Good, Rating.Easy, Rating.Hard];
    for (let i = 0; i < 60; i++) {
      const g = grades[i % grades.length] as Grade;
      seen.add(`${State[card.state]}:${Rating[g]}`);
      t += i % 3 === 0 ? 2 * DAY : 15 * MINUTE;
      card = review(scheduler, card, new Date(t), g);
    }
    for (const s of ['New', 'Learning', 'Review', 'Relearning']) expect([...seen].some((k) => k.startsWith(`${s}:`))).toBe(true);
    for (const g of ['Again', 'Hard', 'Good', 'Easy']) expect(seen.has(`Review:${g}`)).toBe(true);
  });

  it('counts a lapse only when a card in review is forgotten', () => {
    const s = createScheduler();
    let card = review(s, newCard(START), new Date(START), Rating.Again); // learning: no lapse
    expect(card.lapses).toBe(0);
    card = review(s, card, new Date(START + 10 * MINUTE), Rating.Easy);
    expect(card.state).toBe(State.Review);
    card = review(s, card, new Date(START + 30 * DAY), Rating.Again);
    expect(card.state).toBe(State.Relearning);
    expect(card.lapses).toBe(1);
    expect(card.due.getTime() - (START + 30 * DAY)).toBe(10 * MINUTE);
  });
});
