import { describe, expect, it } from 'vitest';
import { createDisplay, isSimplifiedChinese } from '../../../src/playbook/display.ts';
import { hantRegion } from '../../../src/playbook/hant.ts';

const toTraditional = (s: string) => s.replace(/贵/g, '貴').replace(/这/g, '這');

describe('display language', () => {
  const text = { en: 'Too expensive', zh: '太贵了' };

  it('derives traditional Chinese from simplified for a traditional reader', () => {
    expect(createDisplay('zh-TW', toTraditional).text(text)).toEqual({ lang: 'zh-Hant', text: '太貴了' });
    expect(createDisplay('zh-Hant', toTraditional).variants({ zh: ['这太贵'] })).toEqual({ lang: 'zh-Hant', variants: ['這太貴'] });
  });

  it('uses given zh-Hant text as it is, and never converts for simplified readers or English', () => {
    expect(createDisplay('zh-TW', toTraditional).text({ ...text, 'zh-Hant': '太貴啦' })).toEqual({ lang: 'zh-Hant', text: '太貴啦' });
    expect(createDisplay('zh', toTraditional).text(text)).toEqual({ lang: 'zh', text: '太贵了' });
    expect(createDisplay('en', toTraditional).text(text)).toEqual({ lang: 'en', text: 'Too expensive' });
    expect(createDisplay('zh-TW', toTraditional).text({ en: 'Only English' })).toEqual({ lang: 'en', text: 'Only English' });
  });

  it('knows simplified tags and regions', () => {
    expect(['zh', 'zh-CN', 'zh-Hans', 'zh-SG'].every(isSimplifiedChinese)).toBe(true);
    expect(['zh-TW', 'zh-Hant', 'en'].some(isSimplifiedChinese)).toBe(false);
    expect([hantRegion('zh-HK'), hantRegion('zh-MO'), hantRegion('zh-TW'), hantRegion('zh-Hant')]).toEqual(['hk', 'hk', 'tw', 'tw']);
  });
});
