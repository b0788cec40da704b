import { describe, expect, it } from 'vitest';
import { practiceEn, practiceMessages } from '../../../src/ui/messages/practice.ts';
import { practiceFa } from '../../../src/ui/messages/practice.fa.ts';
import { practiceRu } from '../../../src/ui/messages/practice.ru.ts';
import { practiceZh } from '../../../src/ui/messages/practice.zh.ts';

const tables = { zh: practiceZh, ru: practiceRu, fa: practiceFa };
const render = (v: unknown): string =>
  typeof v === 'function' ? String(v('X', 'Y', 'Z')) : typeof v === 'object' && v ? Object.values(v).map(render).join('|') : String(v);

describe('practice messages', () => {
  it.each(Object.entries(tables))('%s translates every English message', (_lang, table) => {
    expect(Object.keys(table).sort()).toEqual(Object.keys(practiceEn).sort());
    for (const [key, value] of Object.entries(table)) {
      const en = practiceEn[key as keyof typeof practiceEn];
      expect(typeof value, key).toBe(typeof en);
      if (typeof en === 'object') expect(Object.keys(value as object).sort(), key).toEqual(Object.keys(en).sort());
      // Parameters are used, not dropped.
      if (typeof en === 'function' && /X/.test(render(en))) expect(render(value), key).toContain('X');
    }
  });

  it('picks the table by the language of the tag, English otherwise', () => {
    expect(practiceMessages('zh-TW').next).toBe(practiceZh.next);
    expect(practiceMessages('fa-IR').next).toBe(practiceFa.next);
    expect(practiceMessages('ru').next).toBe(practiceRu.next);
    expect(practiceMessages('de').next).toBe(practiceEn.next);
  });

  it('falls back to English for a message a table leaves out', () => {
    const { next: _omitted, ...partial } = practiceZh;
    expect({ ...practiceEn, ...partial }.next).toBe(practiceEn.next);
  });

  it('writes Persian with Persian letters and ZWNJ, never Arabic yeh/kaf or a space inside می‌', () => {
    const text = render(practiceFa);
    expect(text).not.toMatch(/[يك]/);
    expect(text).toContain('می‌شود');
    expect(text).not.toMatch(/(^|\s)می (?=[\u0600-\u06ff])/);
  });

  it('speaks to the learner as вы in Russian', () => {
    const text = render(practiceRu);
    expect(text).not.toMatch(/(^|[\s(])(ты|тебя|тебе|твой|твои)([\s,.!?)]|$)/i);
    expect(text).toContain('Ваш ответ');
  });
});
