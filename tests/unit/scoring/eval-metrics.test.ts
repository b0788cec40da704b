import { describe, expect, it } from 'vitest';
import { evaluate, figures, type CaseResult } from '../../../src/scoring/eval-metrics.ts';

const c = (lang: string, expected: string[], found: string[], id?: string): CaseResult => ({
  index: 0,
  id,
  lang,
  answer: `answer ${id ?? ''}`,
  expected,
  found,
  evidence: Object.fromEntries(found.map((f) => [f, { text: `text of ${f}`, cue: `cue of ${f}` }])),
});

describe('figures', () => {
  it('computes precision, recall and F1, with vacuous cases at 1', () => {
    expect(figures({ tp: 3, fp: 1, fn: 2 })).toMatchObject({ precision: 0.75, recall: 0.6, support: 5 });
    expect(figures({ tp: 3, fp: 1, fn: 2 }).f1).toBeCloseTo((2 * 0.75 * 0.6) / 1.35);
    expect(figures({ tp: 0, fp: 0, fn: 2 })).toMatchObject({ precision: 1, recall: 0, f1: 0 });
    expect(figures({ tp: 0, fp: 2, fn: 0 })).toMatchObject({ precision: 0, recall: 1, f1: 0 });
  });
});

describe('evaluate', () => {
  const report = evaluate(
    [
      c('en', ['clarify'], ['clarify'], 'a'),
      c('en', ['clarify', 'roi'], ['clarify', 'pressure'], 'b'),
      c('zh', [], ['empathize'], 'c'),
      c('zh', ['roi'], ['roi'], 'd'),
    ],
    (t) => t === 'pressure',
  );

  it('counts per technique and micro', () => {
    expect(report.techniques.clarify).toMatchObject({ tp: 2, fp: 0, fn: 0, f1: 1 });
    expect(report.techniques.roi).toMatchObject({ tp: 1, fp: 0, fn: 1, support: 2 });
    expect(report.techniques.pressure).toMatchObject({ tp: 0, fp: 1, precision: 0 });
    expect(report.micro).toMatchObject({ tp: 3, fp: 2, fn: 1 });
    expect(report.macro.f1).toBeCloseTo((1 + 2 / 3 + 0 + 0) / 4);
  });

  it('groups by language and reports risky precision', () => {
    expect(Object.keys(report.languages)).toEqual(['en', 'zh']);
    expect(report.languages.en!.micro).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(report.languages.zh!.cases).toBe(2);
    expect(report.risky).toMatchObject({ tp: 0, fp: 1, precision: 0 });
  });

  it('lists the misses with their evidence, and counts exact cases', () => {
    expect(report.passed).toBe(2);
    expect(report.failed).toBe(2);
    expect(report.misses.map((m) => m.id)).toEqual(['b', 'c']);
    expect(report.misses[0]).toMatchObject({ missed: ['roi'], unexpected: [{ technique: 'pressure', text: 'text of pressure' }] });
  });
});
