import { describe, expect, it } from 'vitest';
import { coreScorer } from './core-scorer.ts';

// Answers that use no technique: greetings, facts, small talk. Nothing may be found in them.
const NEUTRAL: Record<string, string[]> = {
  en: [
    'Good morning, how was your weekend?',
    'The office is on the third floor.',
    'It rained all day yesterday.',
    'Our company was founded in 1998.',
    'The blue one weighs about two kilos.',
    'I will be in Berlin next month for a conference.',
    'My name is Anna and I work in sales.',
    'The printer is out of paper again.',
  ],
  zh: [
    '早上好，周末过得怎么样？',
    '办公室在三楼。',
    '昨天下了一整天的雨。',
    '我们公司成立于1998年。',
    '蓝色那款大概两公斤重。',
    '下个月我要去北京开会。',
    '我叫小王，在销售部工作。',
    '打印机又没纸了。',
  ],
  ru: [
    'Доброе утро, как прошли выходные?',
    'Офис находится на третьем этаже.',
    'Вчера весь день шёл дождь.',
    'Наша компания основана в 1998 году.',
    'Синяя модель весит около двух килограммов.',
    'В следующем месяце я еду в Берлин на конференцию.',
    'Меня зовут Анна, я работаю в отделе продаж.',
    'В принтере опять закончилась бумага.',
  ],
  fa: [
    'صبح بخیر، آخر هفته چطور گذشت؟',
    'دفتر ما طبقه سوم است.',
    'دیروز تمام روز باران می‌بارید.',
    'شرکت ما در سال ۱۳۷۷ تأسیس شد.',
    'مدل آبی حدود دو کیلو وزن داره.',
    'ماه آینده برای یک همایش به تهران می‌رم.',
    'اسم من آناست و در بخش فروش کار می‌کنم.',
    'کاغذ پرینتر دوباره تموم شد.',
  ],
};

describe('neutral answers', () => {
  const { scorer } = coreScorer();
  for (const [lang, answers] of Object.entries(NEUTRAL)) {
    it.each(answers)(`${lang}: nothing found in %s`, (answer) => {
      expect(scorer.detect(answer).detections.map((d) => `${d.technique} ← ${d.text} (${d.cue})`)).toEqual([]);
    });
  }
});
