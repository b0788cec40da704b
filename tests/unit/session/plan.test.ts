import { describe, expect, it } from 'vitest';
import { buildChooseOptions, buildSpotChoices, CHOOSE_OPTIONS, classifyResponse } from '../../../src/session/choices.ts';
import { planSession, type PlanOptions } from '../../../src/session/plan.ts';
import type { ChooseQuestion, Question, SpotQuestion } from '../../../src/session/question.ts';
import { createSeededRandom, shuffle } from '../../../src/session/random.ts';
import { testCatalog } from './fixtures.ts';

const catalog = testCatalog();
const base: PlanOptions = { mode: 'type', count: 5, lang: 'en' };
const plan = (options: Partial<PlanOptions> = {}, seed = 1, prioritise?: Parameters<typeof planSession>[2]['prioritise']) => {
  const r = planSession(catalog, { ...base, ...options }, { random: createSeededRandom(seed), ...(prioritise ? { prioritise } : {}) });
  if (!r.ok) throw new Error(`plan failed: ${r.problem.code}`);
  return r.plan;
};
const ids = (qs: readonly Question[]) => qs.map((q) => q.objection.id);
const objection = (id: string) => catalog.objections.find((o) => o.id === id)!;

describe('seeded randomness', () => {
  it('repeats with the same seed and differs with another', () => {
    const a = createSeededRandom(42);
    const b = createSeededRandom(42);
    const xs = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(createSeededRandom(43)()).not.toBe(xs[0]);
  });

  it('shuffles without losing or changing the input', () => {
    const input = [1, 2, 3, 4, 5, 6];
    const out = shuffle(createSeededRandom(7), input);
    expect([...out].sort()).toEqual(input);
    expect(input).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe('planSession', () => {
  it('asks every objection at most once, capped by --count', () => {
    expect(plan({ count: 2 }).questions).toHaveLength(2);
    const all = plan({ count: 10 }).questions;
    expect(new Set(ids(all)).size).toBe(3);
    expect(all.map((q) => q.index)).toEqual([0, 1, 2]);
  });

  it('gives the same session for the same seed', () => {
    const a = plan({ mode: 'mixed' }, 99);
    const b = plan({ mode: 'mixed' }, 99);
    expect(ids(a.questions)).toEqual(ids(b.questions));
    expect(a.questions.map((q) => [q.mode, q.text, q.persona?.id])).toEqual(b.questions.map((q) => [q.mode, q.text, q.persona?.id]));
    const orders = new Set(Array.from({ length: 12 }, (_, seed) => ids(plan({}, seed).questions).join()));
    expect(orders.size).toBeGreaterThan(1);
  });

  it('orders through the injected prioritise hook', () => {
    const seen: string[][] = [];
    const p = plan({ count: 2 }, 1, (candidates) => {
      seen.push(candidates.map((c) => c.id));
      return [...candidates].sort((a, b) => b.id.localeCompare(a.id));
    });
    expect(seen[0]?.sort()).toEqual(['cheaper-elsewhere', 'think-about-it', 'too-expensive']);
    expect(ids(p.questions)).toEqual(['too-expensive', 'think-about-it']);
  });

  it('filters by --objection (id or playbook/id), --technique and --category', () => {
    expect(ids(plan({ objections: ['test/think-about-it'] }).questions)).toEqual(['think-about-it']);
    expect(ids(plan({ techniques: ['reschedule'] }).questions)).toEqual(['think-about-it']);
    expect(ids(plan({ category: 'PRICE' }).questions).sort()).toEqual(['cheaper-elsewhere', 'too-expensive']);
  });

  it.each([
    [{ objections: ['nope'] }, { code: 'unknown-objection', id: 'nope' }],
    [{ techniques: ['telepathy'] }, { code: 'unknown-technique', id: 'telepathy' }],
    [{ persona: 'ghost' }, { code: 'unknown-persona', id: 'ghost' }],
    [{ category: 'weather' }, { code: 'nothing-to-practise' }],
  ])('reports %o as a problem, not an exception', (options, problem) => {
    const r = planSession(catalog, { ...base, ...options }, { random: createSeededRandom(1) });
    expect(r).toEqual({ ok: false, problem });
  });

  it('asks in --lang, falling back to English for a missing language', () => {
    const zh = plan({ lang: 'zh', objections: ['too-expensive'] }).questions[0]!;
    expect([zh.lang, zh.text]).toEqual(['zh', '太贵了。']);
    const zhOnly = plan({ lang: 'zh', objections: ['cheaper-elsewhere'] }).questions[0]!;
    expect([zhOnly.lang, zhOnly.text]).toEqual(['en', 'It is cheaper elsewhere.']);
    const fa = plan({ lang: 'fa-IR', objections: ['too-expensive'] }).questions[0]!;
    expect(fa.lang).toBe('en');
  });

  it('draws a persona from those the objection names, or uses --persona for every question', () => {
    const drawn = plan({ count: 10 }).questions;
    expect(drawn.find((q) => q.objection.id === 'too-expensive')?.persona?.id).toBe('hesitant');
    expect(drawn.find((q) => q.objection.id === 'cheaper-elsewhere')?.persona).toBeUndefined();
    const fixed = plan({ persona: 'know-it-all', count: 10 }).questions;
    // Only the objections this customer raises.
    expect(ids(fixed)).toEqual(['think-about-it']);
    expect(fixed.every((q) => q.persona?.id === 'know-it-all')).toBe(true);
  });

  it('skips objections a mode cannot ask, and mixes modes with --mode mixed', () => {
    // cheaper-elsewhere has only one sound response, but borrowed distractors still make a choose question.
    const choose = plan({ mode: 'choose', count: 10 }).questions;
    expect(choose.every((q) => q.mode === 'choose')).toBe(true);
    expect(choose).toHaveLength(3);
    const modes = new Set(Array.from({ length: 10 }, (_, seed) => plan({ mode: 'mixed', count: 10 }, seed).questions.map((q) => q.mode)).flat());
    expect([...modes].sort()).toEqual(['choose', 'spot', 'type']);
  });
});

describe('choose options', () => {
  const options = (id: string, seed: number, persona?: string) =>
    buildChooseOptions(objection(id), catalog, createSeededRandom(seed), persona ? catalog.personas.get(persona) : undefined)!;

  it('has exactly one best answer and up to three distractors, the risky one first', () => {
    for (let seed = 0; seed < 20; seed++) {
      const opts = options('too-expensive', seed);
      expect(opts.length).toBe(CHOOSE_OPTIONS);
      expect(opts.filter((o) => o.kind === 'best')).toHaveLength(1);
      expect(opts.some((o) => o.kind === 'risky' && o.response.uses.includes('false-floor'))).toBe(true);
      expect(opts.some((o) => o.kind === 'weak' && o.response.uses.includes('social-proof'))).toBe(true);
    }
  });

  it('classifies by risk, persona and expect', () => {
    const o = objection('too-expensive');
    const kinds = o.responses.map((r) => classifyResponse(r, o, catalog));
    expect(kinds).toEqual(['best', 'best', 'weak', 'risky']);
    // The know-it-all dislikes daily-cost: for them that answer is not the best.
    expect(classifyResponse(o.responses[0]!, o, catalog, catalog.personas.get('know-it-all'))).toBe('avoid');
  });

  it('prefers what the persona prefers as the best answer', () => {
    for (let seed = 0; seed < 10; seed++) {
      const best = options('too-expensive', seed, 'hesitant').find((o) => o.kind === 'best')!;
      expect(best.response.uses).toEqual(['clarify']);
    }
  });

  it('borrows distractors from other objections, same category first', () => {
    const opts = options('cheaper-elsewhere', 3);
    const borrowed = opts.filter((o) => o.borrowedFrom);
    expect(borrowed.map((o) => o.borrowedFrom)).toEqual(['too-expensive', 'too-expensive', 'too-expensive']);
    expect(borrowed.some((o) => o.kind === 'risky' && o.response.uses.includes('false-floor'))).toBe(true);
  });
});

describe('spot choices', () => {
  it('offers the response’s own techniques among decoys, expected ones first', () => {
    for (let seed = 0; seed < 10; seed++) {
      const spot = buildSpotChoices(objection('think-about-it'), catalog, createSeededRandom(seed))!;
      expect(spot.choices).toHaveLength(6);
      expect(new Set(spot.choices).size).toBe(6);
      for (const id of spot.response.uses) expect(spot.choices).toContain(id);
      for (const id of objection('think-about-it').expect) expect(spot.choices).toContain(id);
    }
  });

  it('builds questions that carry their choices', () => {
    const q = plan({ mode: 'spot', objections: ['too-expensive'] }).questions[0] as SpotQuestion;
    expect(q.mode).toBe('spot');
    expect(q.choices).toEqual(expect.arrayContaining(q.response.uses as string[]));
    const c = plan({ mode: 'choose', objections: ['too-expensive'] }).questions[0] as ChooseQuestion;
    expect(c.options.length).toBe(4);
  });
});
