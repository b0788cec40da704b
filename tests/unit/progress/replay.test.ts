import { State } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { fixedOffset } from '../../../src/progress/day.ts';
import { cardKey, replay, replayCards } from '../../../src/progress/replay.ts';
import { attempt } from './attempts.ts';

const known = [
  { playbook: 'sales', id: 'too-expensive' },
  { playbook: 'sales', id: 'think-about-it' },
  { playbook: 'sales', id: 'cheaper-elsewhere' },
];

describe('replayCards', () => {
  it('keeps one card per (playbook, objection, language), languages compared without case', () => {
    const cards = replayCards([
      attempt({ at: '2024-05-06T09:00:00.000Z', lang: 'zh-Hant' }),
      attempt({ at: '2024-05-06T09:01:00.000Z', lang: 'zh-hant' }),
      attempt({ at: '2024-05-06T09:02:00.000Z', lang: 'en' }),
      attempt({ at: '2024-05-06T09:03:00.000Z', playbook: 'other' }),
      attempt({ at: '2024-05-06T09:04:00.000Z', objection: 'think-about-it' }),
    ]);
    expect(cards.size).toBe(4);
    const zh = cards.get(cardKey('sales', 'too-expensive', 'ZH-HANT'));
    expect(zh?.attempts).toBe(2);
    expect(zh?.card.reps).toBe(2);
    expect(zh?.lang).toBe('zh-Hant'); // as first written
  });

  it('counts fails (score under 40) and remembers the last score and time', () => {
    const cards = replayCards([
      attempt({ at: '2024-05-06T09:00:00.000Z', score: 10 }),
      attempt({ at: '2024-05-06T09:05:00.000Z', score: 39 }),
      attempt({ at: '2024-05-06T09:10:00.000Z', score: 40 }),
    ]);
    const c = cards.get(cardKey('sales', 'too-expensive', 'en'));
    expect(c).toMatchObject({ attempts: 3, fails: 2, lastScore: 40, lastAt: Date.parse('2024-05-06T09:10:00.000Z') });
  });

  it('gives the same cards whatever order concurrent sessions wrote the lines in', () => {
    const inOrder = [
      attempt({ at: '2024-05-06T09:00:00.000Z', score: 90 }),
      attempt({ at: '2024-05-07T09:00:00.000Z', score: 20 }),
      attempt({ at: '2024-05-09T09:00:00.000Z', score: 70 }),
    ];
    const shuffled = [inOrder[2], inOrder[0], inOrder[1]] as typeof inOrder;
    const a = replayCards(inOrder).get(cardKey('sales', 'too-expensive', 'en'));
    const b = replayCards(shuffled).get(cardKey('sales', 'too-expensive', 'en'));
    expect(b?.card).toEqual(a?.card);
    expect(b?.lastScore).toBe(70);
  });
});

describe('replay: practise on Monday, look on Wednesday', () => {
  // Monday 6 May 2024, in a zone two hours east of UTC.
  const monday = [
    attempt({ at: '2024-05-06T07:00:00.000Z', objection: 'too-expensive', score: 95, expected: ['per-day'], detected: ['per-day'] }),
    attempt({ at: '2024-05-06T07:02:00.000Z', objection: 'think-about-it', score: 20, expected: ['ask-why'], detected: [] }),
    attempt({ at: '2024-05-06T07:04:00.000Z', objection: 'cheaper-elsewhere', score: 70, expected: ['show-value', 'ask-why'], detected: ['show-value'] }),
  ];
  const wednesday = Date.parse('2024-05-08T08:00:00.000Z');
  const { cards, summary } = replay(monday, { now: wednesday, offsetAt: fixedOffset(120), known });

  it('shows what is due: the failed and the half-known objections, not the one answered perfectly', () => {
    const dueNow = [...cards.values()].filter((c) => c.card.due.getTime() <= wednesday).map((c) => c.objection).sort();
    expect(dueNow).toEqual(['cheaper-elsewhere', 'think-about-it']);
    expect(summary.due.now).toBe(2);
    const easy = cards.get(cardKey('sales', 'too-expensive', 'en'));
    expect(easy?.card.state).toBe(State.Review);
    expect(easy?.card.due.getTime()).toBeGreaterThan(wednesday);
  });

  it('shows what they are weak at: the technique never used first', () => {
    expect(summary.techniques.map((t) => [t.id, t.mastery])).toEqual([
      ['ask-why', 0],
      ['per-day', 1],
      ['show-value', 1],
    ]);
    expect(summary.techniques[0]).toMatchObject({ expected: 2, shown: 0, recent: 2 });
  });

  it('counts Monday in the trend and the streak as broken on Wednesday', () => {
    const monday = summary.accuracy.find((d) => d.day === '2024-05-06');
    expect(monday).toEqual({ day: '2024-05-06', attempts: 3, meanScore: 61.7 });
    expect(summary.accuracy).toHaveLength(30);
    expect(summary.accuracy.at(-1)?.day).toBe('2024-05-08');
    expect(summary.streak).toEqual({ current: 0, longest: 1, practisedToday: false });
  });
});
