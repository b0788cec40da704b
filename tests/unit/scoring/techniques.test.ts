import { describe, expect, it } from 'vitest';
import { coreScorer } from './core-scorer.ts';
import { TECHNIQUE_CASES } from './technique-cases.ts';

const { scorer, techniques } = coreScorer();
const found = (answer: string) => scorer.detect(answer).detections.map((d) => d.technique);

describe('core cues', () => {
  it('compile without errors', () => {
    expect(scorer.errors).toEqual([]);
  });

  it('cover every core technique in en, zh, ru and fa, and the table covers every technique', () => {
    for (const t of techniques) {
      for (const lang of ['en', 'zh', 'ru', 'fa']) expect(t.cues[lang]?.length ?? 0, `${t.id} ${lang}`).toBeGreaterThan(0);
      expect(TECHNIQUE_CASES[t.id], t.id).toBeDefined();
    }
  });
});

for (const [technique, langs] of Object.entries(TECHNIQUE_CASES)) {
  describe(technique, () => {
    for (const [lang, { yes, no }] of Object.entries(langs)) {
      it.each(yes)(`${lang}: found in %s`, (answer) => {
        expect(found(answer)).toContain(technique);
      });
      it.each(no)(`${lang}: not found in %s`, (answer) => {
        expect(found(answer)).not.toContain(technique);
      });
    }
  });
}
