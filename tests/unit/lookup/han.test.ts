import { describe, expect, it } from 'vitest';
import { buildHanTable, simplifiedNeeds, tableToSimplified } from '../../../src/lookup/han.ts';
import { toSimplified } from '../../../src/scoring/han.ts';

// A toy converter with one context rule, like OpenCC's 乾 (干 alone, 乾 in 乾坤).
const convert = (s: string) => s.replace(/乾坤/g, '\u0000').replace(/乾/g, '干').replace(/貴/g, '贵').replace(/\u0000/g, '乾坤');

describe('build-time t→s table', () => {
  const table = buildHanTable(convert, [...'乾貴贵好'].map((c) => c.codePointAt(0) as number), ['乾坤']);

  it('keeps only characters that change, and marks those that need context', () => {
    expect(table.chars).toEqual({ 乾: '干', 貴: '贵' });
    expect(table.context).toBe('乾');
  });

  it('says what a text needs', () => {
    expect(simplifiedNeeds('too expensive', table)).toBe('none');
    expect(simplifiedNeeds('太贵了', table)).toBe('none');
    expect(simplifiedNeeds('太貴了', table)).toBe('table');
    expect(simplifiedNeeds('乾坤', table)).toBe('opencc');
    expect(simplifiedNeeds('太貴了', undefined)).toBe('opencc');
  });

  it('converts by the table code point by code point', () => {
    expect(tableToSimplified(table)('太貴了 ok')).toBe('太贵了 ok');
  });

  it('gives what OpenCC gives for characters outside the context list', async () => {
    const opencc = toSimplified;
    const sample = '別家更便宜沒有預算觀望一下發資料會籍價格這個價錢太貴了決定權';
    const real = buildHanTable(opencc, [...sample].map((c) => c.codePointAt(0) as number), []);
    expect(simplifiedNeeds(sample, real)).toBe('table');
    expect(tableToSimplified(real)(sample)).toBe(opencc(sample));
  });
});
