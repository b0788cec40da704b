import { describe, expect, it } from 'vitest';
import { detectLang } from '../../../src/scoring/detect-lang.ts';

describe('detectLang', () => {
  it.each([
    ['It is too expensive.', 'en'],
    ['太贵了。', 'zh'],
    ['這個不貴啦', 'zh'],
    ['Это слишком дорого.', 'ru'],
    ['خیلی گرونه', 'fa'],
    ['كيفية الدفع', 'fa'],
    ['高すぎます', 'ja'],
    ['너무 비싸요', 'ko'],
    ['OK，太贵了', 'zh'],
    ['Цена 100$, ok?', 'ru'],
    ['', 'en'],
    ['123 !!!', 'en'],
  ])('%j → %s', (text, lang) => {
    expect(detectLang(text)).toBe(lang);
  });
  it('falls back when there are no letters', () => {
    expect(detectLang('42', 'fa')).toBe('fa');
  });
});
