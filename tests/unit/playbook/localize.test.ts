import { describe, expect, it } from 'vitest';
import { isTraditionalChinese, langChain, pickText, pickVariants } from '../../../src/playbook/localize.ts';

describe('langChain', () => {
  it.each([
    ['zh-TW', ['zh-TW', 'zh-Hant', 'zh', 'en']],
    ['zh-Hant', ['zh-Hant', 'zh', 'en']],
    ['fa-IR', ['fa-IR', 'fa', 'en']],
    ['en-US', ['en-US', 'en']],
    ['en', ['en']],
  ])('%s', (tag, chain) => expect(langChain(tag)).toEqual(chain));
});

describe('pickText', () => {
  const text = { en: 'Too expensive', zh: '太贵了', 'zh-Hant': '太貴了' };
  it('follows the chain and falls back to English', () => {
    expect(pickText(text, 'zh-TW')).toEqual({ lang: 'zh-Hant', text: '太貴了' });
    expect(pickText(text, 'zh-CN')).toEqual({ lang: 'zh', text: '太贵了' });
    expect(pickText(text, 'ru')).toEqual({ lang: 'en', text: 'Too expensive' });
    expect(pickText({ fa: 'گران است' }, 'ru')).toEqual({ lang: 'fa', text: 'گران است' });
    expect(pickText(undefined, 'en')).toBeUndefined();
  });
  it('matches tags case-insensitively', () => {
    expect(pickText(text, 'zh-hant')?.text).toBe('太貴了');
  });
  it('picks variants the same way', () => {
    expect(pickVariants({ en: ['a', 'b'], ru: ['в'] }, 'ru-RU')).toEqual({ lang: 'ru', variants: ['в'] });
  });
  it('knows which tags are traditional Chinese', () => {
    expect(['zh-TW', 'zh-HK', 'zh-Hant', 'zh-Hant-TW'].every(isTraditionalChinese)).toBe(true);
    expect(['zh', 'zh-CN', 'zh-Hans', 'en'].some(isTraditionalChinese)).toBe(false);
  });
});
