import { describe, expect, it } from 'vitest';
import { toAttempt } from '../../../src/session/attempt.ts';
import { CHOOSE_SCORES, gradeChoose, gradeSpot, gradeType } from '../../../src/session/grade.ts';
import type { ChooseQuestion, SpotQuestion, TypeQuestion } from '../../../src/session/question.ts';
import { fakeScorer, testCatalog } from './fixtures.ts';

const catalog = testCatalog();
const objection = catalog.objections.find((o) => o.id === 'too-expensive')!;
const persona = catalog.personas.get('hesitant')!;
const timing = { at: new Date('2026-01-02T03:04:05Z'), durationMs: 1234 };
const typeQ: TypeQuestion = { mode: 'type', index: 0, objection, text: "It's too expensive.", lang: 'en', persona };

describe('gradeType', () => {
  it('scores with the persona’s prefer and avoid, and lists the techniques found', () => {
    const scorer = fakeScorer(catalog);
    const r = gradeType(typeQ, 'What exactly are you comparing it with? It is a dollar a day.', scorer, timing, 'en');
    expect(r.score).toBe(100);
    expect(r.detected).toEqual(['clarify', 'daily-cost']);
    expect(scorer.calls[0]).toEqual({
      answer: 'What exactly are you comparing it with? It is a dollar a day.',
      target: { expect: ['clarify', 'daily-cost'], prefer: ['clarify'], avoid: ['pressure'] },
      opts: { lang: 'en' },
    });
  });

  it('gives an empty answer 0 with everything missing, without asking the scorer', () => {
    const scorer = fakeScorer(catalog);
    const r = gradeType(typeQ, '   ', scorer, timing);
    expect([r.score, r.scored.missing, scorer.calls.length]).toEqual([0, ['clarify', 'daily-cost'], 0]);
  });
});

describe('gradeChoose', () => {
  const question: ChooseQuestion = {
    mode: 'choose',
    index: 1,
    objection,
    text: 'x',
    lang: 'en',
    options: objection.responses.map((response, i) => ({ response, kind: (['best', 'weak', 'avoid', 'risky'] as const)[i]! })),
  };
  it.each([
    [0, 'best'],
    [1, 'weak'],
    [2, 'avoid'],
    [3, 'risky'],
  ] as const)('option %i (%s) scores its kind', (picked, kind) => {
    const r = gradeChoose(question, picked, 'text', timing);
    expect(r.score).toBe(CHOOSE_SCORES[kind]);
    expect(r.detected).toEqual(objection.responses[picked]!.uses);
  });
  it('only the best answer is a success', () => {
    expect(CHOOSE_SCORES.best).toBe(100);
    expect(Math.max(CHOOSE_SCORES.weak, CHOOSE_SCORES.avoid, CHOOSE_SCORES.risky)).toBeLessThan(50);
    expect(CHOOSE_SCORES.risky).toBe(0);
  });
});

describe('gradeSpot', () => {
  const question: SpotQuestion = {
    mode: 'spot',
    index: 2,
    objection,
    text: 'x',
    lang: 'en',
    response: { uses: ['clarify', 'empathize'], text: { en: 'I understand. What exactly worries you?' } },
    choices: ['clarify', 'empathize', 'daily-cost', 'pressure', 'social-proof', 'reschedule'],
  };
  it.each([
    [['clarify', 'empathize'], 100, [], []],
    [['clarify'], 50, ['empathize'], []],
    [['clarify', 'empathize', 'pressure'], 67, [], ['pressure']],
    [[], 0, ['clarify', 'empathize'], []],
    [['daily-cost'], 0, ['clarify', 'empathize'], ['daily-cost']],
  ])('ticking %o scores %i', (ticked, score, missed, wrong) => {
    const r = gradeSpot(question, ticked, timing);
    expect({ score: r.score, missed: r.missed, wrong: r.wrong }).toEqual({ score, missed, wrong });
  });
});

describe('toAttempt', () => {
  it('is one log line with the card key, the answer, what was found and expected, and timing', () => {
    const r = gradeType(typeQ, 'What exactly?', fakeScorer(catalog), timing);
    expect(toAttempt(r)).toEqual({
      v: 1,
      at: '2026-01-02T03:04:05.000Z',
      playbook: 'test',
      objection: 'too-expensive',
      lang: 'en',
      mode: 'type',
      answer: 'What exactly?',
      detected: ['clarify'],
      expected: ['clarify', 'daily-cost'],
      score: 50,
      durationMs: 1234,
      persona: 'hesitant',
    });
  });
});
