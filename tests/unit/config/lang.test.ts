import { describe, expect, it } from 'vitest';
import { localeToTag, resolveLang } from '../../../src/config/lang.ts';

describe('localeToTag', () => {
  it.each([
    ['zh_TW.UTF-8', 'zh-TW'],
    ['fa_IR', 'fa-IR'],
    ['ru_RU.utf8@euro', 'ru-RU'],
    ['en', 'en'],
    ['zh-Hant', 'zh-Hant'],
    ['C', undefined],
    ['POSIX', undefined],
    ['', undefined],
    ['../../etc', undefined],
  ])('%s → %s', (input, tag) => expect(localeToTag(input)).toBe(tag));
});

describe('resolveLang', () => {
  it('prefers --lang, then PARRY_LANG, LC_ALL, LC_MESSAGES, LANG, then en', () => {
    const env = { PARRY_LANG: 'ru', LC_ALL: 'zh_CN.UTF-8', LC_MESSAGES: 'fa_IR', LANG: 'de_DE' };
    expect(resolveLang('fa', env)).toBe('fa');
    expect(resolveLang(undefined, env)).toBe('ru');
    expect(resolveLang(undefined, { ...env, PARRY_LANG: undefined })).toBe('zh-CN');
    expect(resolveLang(undefined, { LC_MESSAGES: 'fa_IR', LANG: 'de_DE' })).toBe('fa-IR');
    expect(resolveLang(undefined, { LANG: 'C.UTF-8' })).toBe('en');
    expect(resolveLang(undefined, {})).toBe('en');
  });
});
