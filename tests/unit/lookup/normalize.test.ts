import { describe, expect, it } from 'vitest';
import { createNormalize, lookupKey } from '../../../src/lookup/normalize.ts';

const normalize = createNormalize();

describe('lookup normalisation', () => {
  it('folds case, width and punctuation; apostrophes join words', () => {
    expect(normalize("It's  TOO expensive!!")).toBe('its too expensive');
    expect(normalize('ＴＯＯ　ｅｘｐｅｎｓｉｖｅ')).toBe('too expensive');
    expect(normalize('too-expensive')).toBe('too expensive');
    expect(normalize('太贵了。')).toBe('太贵了');
  });

  it('makes Persian letter forms, half-spaces and digits comparable', () => {
    expect(normalize('جای ديگر ارزان‌تر است')).toBe(normalize('جای دیگر ارزانتر است'));
    expect(normalize('كمي')).toBe('کمی');
    expect(normalize('۱۲۳')).toBe('123');
    expect(normalize('می‌خواهم')).toBe('میخواهم');
  });

  it('treats ё as е', () => {
    expect(normalize('Обсужу с партнёром')).toBe('обсужу с партнером');
  });

  it('converts traditional Chinese only with a converter', () => {
    const toSimplified = (s: string) => s.replace(/貴/g, '贵');
    expect(normalize('太貴了')).toBe('太貴了');
    expect(createNormalize(toSimplified)('太貴了')).toBe('太贵了');
  });

  it('lookupKey keeps letters and digits of every script', () => {
    expect(lookupKey('a,b;c — d «e» 2')).toBe('a b c d e 2');
  });
});
