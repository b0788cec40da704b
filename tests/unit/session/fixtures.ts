// A small multilingual catalog and a fake scorer for session tests (the real scorer has its own).
import { buildCatalog } from '../../../src/playbook/catalog.ts';
import type { Catalog } from '../../../src/playbook/model.ts';
import { toPlaybook } from '../../../src/playbook/to-model.ts';
import type { Detection, ScoreResult, Scorer } from '../../../src/scoring/types.ts';

const technique = (id: string, family: string, en: string, zh: string, cues: string[], risk?: string) => ({
  id,
  family,
  name: { en, zh, ru: `${en} (ru)`, fa: `${en} (fa)` },
  summary: { en: `How to ${en.toLowerCase()}.` },
  cues: { en: cues },
  ...(risk ? { risk: { en: risk } } : {}),
});

export const DATA = {
  parry: 1,
  id: 'test',
  techniques: [
    technique('clarify', 'explore', 'Clarify', '澄清', ['what exactly', 'comparing']),
    technique('empathize', 'acknowledge', 'Empathize', '共情', ['i understand']),
    technique('daily-cost', 'value', 'Daily cost', '平均法', ['a day']),
    technique('value-over-price', 'value', 'Value over price', '一分钱一分货', ['you get what you pay']),
    technique('social-proof', 'proof', 'Social proof', '例证法', ['other customers']),
    technique('reschedule', 'follow-through', 'Reschedule', '约时间', ['call you at']),
    technique('pressure', 'risky', 'Pressure', '施压', ['or are you afraid'], 'Coercive.'),
    technique('false-floor', 'risky', 'False floor', '底牌法', ['lowest price'], 'Deceptive.'),
  ],
  personas: [
    { id: 'hesitant', name: { en: 'Hesitant', zh: '犹豫型' }, description: { en: 'Cannot decide.' }, prefer: ['clarify'], avoid: ['pressure'] },
    { id: 'know-it-all', name: { en: 'Know-it-all', zh: '我最聪明型' }, prefer: ['empathize'], avoid: ['daily-cost'] },
  ],
  objections: [
    {
      id: 'too-expensive',
      category: 'price',
      text: { en: ["It's too expensive.", 'That is more than we wanted to spend.'], zh: ['太贵了。'] },
      motto: { en: 'You get what you pay for.', zh: '一分钱一分货。' },
      expect: ['clarify', 'daily-cost'],
      personas: ['hesitant'],
      responses: [
        { uses: ['daily-cost'], text: { en: 'It is about forty cents a day.', zh: '每天不到三块钱。' } },
        { uses: ['clarify'], text: { en: 'What exactly are you comparing it with?', zh: '您是和什么比较的呢？' } },
        { uses: ['social-proof'], text: { en: 'Other customers found it paid off.' } },
        { uses: ['false-floor'], text: { en: 'This is our lowest price, really.' }, note: { en: "Don't say this: it is not the floor." } },
      ],
    },
    {
      id: 'think-about-it',
      category: 'stall',
      text: { en: ["I'll think about it."], zh: ['我再考虑考虑。'] },
      expect: ['clarify', 'reschedule'],
      personas: ['hesitant', 'know-it-all'],
      responses: [
        { uses: ['clarify'], text: { en: 'Which part would you like to think over?' } },
        { uses: ['reschedule'], text: { en: 'May I call you at eight tonight?' } },
        { uses: ['pressure'], text: { en: 'Decide now, or are you afraid?' } },
      ],
    },
    {
      id: 'cheaper-elsewhere',
      category: 'price',
      text: { en: ['It is cheaper elsewhere.'] },
      expect: ['value-over-price'],
      personas: [],
      responses: [{ uses: ['value-over-price'], text: { en: 'You get what you pay for here.' } }],
    },
  ],
};

export function testCatalog(): Catalog {
  return buildCatalog([toPlaybook(DATA, { file: 'test.yaml' })]);
}

/** Finds the English cues of the fixture by substring; scores the share of expected techniques shown. */
export function fakeScorer(catalog: Catalog = testCatalog()): Scorer & { calls: unknown[] } {
  const calls: unknown[] = [];
  const detect = (answer: string) => {
    const lower = answer.toLowerCase();
    const detections: Detection[] = [];
    for (const t of catalog.techniques.values()) {
      for (const cue of t.cues.en ?? []) {
        const at = lower.indexOf(cue);
        if (at >= 0) detections.push({ technique: t.id, cue, cueLang: 'en', start: at, end: at + cue.length, text: answer.slice(at, at + cue.length) });
      }
    }
    detections.sort((a, b) => a.start - b.start);
    return { lang: 'en', detections };
  };
  return {
    calls,
    detect,
    score(answer, target, opts): ScoreResult {
      calls.push({ answer, target, opts });
      const { detections } = detect(answer);
      const found = new Set(detections.map((d) => d.technique));
      const risky = [...found].filter((id) => catalog.techniques.get(id)?.family === 'risky');
      const matched = target.expect.filter((id) => found.has(id));
      const missing = target.expect.filter((id) => !found.has(id));
      const bonus = [...found].filter((id) => !target.expect.includes(id) && !risky.includes(id));
      const score = risky.length > 0 ? 0 : Math.round((100 * matched.length) / Math.max(1, target.expect.length));
      return { score, lang: 'en', detections, matched, missing, bonus, risky };
    },
  };
}
