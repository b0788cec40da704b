import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../../src/playbook/catalog.ts';
import { toPlaybook } from '../../../src/playbook/to-model.ts';
import { gradeChoose, gradeSpot, gradeType } from '../../../src/session/grade.ts';
import type { ChooseQuestion, SpotQuestion, TypeQuestion } from '../../../src/session/question.ts';
import { summarise } from '../../../src/session/summary.ts';
import { displayWidth } from '../../../src/ui/layout.ts';
import { practiceMessages } from '../../../src/ui/messages/practice.ts';
import { createKit } from '../../../src/ui/practice/kit.ts';
import { modelResponse } from '../../../src/ui/practice/feedback.ts';
import { duration } from '../../../src/ui/practice/summary.ts';
import { createPracticeView, type PracticeViewOptions } from '../../../src/ui/practice/view.ts';
import { createTheme } from '../../../src/ui/theme.ts';
import { DATA, fakeScorer, testCatalog } from '../session/fixtures.ts';

const catalog = testCatalog();
const objection = (id: string) => catalog.objections.find((o) => o.id === id)!;
const timing = { at: new Date('2026-03-01T09:00:05Z'), durationMs: 5000 };
const view = (o: Partial<PracticeViewOptions> = {}) =>
  createPracticeView({ theme: createTheme(0), messages: practiceMessages(o.lang ?? 'en'), lang: 'en', answerLang: 'en', catalog, width: 80, ...o });
const typeQ = (id = 'too-expensive', persona?: string): TypeQuestion => ({
  mode: 'type',
  index: 0,
  objection: objection(id),
  text: objection(id).text.en![0]!,
  lang: 'en',
  ...(persona ? { persona: catalog.personas.get(persona)! } : {}),
});
const ESC = /[\u001b\u009b]/;

describe('type feedback', () => {
  const answer = 'I understand. What exactly are you comparing it with?';
  const result = gradeType(typeQ(), answer, fakeScorer(catalog), timing);

  it('highlights the evidence in the learner’s own words', () => {
    const text = view().feedback(result);
    expect(text).toContain('[I understand]. [What exactly] are you [comparing] it with?');
    const coloured = view({ theme: createTheme(1) }).feedback(result);
    const highlight = createTheme(1).highlight;
    expect(coloured).toContain(highlight('What exactly'));
    expect(stripVTControlCharacters(coloured)).toContain(answer);
  });

  it('lists what was found with its words, and what was missing with a model response', () => {
    const text = view().feedback(result);
    expect(text).toMatch(/What you did\n {2}✓ Empathize — “I understand”\n {2}✓ Clarify — “What exactly” “comparing”/);
    expect(text).toMatch(/What was missing\n {2}✗ Daily cost\n.*\n {4}Try: “It is about forty cents a day\.”/);
    expect(text).toContain('Remember: You get what you pay for.');
    expect(text).toContain('Score: 50/100');
  });

  it('after a model-grade answer, the techniques left out are suggestions, not gaps', () => {
    const base = fakeScorer(catalog);
    const generous = { ...base, score: (...args: Parameters<typeof base.score>) => ({ ...base.score(...args), score: 90 }) };
    const strong = gradeType(typeQ(), answer, generous, timing);
    const text = view().feedback(strong);
    expect(text).toMatch(/Also worth trying\n {2}✗ Daily cost/);
    expect(text).not.toContain('What was missing');
    expect(view({ lang: 'zh', messages: practiceMessages('zh') }).feedback(strong)).toContain('还可以试试');
  });

  it('shows model responses in --answer-lang, quoted the way that language quotes', () => {
    const text = view({ answerLang: 'zh' }).feedback(result);
    expect(text).toContain('Try: “每天不到三块钱。”');
    const ru = view({ lang: 'ru', messages: practiceMessages('ru'), answerLang: 'en' }).feedback(result);
    expect(ru).toContain('Попробуйте так: “It is about forty cents a day.”');
    // The learner's words are quoted in the language they were written in (the fake scorer says en).
    expect(ru).toContain('✓ Empathize (ru) — “I understand”');
  });

  it('warns about risky techniques with the words that showed them, and about what the persona dislikes', () => {
    const r = gradeType(typeQ('think-about-it', 'hesitant'), 'Decide now, or are you afraid?', fakeScorer(catalog), timing);
    const text = view().feedback(r);
    expect(text).toContain('Careful\n  ⚠ Pressure — “or are you afraid”\n    Coercive.');
    expect(text).toContain('This customer (Hesitant) responds well to: Clarify');
    const k = gradeType(typeQ('too-expensive', 'know-it-all'), 'a day', fakeScorer(catalog), timing);
    expect(view().feedback(k)).toContain('⚠ This customer (Know-it-all) reacts badly to: Daily cost');
  });

  it('never offers a "don\'t say this" response as the model', () => {
    const kit = createKit({ theme: createTheme(0), messages: practiceMessages('en'), lang: 'en', answerLang: 'en', catalog, width: 80 });
    const o = { ...objection('think-about-it'), responses: [{ uses: ['reschedule', 'pressure'], text: { en: 'Call me at 8 or lose it.' } }] };
    expect(modelResponse(kit, o, 'reschedule')).toBeUndefined();
    expect(modelResponse(kit, objection('think-about-it'), 'reschedule')?.text.en).toBe('May I call you at eight tonight?');
  });

  it('says so when the answer was empty', () => {
    const r = gradeType(typeQ(), '', fakeScorer(catalog), timing);
    const text = view().feedback(r);
    expect(text).toContain('No answer this time.');
    expect(text).not.toContain('Your answer');
  });
});

describe('question', () => {
  it('frames the objection with the persona, in both languages when practising in two', () => {
    const q = typeQ('think-about-it', 'know-it-all');
    expect(view().question(q, 5)).toBe('\nQuestion 1 of 5\nThe customer (Know-it-all) says:\n  “I\'ll think about it.”');
    expect(view({ answerLang: 'zh' }).question(q, 5)).toContain('The customer (Know-it-all · 我最聪明型) says:');
    expect(view().question(typeQ('think-about-it', 'hesitant'), 5)).toContain('“I\'ll think about it.”\n  Cannot decide.');
    expect(view({ lang: 'zh', answerLang: 'zh', messages: practiceMessages('zh') }).question({ ...q, text: '我再考虑考虑。' }, 5)).toBe(
      '\n第 1 题（共 5 题）\n客户（我最聪明型）说：\n  “我再考虑考虑。”',
    );
  });

  it('lists choose options by letter, and prompt labels fit one line', () => {
    const o = objection('too-expensive');
    const q: ChooseQuestion = { ...typeQ(), mode: 'choose', options: o.responses.map((response) => ({ response, kind: 'weak' })) };
    const text = view({ width: 30 }).question(q, 1);
    expect(text).toContain('  A  It is about forty cents a\n     day.');
    const prompt = view({ width: 30 }).choosePrompt(q);
    expect(prompt.choices.map((c) => c.value)).toEqual([0, 1, 2, 3]);
    for (const c of prompt.choices) expect(displayWidth(c.label)).toBeLessThanOrEqual(26);
    expect(view({ compactChoices: true }).choosePrompt(q).choices.map((c) => c.label)).toEqual(['A', 'B', 'C', 'D']);
  });
});

describe('choose and spot feedback', () => {
  const o = objection('too-expensive');
  const q: ChooseQuestion = {
    ...typeQ(),
    mode: 'choose',
    options: [
      { response: o.responses[3]!, kind: 'risky' },
      { response: o.responses[0]!, kind: 'best' },
    ],
  };
  it('explains every option and shows the best one when the pick was wrong', () => {
    const text = view().feedback(gradeChoose(q, 0, 'x', timing));
    expect(text).toContain("Don't say this: it uses a technique that loses trust.");
    expect(text).toContain("  A ⚠ don't say this (False floor) ←\n    Deceptive.\n    Don't say this: it is not the floor.");
    expect(text).toContain('  B ✓ the strongest answer (Daily cost)');
    expect(text).toContain('The strongest answer\n  “It is about forty cents a day.”');
    expect(view().feedback(gradeChoose(q, 1, 'x', timing))).not.toContain('The strongest answer\n');
  });

  it('spot feedback names what was spotted, missed and wrongly ticked', () => {
    const s: SpotQuestion = { ...typeQ(), mode: 'spot', response: o.responses[1]!, choices: ['clarify', 'empathize', 'daily-cost'] };
    const text = view().feedback(gradeSpot(s, ['empathize'], timing));
    expect(text).toMatch(/Missed\n {2}✗ Clarify\n {4}How to clarify\./);
    expect(text).toMatch(/Not in this answer\n {2}✗ Empathize/);
    expect(view().feedback(gradeSpot(s, ['clarify'], timing))).toContain('Exactly right.');
  });
});

describe('summary', () => {
  const scorer = fakeScorer(catalog);
  const results = [
    gradeType(typeQ(), 'What exactly? A dollar a day.', scorer, timing),
    gradeType({ ...typeQ('think-about-it'), index: 1 }, 'Or are you afraid?', scorer, timing),
  ];
  const summary = summarise(results, {
    planned: 3,
    startedAt: new Date('2026-03-01T09:00:00Z'),
    endedAt: new Date('2026-03-01T09:04:12Z'),
    due: [
      { playbook: 'test', objection: 'cheaper-elsewhere', lang: 'en', due: new Date('2026-03-01T12:00:00Z') },
      { playbook: 'test', objection: 'too-expensive', lang: 'en', due: new Date('2026-03-03T09:00:00Z') },
    ],
  });

  it('tabulates each question, each technique, the time and what is due', () => {
    const text = view().summary(summary);
    expect(text).toContain('Summary · 2 of 3 answered · average 50/100');
    expect(text).toMatch(/#\s+Objection\s+Score\s+Techniques\n\s+1\s+It's too expensive\.\s+100\s+Clarify and Daily cost\n\s+2\s+I'll think about it\.\s+0\s+⚠ Pressure/);
    expect(text).toMatch(/By technique\n\s+Reschedule\s+0 of 1\n\s+Clarify\s+1 of 2\n\s+Daily cost\s+1 of 1/);
    expect(text).toContain('Risky techniques used\n  ⚠ Pressure ×1');
    expect(text).toContain('Time: 4 min, 12 sec');
    // Never asked this session: its first wording; asked: the wording the learner saw.
    expect(text).toContain("Due next\n  It is cheaper elsewhere. — in 3 hours\n  It's too expensive. — in 2 days");
  });

  it('names a due objection by the wording asked in this session', () => {
    const asked = { ...results[0]!, question: { ...results[0]!.question, text: 'That is more than we wanted to spend.' } };
    const text = view().summary({ ...summary, results: [asked, results[1]!] });
    expect(text).toContain('  That is more than we wanted to spend. — in 2 days');
  });

  it('lines up columns by display width with Chinese text', () => {
    const zh = view({ lang: 'zh', messages: practiceMessages('zh'), width: 40 }).summary({
      ...summary,
      results: [{ ...results[0]!, question: { ...results[0]!.question, text: '太贵了，这个价格超出我们的预算太多了。' } }],
    });
    const lines = zh.split('\n').filter((l) => l.startsWith('  ') && /\d|#/.test(l));
    for (const l of zh.split('\n')) expect(displayWidth(l)).toBeLessThanOrEqual(40);
    expect(lines.length).toBeGreaterThan(2);
  });

  it.each([
    ['en', 252_000, '4 min, 12 sec'],
    ['zh', 252_000, '4分钟12秒'],
    ['ru', 3_723_000, '1 ч 2 мин 3 с'],
    ['fa', 5_000, '۵ ثانیه'],
  ])('formats time in %s', (lang, ms, expected) => {
    const kit = createKit({ theme: createTheme(0), messages: practiceMessages(lang), lang, answerLang: lang, catalog, width: 80 });
    expect(duration(kit, ms)).toBe(expected);
  });
});

describe('hostile playbook text', () => {
  const evil = '\u001b]0;pwned\u0007\u001b[2J\u202eevil\u202c \u009b31m';
  const hostile = buildCatalog([
    toPlaybook(
      {
        ...DATA,
        techniques: DATA.techniques.map((t) => ({ ...t, name: { en: `${t.name.en}${evil}` } })),
        personas: DATA.personas.map((p) => ({ ...p, name: { en: `Buyer${evil}` }, description: { en: evil } })),
        objections: DATA.objections.map((o) => ({
          ...o,
          text: { en: [`Too much${evil}`] },
          motto: { en: evil },
          responses: o.responses.map((r) => ({ ...r, text: { en: `${r.text.en}${evil}` }, note: { en: evil } })),
        })),
      },
      { file: 'evil.yaml' },
    ),
  ]);
  it('never lets an escape sequence, a C1 control or a bidi override through', () => {
    const v = createPracticeView({ theme: createTheme(0), messages: practiceMessages('en'), lang: 'en', answerLang: 'en', catalog: hostile, width: 40 });
    const o = hostile.objections[0]!;
    const q: TypeQuestion = { mode: 'type', index: 0, objection: o, text: o.text.en![0]!, lang: 'en', persona: hostile.personas.get('hesitant')! };
    const choose: ChooseQuestion = { ...q, mode: 'choose', options: o.responses.map((response) => ({ response, kind: 'weak' as const })) };
    const scorer = fakeScorer(hostile);
    const outputs = [
      v.question(q, 1),
      v.question(choose, 1),
      v.feedback(gradeType(q, `what exactly${evil} or are you afraid`, scorer, timing)),
      v.feedback(gradeChoose(choose, 0, 'x', timing)),
      v.summary(summarise([gradeType(q, `a day${evil}`, scorer, timing)], { planned: 1, startedAt: timing.at, endedAt: timing.at })),
      ...v.choosePrompt(choose).choices.map((c) => c.label),
    ];
    for (const text of outputs) {
      expect(text).not.toMatch(ESC);
      expect(text).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u0007]/);
    }
  });
});

describe('wide and right-to-left text', () => {
  it.each([
    ['zh', '我理解您的顾虑。您具体是和哪家的价格在比较呢？如果按三年算，每天不到三块钱，比一杯咖啡还便宜。'],
    ['fa', 'کاملاً درک می‌کنم. دقیقاً با کدام پیشنهاد مقایسه می‌کنید؟ اگر سه سال حساب کنیم، روزی کمتر از یک فنجان قهوه می‌شود.'],
  ])('wraps a %s answer within the width without splitting words', (lang, answer) => {
    const r = gradeType(typeQ(), answer, fakeScorer(catalog), timing);
    const text = view({ lang, messages: practiceMessages(lang), width: 32 }).feedback(r);
    for (const line of text.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(32);
    const answerLines = text.split('\n').slice(3).filter((l) => l.startsWith('  ') && !/[✓✗⚠]/.test(l));
    expect(answerLines.join('').replace(/\s/g, '')).toContain(answer.replace(/\s/g, '').slice(0, 10));
    if (lang === 'fa') for (const w of ['می‌کنم.', 'مقایسه', 'می‌کنید؟']) expect(text).toContain(w);
  });
});
