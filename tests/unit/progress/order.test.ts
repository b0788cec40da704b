import { describe, expect, it } from 'vitest';
import { fixedOffset } from '../../../src/progress/day.ts';
import { createPrioritise, masteryById, type OrderCandidate } from '../../../src/progress/order.ts';
import { replay } from '../../../src/progress/replay.ts';
import { attempt } from './attempts.ts';

const c = (id: string, expect: string[] = []): OrderCandidate => ({ playbook: 'sales', id, expect });
const now = Date.parse('2024-05-08T09:00:00.000Z');

// History: "late" failed long ago (most overdue), "soon" failed recently (due, less overdue),
// "strong" and "weak" answered well enough to be scheduled days ahead, with different techniques.
const history = [
  attempt({ at: '2024-05-01T09:00:00.000Z', objection: 'late', score: 10 }),
  attempt({ at: '2024-05-08T08:00:00.000Z', objection: 'soon', score: 10 }),
  attempt({ at: '2024-05-07T09:00:00.000Z', objection: 'strong', score: 95, expected: ['per-day'], detected: ['per-day'] }),
  attempt({ at: '2024-05-07T09:01:00.000Z', objection: 'weak', score: 90, expected: ['ask-why'], detected: [] }),
];
const { cards, summary } = replay(history, { now, offsetAt: fixedOffset(0) });
const mastery = masteryById(summary.techniques);
const candidates = [c('new-1', ['ask-why']), c('strong', ['per-day']), c('soon'), c('weak', ['ask-why']), c('late'), c('new-2')];
const ids = (xs: readonly OrderCandidate[]) => xs.map((x) => x.id);

describe('practice order', () => {
  it('due first (most overdue first), then never practised (in the order given), then weakest techniques first', () => {
    const prioritise = createPrioritise(cards, mastery, { now, lang: 'en' });
    expect(ids(prioritise(candidates))).toEqual(['late', 'soon', 'new-1', 'new-2', 'weak', 'strong']);
  });

  it('--due keeps only what is due', () => {
    expect(ids(createPrioritise(cards, mastery, { now, lang: 'en', only: 'due' })(candidates))).toEqual(['late', 'soon']);
  });

  it('--new keeps only what was never practised', () => {
    expect(ids(createPrioritise(cards, mastery, { now, lang: 'en', only: 'new' })(candidates))).toEqual(['new-1', 'new-2']);
  });

  it('a card is per language: practised in English is new in Persian', () => {
    expect(ids(createPrioritise(cards, mastery, { now, lang: 'fa', only: 'new' })(candidates))).toEqual(ids(candidates));
    const perCandidate = createPrioritise(cards, mastery, { now, lang: 'en', langOf: (x) => (x.id === 'late' ? 'fa' : 'en'), only: 'due' });
    expect(ids(perCandidate(candidates))).toEqual(['soon']);
  });

  it('with wording, the card is the one of the language the objection will be asked in', () => {
    // Asked for German, "late" has only English wording: it is asked, and was practised, in English.
    const worded = candidates.map((x) => ({ ...x, text: { en: [`${x.id} (en)`] } }));
    const prioritise = createPrioritise(cards, mastery, { now, lang: 'de', only: 'due' });
    expect(ids(prioritise(worded))).toEqual(['late', 'soon']);
    const inRussian = candidates.map((x) => ({ ...x, text: { en: ['x'], ru: ['y'] } }));
    expect(ids(createPrioritise(cards, mastery, { now, lang: 'ru-RU', only: 'due' })(inRussian))).toEqual([]);
  });

  it('returns the candidates themselves, so the caller keeps its own type', () => {
    const rich = candidates.map((x) => ({ ...x, label: x.id.toUpperCase() }));
    const out = createPrioritise(cards, mastery, { now, lang: 'en' })(rich);
    expect(out[0]).toBe(rich[4]);
    expect(out[0]?.label).toBe('LATE');
  });

  it('with no history everything is new, in the order given', () => {
    const empty = replay([], { now, offsetAt: fixedOffset(0) });
    expect(ids(createPrioritise(empty.cards, masteryById(empty.summary.techniques), { now, lang: 'en' })(candidates))).toEqual(ids(candidates));
  });
});
