import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../../../src/playbook/lines.ts';
import { scanCharacters } from '../../../../src/validate/rules/characters.ts';

const scan = (text: string) => scanCharacters({ path: 'p.yaml', lines: new LineIndex(text) }, text).map((f) => `${f.code} ${f.line}:${f.column}`);

describe('scanCharacters', () => {
  it('reports control characters and whole terminal escape sequences', () => {
    expect(scan('a: "x\u0007"\nb: "\u001b[31mred\u001b[0m"\n')).toEqual(['control-character 1:6', 'control-character 2:5', 'control-character 2:13']);
  });

  it('reports bidirectional overrides and isolates (Trojan Source)', () => {
    expect(scan('a: "evil\u202etxt"\n# \u2066comment\u2069\n')).toEqual(['bidi-control 1:9', 'bidi-control 2:3', 'bidi-control 2:11']);
  });

  it('reports invisible characters but keeps ZWNJ in Persian and ZWJ in emoji', () => {
    expect(scan('fa: می\u200cخواهم\nen: zero\u200bwidth\nx: a\u200cb\ne: 👩\u200d💻\nw: a\u2060b\n')).toEqual([
      'invisible-character 2:9',
      'invisible-character 3:5',
      'invisible-character 5:5',
    ]);
  });

  it('accepts emoji tag sequences (subdivision flags) but not stray tag characters', () => {
    const scotland = '\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}';
    expect(scan(`a: ${scotland}\nb: x\u{E0041}y\n`)).toEqual(['invisible-character 2:5']);
  });

  it('is silent on ordinary multilingual text', () => {
    expect(scan('zh: 太贵了。\nru: Это дорого — «очень».\nfa: این گران است؛ می‌دانم.\nemoji: 😀👍🏽\n')).toEqual([]);
  });
});
