import { describe, expect, it } from 'vitest';
import { fixedOffset, localDay, type OffsetAt } from '../../../src/progress/day.ts';
import { replay } from '../../../src/progress/replay.ts';
import { streakOf } from '../../../src/progress/summary.ts';
import { attempt } from './attempts.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('streak', () => {
  it('counts consecutive local days ending today, or yesterday while today is still open', () => {
    expect(streakOf(new Set([8, 9, 10]), 10)).toEqual({ current: 3, longest: 3, practisedToday: true });
    expect(streakOf(new Set([8, 9]), 10)).toEqual({ current: 2, longest: 2, practisedToday: false });
    expect(streakOf(new Set([7, 8]), 10)).toEqual({ current: 0, longest: 2, practisedToday: false });
    expect(streakOf(new Set([1, 2, 3, 4, 9, 10]), 10)).toEqual({ current: 2, longest: 4, practisedToday: true });
    expect(streakOf(new Set(), 10)).toEqual({ current: 0, longest: 0, practisedToday: false });
  });

  it('uses the learner’s midnight, not UTC’s', () => {
    // 22:30 UTC on the 6th and 00:30 UTC on the 8th: in Tehran (+03:30) that is the 7th and the 8th.
    const attempts = [attempt({ at: '2024-05-06T22:30:00.000Z' }), attempt({ at: '2024-05-08T00:30:00.000Z' })];
    const now = Date.parse('2024-05-08T06:00:00.000Z');
    expect(replay(attempts, { now, offsetAt: fixedOffset(210) }).summary.streak.current).toBe(2);
    expect(replay(attempts, { now, offsetAt: fixedOffset(0) }).summary.streak.current).toBe(1);
  });

  it('follows a daylight-saving change (offset per instant)', () => {
    // A zone at +1 before 2024-03-31T01:00Z and +2 after (Central Europe).
    const cet: OffsetAt = (ms) => (ms < Date.parse('2024-03-31T01:00:00Z') ? 60 : 120);
    expect(localDay(Date.parse('2024-03-30T23:30:00Z'), cet)).toBe(localDay(Date.parse('2024-03-31T00:30:00Z'), cet));
    expect(localDay(Date.parse('2024-03-31T22:30:00Z'), cet)).toBe(localDay(Date.parse('2024-03-31T00:30:00Z'), cet) + 1);
  });
});

describe('summary', () => {
  const now = Date.parse('2024-05-20T12:00:00.000Z');
  const opts = { now, offsetAt: fixedOffset(0) };

  it('lists leeches: cards failed four or more times, most failed first', () => {
    const fails = (objection: string, n: number, lang = 'en') =>
      Array.from({ length: n }, (_, i) => attempt({ at: new Date(now - (10 - i) * DAY).toISOString(), objection, lang, score: 10 }));
    const { summary } = replay([...fails('a', 4), ...fails('b', 3), ...fails('c', 6), ...fails('a', 2, 'ru')].sort((x, y) => x.at.localeCompare(y.at)), opts);
    expect(summary.leeches.map((l) => [l.objection, l.lang, l.fails])).toEqual([
      ['c', 'en', 6],
      ['a', 'en', 4],
    ]);
  });

  it('reports objections no loaded playbook defines, and leaves them out of what is due', () => {
    const { summary } = replay(
      [
        attempt({ at: '2024-05-01T09:00:00.000Z', objection: 'gone', lang: 'en', score: 10 }),
        attempt({ at: '2024-05-01T09:01:00.000Z', objection: 'gone', lang: 'fa', score: 10 }),
        attempt({ at: '2024-05-01T09:02:00.000Z', objection: 'too-expensive', score: 10 }),
      ],
      { ...opts, known: [{ playbook: 'sales', id: 'too-expensive' }] },
    );
    expect(summary.missing).toEqual([{ playbook: 'sales', objection: 'gone', langs: ['en', 'fa'], attempts: 2 }]);
    expect(summary.due.now).toBe(1);
    expect(summary.cards).toBe(3);
    expect(summary.objections).toBe(2);
  });

  it('counts due now, today and this week cumulatively, in local days', () => {
    // Three cards answered well long ago, then one review each, so they fall due at known times.
    const { cards, summary } = replay(
      [
        attempt({ at: '2024-05-20T11:59:00.000Z', objection: 'x', score: 10 }), // relearning: due in 1 minute → now
        attempt({ at: '2024-05-20T11:00:00.000Z', objection: 'y', score: 10 }), // due 11:01 → now
      ].sort((a, b) => a.at.localeCompare(b.at)),
      { now: Date.parse('2024-05-20T11:59:30.000Z'), offsetAt: fixedOffset(0) },
    );
    expect([...cards.values()].map((c) => c.card.due.toISOString()).sort()).toEqual(['2024-05-20T11:01:00.000Z', '2024-05-20T12:00:00.000Z']);
    expect(summary.due).toEqual({ now: 1, today: 2, week: 2 });
  });

  it('"today" ends at the learner’s midnight (Kathmandu, +05:45)', () => {
    // Good on a new card: due again in 10 minutes, at 18:20 UTC — 00:05 the next day in Kathmandu.
    const attempts = [attempt({ at: '2024-05-20T18:10:00.000Z', score: 70 })];
    const at = Date.parse('2024-05-20T18:12:00.000Z');
    expect(replay(attempts, { now: at, offsetAt: fixedOffset(345) }).summary.due).toEqual({ now: 0, today: 0, week: 1 });
    expect(replay(attempts, { now: at, offsetAt: fixedOffset(0) }).summary.due).toEqual({ now: 0, today: 1, week: 1 });
  });

  it('mastery looks at the last ten attempts that expected the technique', () => {
    const early = Array.from({ length: 10 }, (_, i) =>
      attempt({ at: new Date(now - (30 - i) * DAY).toISOString(), expected: ['ask-why'], detected: [] }),
    );
    const late = Array.from({ length: 10 }, (_, i) =>
      attempt({ at: new Date(now - (15 - i) * DAY).toISOString(), expected: ['ask-why'], detected: i < 7 ? ['ask-why'] : [] }),
    );
    const [m] = replay([...early, ...late], opts).summary.techniques;
    expect(m).toEqual({ id: 'ask-why', expected: 20, shown: 7, recent: 10, mastery: 0.7 });
  });

  it('averages scores per local day over the last 30 days, null where there was no practice', () => {
    const { summary } = replay(
      [
        attempt({ at: '2024-04-10T09:00:00.000Z', score: 100 }), // before the window
        attempt({ at: '2024-05-19T09:00:00.000Z', score: 50 }),
        attempt({ at: '2024-05-19T10:00:00.000Z', score: 81 }),
        attempt({ at: '2024-05-20T09:00:00.000Z', score: 90 }),
      ],
      opts,
    );
    expect(summary.accuracy[0]?.day).toBe('2024-04-21');
    expect(summary.accuracy.slice(-3)).toEqual([
      { day: '2024-05-18', attempts: 0, meanScore: null },
      { day: '2024-05-19', attempts: 2, meanScore: 65.5 },
      { day: '2024-05-20', attempts: 1, meanScore: 90 },
    ]);
    expect(summary.firstAt).toBe('2024-04-10T09:00:00.000Z');
    expect(summary.lastAt).toBe('2024-05-20T09:00:00.000Z');
  });

  it('an empty log gives an empty summary', () => {
    const { summary } = replay([], opts);
    expect(summary).toMatchObject({ attempts: 0, cards: 0, firstAt: null, lastAt: null, techniques: [], leeches: [], missing: [] });
    expect(summary.due).toEqual({ now: 0, today: 0, week: 0 });
  });
});
