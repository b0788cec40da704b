import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { toPlaybook } from '../../../src/playbook/to-model.ts';
import { evaluate } from '../../../src/scoring/eval-metrics.ts';
import { coreScorer } from './core-scorer.ts';

// Regression guards, not quality claims: every set below has been studied while widening the cues,
// so these figures are optimistic (docs/scoring.md, "Quality", gives the first-contact figures).
const report = (file: string) => {
  const { scorer } = coreScorer();
  const cases = toPlaybook(parse(readFileSync(new URL(file, import.meta.url), 'utf8'))).cases;
  return evaluate(
    cases.map((c, index) => ({
      index,
      lang: c.lang ?? 'en',
      answer: c.answer,
      expected: c.expect,
      found: scorer.detect(c.answer, { lang: c.lang }).detections.map((d) => d.technique),
    })),
    (id) => scorer.isRisky(id),
  );
};

describe('probe sets', () => {
  it('first-round probes keep micro-F1 ≥ 0.9 in every language', () => {
    const r = report('../../fixtures/scoring/probe-sets.yaml');
    expect(r.cases).toBe(100);
    for (const [lang, g] of Object.entries(r.languages)) expect(g.micro.f1, lang).toBeGreaterThanOrEqual(0.9);
  });

  it.each(['en', 'zh', 'ru', 'fa'])('independent probe set %s keeps micro-F1 ≥ 0.9 and risky precision ≥ 0.9', (lang) => {
    const r = report(`../../fixtures/probes/probe-${lang}.yaml`);
    expect(r.cases).toBe(50);
    expect(r.micro.f1).toBeGreaterThanOrEqual(0.9);
    expect(r.risky.precision).toBeGreaterThanOrEqual(0.9);
  });

  it.each(['en', 'zh', 'ru', 'fa'])('second independent probe set %s keeps micro-F1 ≥ 0.9 and risky precision ≥ 0.8', (lang) => {
    const r = report(`../../fixtures/probes2/probe2-${lang}.yaml`);
    expect(r.cases).toBe(40);
    expect(r.micro.f1).toBeGreaterThanOrEqual(0.9);
    expect(r.risky.precision).toBeGreaterThanOrEqual(0.8);
  });

  it('the generalisation round set keeps micro-F1 ≥ 0.85', () => {
    const r = report('../../fixtures/scoring/fresh-a.yaml');
    expect(r.micro.f1).toBeGreaterThanOrEqual(0.85);
  });

  it('Chinese small talk, logistics and product facts stay quiet; the narrowed cues still fire', () => {
    const r = report('../../fixtures/scoring/zh-precision.yaml');
    expect(r.cases).toBe(66);
    // one known disagreement left: 是价格还是款式 reads as direct-question (docs/scoring.md)
    expect(r.micro.fp).toBeLessThanOrEqual(1);
    expect(r.micro.precision).toBeGreaterThanOrEqual(0.9);
  });
});
