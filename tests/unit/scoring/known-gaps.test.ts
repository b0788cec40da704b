import { describe, expect, it } from 'vitest';
import { coreScorer } from './core-scorer.ts';

// Gaps reported by the content writers against the core cues (scorer2 round), each fixed at the
// level of a mechanism or a family of phrasings; these are their canonical examples.
const { scorer } = coreScorer();
const found = (answer: string) => scorer.detect(answer).detections.map((d) => d.technique);

describe('reported gaps', () => {
  it.each([
    ['en: a refused discount holds the price', "I can't offer any discount, but the warranty is three years.", 'hold-price'],
    ['ru: ending the talk', 'Давайте на этом остановимся.', 'walk-away'],
    ['en: badly built (competitor)', 'Their kitchens are badly built, everyone knows it.', 'badmouth-competitor'],
    ['en: poorly built (competitor)', 'Those units are poorly built.', 'badmouth-competitor'],
    ['ru: what exactly are you waiting for', 'Чего именно вы ждёте?', 'clarify'],
    ['fa: not taking no for an answer', 'جواب «نه» را قبول نمی‌کنم.', 'pressure'],
    ['zh: calling it an excuse', '您说的这些都是借口。', 'argue'],
    ['ru: imperative compare X with Y', 'Сравните нашу модель с любой другой на рынке.', 'compare'],
    ['fa: formal "you will regret"', 'بعداً پشیمان می‌شوید.', 'pressure'],
    ['fa: نکند asks "could it be…?", it does not negate', 'نکند بودجه کافی نیست؟', 'direct-question'],
    ['fa: formal refund', 'اگر راضی نبودید، پولتان را برمی‌گردانیم.', 'guarantee'],
    // Found trying the README transcript: a rival named by where it is, not by name.
    ['en: the shop across the street sells junk', 'Honestly, the shop across the street sells junk.', 'badmouth-competitor'],
    ['zh: the shop opposite sells rubbish', '对面那家店卖的都是垃圾。', 'badmouth-competitor'],
    ['ru: the shop opposite sells junk', 'Магазин напротив продаёт одно барахло.', 'badmouth-competitor'],
    ['fa: the shop opposite sells junk', 'مغازه‌ی روبه‌رو جنس بنجل می‌فروشد.', 'badmouth-competitor'],
  ])('%s', (_name, answer, technique) => {
    expect(found(answer)).toContain(technique);
  });

  it.each([
    ['fa: a range is not an exact figure', 'بین ۱۰ تا ۱۵ درصد تخفیف می‌دهیم.', 'exact-figures'],
    ['zh: a range with the unit on both ends', '折扣大概在八五折到九折之间。', 'exact-figures'],
    ['zh: "any questions, ask me in person" is no clarify', '有什么问题可以当面问我。', 'clarify'],
    ['zh: negation after the fronted object', '回扣那一套我们不做。', 'kickback'],
    ['zh: a bare figure is not an exact figure', '我们服务过两千多家企业。', 'exact-figures'],
    ['zh: a bare figure is not an exact figure (price)', '两千块钱的东西，质量当然好。', 'exact-figures'],
    ['en: disowning the put-down', "I won't tell you the shop across the street sells junk.", 'badmouth-competitor'],
  ])('%s', (_name, answer, technique) => {
    expect(found(answer)).not.toContain(technique);
  });

  it('a range is a price range', () => {
    expect(found('بین ۱۰ تا ۱۵ درصد تخفیف می‌دهیم.')).toContain('price-range');
    expect(found('折扣大概在八五折到九折之间。')).toContain('price-range');
  });
});
