import { describe, expect, it } from 'vitest';
import type { Technique } from '../../../src/playbook/model.ts';
import { compileCue, type CompiledCue } from '../../../src/scoring/cues.ts';
import { createScorer } from '../../../src/scoring/scorer.ts';

const tech = (id: string, cues: Record<string, string[]>, family: Technique['family'] = 'explore'): Technique => ({
  id,
  playbook: 'test',
  family,
  name: { en: id },
  summary: {},
  cues,
});

const found = (cues: Record<string, string[]>, answer: string, family: Technique['family'] = 'explore') => {
  const r = createScorer([tech('t', cues, family)]).detect(answer);
  return r.detections.map((d) => d.text);
};

describe('cue syntax', () => {
  it.each([
    ['a phrase on word boundaries', ['compared to what'], 'Too expensive compared to what?', ['compared to what']],
    ['not inside a word', ['pay'], 'You repay it', []],
    ['stemming', ['offer discounts'], 'Offering a discount is easy', []],
    ['stemming, same order', ['offer discounts'], 'Offering discount is easy', ['Offering discount']],
    ['alternatives', ['(could|can) you tell me'], 'Could you tell me more?', ['Could you tell me']],
    ['optional words', ['what [exactly] worries you'], 'What worries you?', ['What worries you']],
    ['optional words present', ['what [exactly] worries you'], 'What exactly worries you?', ['What exactly worries you']],
    ['gap', ['what * comparing'], 'What are you comparing it with?', ['What are you comparing']],
    ['gap too long', ['what *1 comparing'], 'What are you comparing it with?', []],
    ['no match across sentences', ['what * comparing'], 'What? I keep comparing.', []],
    ['prefix', ['instal*'], 'Pay in installments', ['installments']],
    ['exact form', ['=cheaper'], 'cheap, cheaper', ['cheaper']],
    ['numbers', ['# (percent|%) off'], 'I can do 10% off or fifteen percent off', ['10% off']],
    ['Han numbers', ['# 块'], '只要两百块', ['两百块']],
    ['Chinese by characters', ['太贵'], '是不是觉得太貴了？', ['太貴']],
    ['Chinese gap', ['一天 * 元'], '一天才三元', ['一天才三元']],
    ['Persian with or without ZWNJ', ['می‌خواهم'], 'من می خواهم', ['می خواهم']],
    ['Persian digits', ['# ماه'], '۳ ماه دیگه', ['۳ ماه']],
    ['contractions either way', ['do not worry'], "Don't worry", ["Don't worry"]],
    ['ё', ['еще раз'], 'Ещё раз', ['Ещё раз']],
  ])('%s', (_name, cues, answer, want) => {
    expect(found({ en: cues }, answer)).toEqual(want);
  });

  it('cues of every language apply to any answer', () => {
    expect(found({ zh: ['太贵'], ru: ['дорого'] }, 'It is 太贵, дорого')).toEqual(['太贵']);
    const r = createScorer([tech('a', { zh: ['太贵'] }), tech('b', { ru: ['дорого'] })]).detect('It is 太贵, дорого');
    expect(r.detections.map((d) => [d.technique, d.cueLang])).toEqual([
      ['a', 'zh'],
      ['b', 'ru'],
    ]);
  });

  it.each([
    ['en', ['offer a discount'], "I can't offer a discount"],
    ['en, later in the clause', ['pressure'], 'I will not pressure you'],
    ['ru', ['давить'], 'не буду давить'],
    ['zh', ['打折'], '我们不能给您打折'],
    ['fa, verb after', ['تخفیف'], 'تخفیف نمی‌دهیم'],
  ])('negation flips a match: %s', (_name, cues, answer) => {
    expect(found({ x: cues }, answer)).toEqual([]);
  });

  it('negation stays in its clause, and cues that contain a negator are not negated', () => {
    expect(found({ en: ['we can offer'] }, "No, we can offer more")).toEqual(['we can offer']);
    expect(found({ en: ['no obligation'] }, 'There is no obligation')).toEqual(['no obligation']);
    expect(found({ en: ['not only'] }, 'not only the price')).toEqual(['not only']);
    expect(found({ zh: ['送'] }, '不过我可以送您一个')).toEqual(['送']);
  });

  it.each([
    ['zh, object fronted then negated', ['回扣'], '回扣那一套我们不做'],
    ['zh, object fronted, sweeping adverb', ['回扣'], '回扣一概不给'],
    ['zh, object fronted, subject and adverb', ['折扣'], '折扣我们从来不打'],
  ])('negation after a fronted topic: %s', (_name, cues, answer) => {
    expect(found({ zh: cues }, answer)).toEqual([]);
  });

  it('a negator after the match without a fronted-topic shape does not negate (zh)', () => {
    expect(found({ zh: ['售后'] }, '售后不用担心')).toEqual(['售后']);
    expect(found({ zh: ['回扣'] }, '我们给您回扣，不过要保密')).toEqual(['回扣']);
  });

  it('Persian نکند opening a clause asks, it does not negate', () => {
    expect(found({ fa: ['فکر می‌کنید'] }, 'نکند فکر می‌کنید گران است؟')).toEqual(['فکر می‌کنید']);
    expect(found({ fa: ['فکر می‌کنید'] }, 'نکنه فکر می‌کنید گرونه؟')).toEqual(['فکر می‌کنید']);
    expect(found({ fa: ['کار'] }, 'اگر دستگاه کار نکند')).toEqual([]);
  });

  it.each([
    ['en', '# percent off', 'I could do 10 to 15 percent off', []],
    ['en, between and', '# percent', 'somewhere between 10 and 15 percent', []],
    ['en, exact', '# percent off', 'I can do 15 percent off', ['15 percent off']],
    ['ru', '# процентов', 'скидка от 10 до 15 процентов', []],
    ['fa', '# درصد تخفیف', 'بین ۱۰ تا ۱۵ درصد تخفیف', []],
    ['zh, unit on both ends', '# 折', '八五折到九折', []],
    ['zh, exact', '打 # 折', '给您打八五折', ['打八五折']],
  ])('a number that ends a range is not an exact figure: %s', (_name, cue, answer, expected) => {
    const t: Technique = { ...tech('exact-figures', { x: [cue] }), family: 'offer' };
    expect(createScorer([t]).detect(answer).detections.map((d) => d.text)).toEqual(expected);
  });

  it('risky techniques are disowned from further away, and across "that"/«что»', () => {
    expect(found({ en: ['rock-bottom price'] }, "I won't tell you this is our rock-bottom price", 'risky')).toEqual([]);
    expect(found({ en: ['rock-bottom price'] }, "I won't tell you this is our rock-bottom price", 'offer')).toEqual(['rock-bottom price']);
    expect(found({ ru: ['последняя цена'] }, 'Не буду говорить, что это последняя цена.', 'risky')).toEqual([]);
    expect(found({ ru: ['последняя цена'] }, 'Не волнуйтесь, это последняя цена.', 'risky')).toEqual(['последняя цена']);
  });

  it.each([
    ['negation right after the match', ['давить'], 'Давить не буду, решайте сами.'],
    ['a fronted object, then subject and не', ['откат*'], 'Откатов мы не платим.'],
    ['subject, object, verb, не', ['вилк*'], 'Вилку я вам называть не буду.'],
  ])('Russian negation after the match: %s', (_name, cues, answer) => {
    expect(found({ ru: cues }, answer)).toEqual([]);
  });

  it('Russian: без right after a match does not negate it, and quotes do not end a clause', () => {
    expect(found({ ru: ['облегчённый вариант'] }, 'Есть облегчённый вариант без монтажа.')).toEqual(['облегчённый вариант']);
    expect(found({ ru: ['откат*'] }, 'Откатов и «бонусов» мы не платим.')).toEqual([]);
  });

  it('Persian: negative questions ask, نه does not negate from after, a new clause stops the look-ahead', () => {
    expect(found({ fa: ['نگرانی دیگه‌ای'] }, 'نگرانی دیگه‌ای ندارید؟')).toEqual(['نگرانی دیگه‌ای']);
    expect(found({ fa: ['نگرانی دیگه‌ای'] }, 'نگرانی دیگه‌ای ندارم.')).toEqual([]);
    expect(found({ fa: ['چرم طبیعی'] }, 'چرم طبیعیه نه مصنوعی.')).toEqual(['چرم طبیعیه']);
    expect(found({ fa: ['به خاطر همین'] }, 'دقیقا به خاطر همین که وقت ندارید زنگ زدم.')).toEqual(['به خاطر همین']);
    expect(found({ fa: ['اشتباه می‌کنید'] }, 'نه آقا اشتباه می‌کنید.')).toEqual(['اشتباه می‌کنید']);
  });

  it('Persian: a spoken word with an ending matches the written cue word (خودتونه → خودتان)', () => {
    expect(found({ fa: ['با خودتان'] }, 'تصمیم با خودتونه؟')).toEqual(['با خودتونه']);
  });

  it('evidence inside a containing technique is not counted twice', () => {
    const scorer = createScorer([tech('clarify', { en: ['what are you comparing'] }), tech('compare', { en: ['comparing (it|us) with'] }, 'value')]);
    expect(scorer.detect('What are you comparing us with?').detections.map((d) => d.technique)).toEqual(['clarify']);
    expect(scorer.detect('I am comparing us with them.').detections.map((d) => d.technique)).toEqual(['compare']);
  });

  it('spans point into the original answer', () => {
    const answer = 'Ｉ  ＵＮＤＥＲＳＴＡＮＤ completely';
    const [d] = createScorer([tech('t', { en: ['i understand'] })]).detect(answer).detections;
    expect(d && answer.slice(d.start, d.end)).toBe('Ｉ  ＵＮＤＥＲＳＴＡＮＤ');
  });

  it.each([
    ['(a|b', 'missing )'],
    ['a)', 'unexpected )'],
    ['* a', 'cannot start with a gap'],
    ['a *', 'cannot end with a gap'],
    ['a *99 b', 'gap'],
    ['[a]', 'no word that must match'],
    ['p*', 'prefix'],
    ['', 'empty'],
    ['((((a))))', 'nest'],
    ['(a||b)', 'has no word'],
    ['(a|,) b', 'has no word'],
  ])('rejects %j', (source, message) => {
    const r = compileCue('t', source, 'en');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain(message);
  });
});

describe('cue codec', () => {
  it('decodes what it encodes', async () => {
    const { encodeCues, decodeCues } = await import('../../../src/scoring/cue-codec.ts');
    const sources = ['i [really] understand', '(what|which) *2 =cheaper', 'instal* # %', '^ fair (enough|point)', '太贵 *4 (吗|呢)', 'می‌خواهم $'];
    const cues = sources.map((s) => {
      const r = compileCue('t', s, 'en');
      if (!r.ok) throw new Error(r.error.message);
      return r.cue;
    });
    const plain = (cs: readonly CompiledCue[]) =>
      cs.map(({ technique, lang, source, negatable, minTokens, elements }) => ({ technique, lang, source, negatable, minTokens, elements }));
    const decoded = decodeCues(JSON.parse(JSON.stringify(encodeCues(cues))));
    expect(plain(decoded)).toEqual(plain(cues));
    // The stored index data is what the index would compute from the pattern.
    const { cueEntry } = await import('../../../src/scoring/detect.ts');
    for (const d of decoded) expect(d.entry).toEqual(cueEntry(d));
  });
});

describe('cue lint', () => {
  const compiled = (source: string, lang = 'en') => {
    const r = compileCue('t', source, lang);
    if (!r.ok) throw new Error(r.error.message);
    return r.cue;
  };
  it('finds cues that match almost everything, and passes ordinary ones', async () => {
    const { cueTooBroad } = await import('../../../src/scoring/cue-lint.ts');
    expect(cueTooBroad(compiled('the'))).toBe(true);
    expect(cueTooBroad(compiled('#'))).toBe(true);
    expect(cueTooBroad(compiled('我', 'zh'))).toBe(true);
    expect(cueTooBroad(compiled('what exactly'))).toBe(false);
  });
  it('every core cue matches the text it describes and is not too broad', async () => {
    const { cueNeverMatches, cueTooBroad } = await import('../../../src/scoring/cue-lint.ts');
    const { coreScorer } = await import('./core-scorer.ts');
    const { scorer } = coreScorer();
    expect(scorer.cues.filter(cueNeverMatches).map((c) => `${c.technique}: ${c.source}`)).toEqual([]);
    expect(scorer.cues.filter(cueTooBroad).map((c) => `${c.technique}: ${c.source}`)).toEqual([]);
  });
  it('flags a cue that cannot match its own words', async () => {
    const { cueNeverMatches } = await import('../../../src/scoring/cue-lint.ts');
    expect(cueNeverMatches(compiled('not now'))).toBe(false);
    // A sentence start in the middle of a phrase can never be.
    expect(cueNeverMatches(compiled('well ^ fine'))).toBe(true);
  });
});
