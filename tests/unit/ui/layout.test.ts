import { describe, expect, it } from 'vitest';
import { displayWidth, padEnd, truncate, wrapLines, wrapText } from '../../../src/ui/layout.ts';

const bracket = (s: string) => `[${s}]`;

describe('wrapLines', () => {
  it('breaks English at spaces and never inside a word', () => {
    const lines = wrapLines('Over three years that is about forty cents a day, less than a coffee.', { width: 20 });
    expect(lines).toEqual(['Over three years', 'that is about forty', 'cents a day, less', 'than a coffee.']);
    for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(20);
  });

  it('measures Chinese as two columns and breaks between words, punctuation kept with the word before', () => {
    const lines = wrapLines('太贵了，我要再想想。比一杯咖啡还便宜', { width: 10 });
    for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(10);
    expect(lines.join('')).toBe('太贵了，我要再想想。比一杯咖啡还便宜');
    for (const l of lines) expect(l).not.toMatch(/^[，。]/);
    // 贵了 is one word: never split
    expect(lines.some((l) => l.endsWith('贵'))).toBe(false);
  });

  it('keeps Persian words whole, ZWNJ included, and Persian punctuation with its word', () => {
    const text = 'من می‌خواهم بیشتر فکر کنم، باشه؟ شاید هفتهٔ بعد تماس بگیرم.';
    const lines = wrapLines(text, { width: 12 });
    const words = text.split(' ');
    expect(lines.join(' ')).toBe(text);
    for (const l of lines) for (const w of l.split(' ')) expect(words).toContain(w);
    expect(lines.some((l) => l.includes('می‌خواهم'))).toBe(true);
    expect(lines.every((l) => !l.startsWith('،') && !l.startsWith('؟'))).toBe(true);
  });

  it('keeps an opening quote with the word after it', () => {
    const lines = wrapLines('Это слишком дорого, «правда» дорого.', { width: 21 });
    expect(lines).toEqual(['Это слишком дорого,', '«правда» дорого.']);
  });

  it('styles spans and keeps a span on one line when it fits', () => {
    const text = 'Fair question: what are you comparing it with?';
    const start = text.indexOf('what are you');
    const lines = wrapLines(text, { width: 24, spans: [{ start, end: start + 'what are you comparing'.length, style: bracket }] });
    expect(lines).toEqual(['Fair question:', '[what are you comparing]', 'it with?']);
  });

  it('cuts a word only when it is wider than the line', () => {
    expect(wrapLines('Supercalifragilistic ok', { width: 8 })).toEqual(['Supercal', 'ifragili', 'stic ok']);
  });

  it('indents every line and counts the indent', () => {
    expect(wrapText('one two three four', { width: 10, indent: '  ', firstIndent: '- ' })).toBe('- one two\n  three\n  four');
  });

  it('keeps paragraphs and strips escape sequences from the text', () => {
    expect(wrapLines('a\u001b[31mb\nc', { width: 10 })).toEqual(['ab', 'c']);
  });
});

describe('truncate and padEnd', () => {
  it('cut by columns with an ellipsis', () => {
    expect(truncate('太贵了太贵了', 7)).toBe('太贵了…');
    expect(truncate('short', 10)).toBe('short');
    expect(displayWidth(padEnd('太贵', 6))).toBe(6);
  });
});
