import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { toPlaybook } from '../../../src/playbook/to-model.ts';
import { evaluate } from '../../../src/scoring/eval-metrics.ts';
import { coreScorer } from './core-scorer.ts';

// A regression guard, not a quality claim (see the file's header and docs/scoring.md, "Quality").
describe('probe sets', () => {
  it('keep micro-F1 ≥ 0.9 in every language', () => {
    const { scorer } = coreScorer();
    const cases = toPlaybook(parse(readFileSync(new URL('../../fixtures/scoring/probe-sets.yaml', import.meta.url), 'utf8'))).cases;
    const report = evaluate(
      cases.map((c, index) => ({
        index,
        lang: c.lang ?? 'en',
        answer: c.answer,
        expected: c.expect,
        found: scorer.detect(c.answer, { lang: c.lang }).detections.map((d) => d.technique),
      })),
      (id) => scorer.isRisky(id),
    );
    expect(report.cases).toBe(100);
    for (const [lang, g] of Object.entries(report.languages)) expect(g.micro.f1, lang).toBeGreaterThanOrEqual(0.9);
  });
});
