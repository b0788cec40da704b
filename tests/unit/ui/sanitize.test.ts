import { describe, expect, it } from 'vitest';
import { sanitize, sanitizeLine } from '../../../src/ui/sanitize.ts';

describe('sanitize', () => {
  it('removes CSI, OSC and two-byte escape sequences', () => {
    expect(sanitize('a\u001b[31mred\u001b[0m b')).toBe('ared b');
    expect(sanitize('x\u001b]0;pwned\u0007y')).toBe('xy');
    expect(sanitize('x\u001b]8;;http://e\u001b\\link\u001b]8;;\u001b\\y')).toBe('xlinky');
    expect(sanitize('\u001bcclear')).toBe('clear');
  });
  it('removes C0/C1 controls and bidi overrides but keeps newlines and Persian ZWNJ', () => {
    expect(sanitize('a\u0007b\u0000c\u009bd')).toBe('abcd');
    expect(sanitize('evil\u202etxt.exe\u2066x\u2069')).toBe('eviltxt.exex');
    expect(sanitize('می\u200cخواهم\nline')).toBe('می\u200cخواهم\nline');
  });
  it('folds line breaks for one-line contexts', () => {
    expect(sanitizeLine('one\r\ntwo\u2028three')).toBe('one two three');
  });
});
