import { describe, expect, it } from 'vitest';
import { toSimplified } from '../../../src/scoring/han.ts';
import { fold, hasHan, normalize, originalSpan } from '../../../src/scoring/normalize.ts';
import { tokenize } from '../../../src/scoring/segment.ts';

const words = (text: string) => tokenize(fold(text, { toSimplified })).map((t) => t.norm);

describe('normalize', () => {
  it.each([
    ['case and width', 'ＤＩＳＣＯＵＮＴ Price', 'discount price'],
    ['ё → е', 'Ещё всё ЁЛКА', 'еще все елка'],
    ['decomposed ё composes first, then folds', 'е\u0308ж', 'еж'],
    ['Persian letters from an Arabic keyboard', 'كيفيت', 'کیفیت'],
    ['teh marbuta and hamza carriers', 'مؤسسة أحمد', 'موسسه احمد'],
    ['Persian digits', '۱۲۳۴۵۶۷۸۹۰', '1234567890'],
    ['Arabic-Indic digits', '٠١٢٣٤٥٦٧٨٩', '0123456789'],
    ['tatweel', 'قیمـــت', 'قیمت'],
    ['vowel marks', 'قِیمَت', 'قیمت'],
    ['ZWNJ', 'می\u200cخواهم', 'میخواهم'],
    ['Persian punctuation', 'چرا؟ خب، باشه؛', 'چرا? خب, باشه;'],
    ['curly quotes and dashes', '“Don’t” — ok', '"don\'t" - ok'],
    ['CJK punctuation', '好。对，行！', '好.对,行!'],
    ['full-width digits', '１２３', '123'],
  ])('%s', (_name, input, want) => {
    expect(fold(input)).toBe(want);
  });

  it('converts traditional to simplified Chinese with a converter, and only then', () => {
    expect(fold('這個不貴啦', { toSimplified })).toBe('这个不贵啦');
    expect(fold('這個不貴啦')).toBe('這個不貴啦');
    expect(fold('鑽石 有鑒定證書', { toSimplified })).toBe(fold('钻石 有鉴定证书'));
  });

  it('maps every folded unit back into the original', () => {
    const original = 'ＡＢ ё\u200cقیمـت 這個 e\u0301';
    const n = normalize(original, { toSimplified });
    expect(n.from.length).toBe(n.text.length);
    for (let i = 0; i < n.text.length; i++) {
      expect(n.from[i]).toBeLessThan(n.to[i]!);
      expect(n.to[i]).toBeLessThanOrEqual(original.length);
    }
    const at = n.text.indexOf('这个');
    const span = originalSpan(n, at, at + 2);
    expect(original.slice(span.start, span.end)).toBe('這個');
    const b = n.text.indexOf('b');
    expect(original.slice(originalSpan(n, b, b + 1).start, originalSpan(n, b, b + 1).end)).toBe('Ｂ');
  });

  it('maps spans across removed characters to the whole original word', () => {
    const original = 'قیمـــت بالا';
    const n = normalize(original);
    const span = originalSpan(n, 0, 4);
    expect(original.slice(span.start, span.end)).toBe('قیمـــت');
  });

  it('detects Han', () => {
    expect(hasHan('abc')).toBe(false);
    expect(hasHan('太贵')).toBe(true);
  });
});

describe('tokenize', () => {
  it('Persian with ZWNJ, with a space and with nothing gives the same word', () => {
    expect(words('می‌خواهم')).toEqual(['میخواهم']);
    expect(words('می خواهم')).toEqual(['میخواهم']);
    expect(words('میخواهم')).toEqual(['میخواهم']);
    expect(words('هزینه ها')).toEqual(words('هزینه‌ها'));
    expect(words('نمی دونم')).toEqual(words('نمی‌دونم'));
  });

  it('splits Chinese into characters, traditional folded to simplified', () => {
    expect(words('太貴了')).toEqual(['太', '贵', '了']);
  });

  it('expands English contractions, with or without the apostrophe', () => {
    expect(words("I can't")).toEqual(['i', 'can', 'not']);
    expect(words('I can’t')).toEqual(['i', 'can', 'not']);
    expect(words('dont worry')).toEqual(['do', 'not', 'worry']);
    expect(words("it's the customer's")).toEqual(['it', 'is', 'the', 'customer']);
  });

  it('keeps ?, % and currency signs as tokens and counts sentences', () => {
    const t = tokenize(fold('Is it 10% off? Yes. $5'));
    expect(t.map((x) => x.norm)).toEqual(['is', 'it', '10', '%', 'off', '?', 'yes', '$', '5']);
    expect(t.map((x) => x.sentence)).toEqual([0, 0, 0, 0, 0, 0, 1, 2, 2]);
  });

  it('marks negators, but not "not only" or 不过', () => {
    const neg = (s: string) => tokenize(fold(s, { toSimplified })).filter((t) => t.negator).map((t) => t.norm);
    expect(neg("I won't push")).toEqual(['not']);
    expect(neg('not only that')).toEqual([]);
    expect(neg('не буду давить')).toEqual(['не']);
    expect(neg('不过我们不能打折')).toEqual(['不']);
    expect(neg('تخفیف نمی‌دهیم')).toEqual(['نمیدهیم']);
    expect(neg('نظر شما')).toEqual([]);
  });

  it('marks numbers: digits, Han numerals and number words', () => {
    const nums = (s: string) => tokenize(fold(s)).filter((t) => t.numeric).map((t) => t.norm);
    expect(nums('five hundred dollars, 18k')).toEqual(['five', 'hundred', '18k']);
    expect(nums('пятьсот рублей')).toEqual(['пятьсот']);
    expect(nums('八万块')).toEqual(['八', '万']);
    expect(nums('۳ ماه')).toEqual(['3']);
  });
});

describe('Persian registers', () => {
  const keys = (s: string) => tokenize(fold(s)).map((t) => t.key);
  it.each([
    ['می‌کنه', 'می‌کند'],
    ['میدیم', 'می‌دهیم'],
    ['نمی‌شه', 'نمی‌شود'],
    ['درکتون', 'درکتان'],
    ['کاتالوگ رو', 'کاتالوگ را'],
    ['یه مدل دیگه', 'یک مدل دیگر'],
    ['برمیگرده', 'برمی‌گردد'],
    ['بذارید', 'بگذارید'],
    ['کنین', 'کنید'],
  ])('spoken %s and written %s match', (spoken, written) => {
    expect(keys(spoken)).toEqual(keys(written));
  });
});
