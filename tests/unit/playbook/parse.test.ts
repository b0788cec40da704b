import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../../src/playbook/lines.ts';
import { parseYaml, type Path } from '../../../src/playbook/parse.ts';

/** line:col of the node at a path, and the text it points at. */
function where(text: string, path: Path, part: 'key' | 'value' = 'value') {
  const parsed = parseYaml(text);
  const span = parsed.locate(path, part);
  const { line, column } = new LineIndex(text).position(span.start);
  return `${line}:${column} ${text.slice(span.start, span.end)}`;
}

const DOC = `# comment
parry: 1
id: demo
title: { en: Demo, zh: 演示 }
objections:
  - id: too-expensive
    "category": price
    text:
      en: ["It's too expensive.", 'More than we wanted']
      zh: 太贵了
    responses:
      - uses: [clarify, daily-cost]
        text:
          en: >-
            Folded text
            on two lines.
`;

describe('parseYaml', () => {
  it('reads plain data with the YAML 1.2 core schema', () => {
    const { data, problems } = parseYaml('a: no\nb: 2024-01-02\nc: 0x10\nd: ~\n');
    expect(problems).toEqual([]);
    expect(data).toEqual({ a: 'no', b: '2024-01-02', c: 16, d: null });
  });

  it('locates values in block and flow style, quoted keys and block scalars', () => {
    expect(where(DOC, ['id'])).toBe('3:5 demo');
    expect(where(DOC, ['title', 'zh'])).toBe('4:24 演示');
    expect(where(DOC, ['objections', 0, 'category'])).toBe('7:17 price');
    expect(where(DOC, ['objections', 0, 'category'], 'key')).toBe('7:5 "category"');
    expect(where(DOC, ['objections', 0, 'text', 'en', 1])).toBe("9:35 'More than we wanted'");
    expect(where(DOC, ['objections', 0, 'responses', 0, 'uses', 1])).toBe('12:25 daily-cost');
    expect(where(DOC, ['objections', 0, 'responses', 0, 'text', 'en'])).toBe('14:15 >-');
    expect(where(DOC, ['objections', 0])).toBe('6:5 id: too-expensive');
  });

  it('falls back to the deepest written node for a path that leaves the document', () => {
    expect(where(DOC, ['objections', 0, 'motto', 'en'])).toBe('6:5 id: too-expensive');
    expect(where(DOC, ['objections', 5])).toBe('6:3 - id: too-expensive');
  });

  it('counts columns in UTF-16 code units, as editors do', () => {
    expect(where('a: { zh: "中文字符", x: 5 }\n', ['a', 'x'])).toBe('1:21 5');
    expect(where('a: "😀"\nb: 1\n', ['b'])).toBe('2:4 1');
  });

  it('reports every duplicate key with its position, keeping the last value', () => {
    const text = 'a: 1\nb: 2\na: 3\nm: { x: 1, x: 2 }\n';
    const { data, problems } = parseYaml(text);
    expect(data).toEqual({ a: 3, b: 2, m: { x: 2 } });
    const lines = new LineIndex(text);
    expect(problems.map((p) => [p.code, lines.position(p.start)])).toEqual([
      ['duplicate-key', { line: 3, column: 1 }],
      ['duplicate-key', { line: 4, column: 12 }],
    ]);
  });

  it('reports a syntax error at its position with advice, never throwing', () => {
    const text = 'a: 1\n  b: 2\n';
    const { data, problems } = parseYaml(text);
    expect(data).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]!.code).toBe('yaml-syntax');
    expect(new LineIndex(text).position(problems[0]!.start)).toEqual({ line: 2, column: 4 });
    expect(problems[0]!.message).toMatch(/indentation/);
  });

  it('says a playbook is one document', () => {
    expect(parseYaml('a: 1\n---\nb: 2\n').problems[0]!.message).toMatch(/one YAML document/);
  });

  it('stops an alias bomb quickly', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 10; i++) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
    const { data, problems } = parseYaml(lines.join('\n'));
    expect(data).toBeUndefined();
    expect(problems.map((p) => p.code)).toEqual(['excessive-aliases']);
  });

  it('stops an alias cycle', () => {
    expect(parseYaml('a: &x\n  b: *x\n').problems.map((p) => p.code)).toEqual(['excessive-aliases']);
  });

  it('accepts a few harmless aliases', () => {
    const { data, problems } = parseYaml('base: &b { en: Hello }\nother: *b\n');
    expect(problems).toEqual([]);
    expect(data).toEqual({ base: { en: 'Hello' }, other: { en: 'Hello' } });
  });

  it('reports 10,000-deep nesting, flow or block, as a finding', () => {
    const flow = parseYaml(`a: ${'['.repeat(10_000)}${']'.repeat(10_000)}`);
    expect(flow.problems.map((p) => p.code)).toEqual(['nesting-too-deep']);
    let block = '';
    for (let i = 0; i < 1000; i++) block += `${' '.repeat(i)}k:\n`;
    expect(parseYaml(block).problems.map((p) => p.code)).toEqual(['nesting-too-deep']);
    expect(parseYaml(`${'- '.repeat(5000)}x`).problems.map((p) => p.code)).toEqual(['nesting-too-deep']);
  });

  it('keeps __proto__ and constructor as plain data: no prototype pollution', () => {
    const { data } = parseYaml('__proto__: { polluted: true }\nconstructor: { prototype: { polluted: true } }\nlist: [{ __proto__: { polluted: 1 } }]\n');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(data, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    const item = (data as { list: object[] }).list[0]!;
    expect(Object.getPrototypeOf(item)).toBe(Object.prototype);
  });

  it('parses past control characters (reported by their own rule) without moving positions', () => {
    const text = 'a: "x\u0007y"\nb: 1\n';
    const parsed = parseYaml(text);
    expect(parsed.problems).toEqual([]);
    expect(where(text, ['b'])).toBe('2:4 1');
  });

  it('gives no data and no problem for an empty or comment-only document', () => {
    expect(parseYaml('')).toMatchObject({ data: undefined, problems: [] });
    expect(parseYaml('# nothing\n')).toMatchObject({ data: undefined, problems: [] });
  });
});

describe('the playbook YAML schema (YAML 1.2 core)', () => {
  it.each([
    ['~', null],
    ['null', null],
    ['NULL', null],
    ['true', true],
    ['False', false],
    ['no', 'no'],
    ['yes', 'yes'],
    ['on', 'on'],
    ['42', 42],
    ['-7', -7],
    ['+3', 3],
    ['0x1F', 31],
    ['0o17', 15],
    ['1.5', 1.5],
    ['-.inf', Number.NEGATIVE_INFINITY],
    ['.5', 0.5],
    ['1e3', 1000],
    ['2024-01-02', '2024-01-02'],
    ['12:30', '12:30'],
    ['nope', 'nope'],
    ['Tuesday', 'Tuesday'],
    ['0.5 kg', '0.5 kg'],
    ['"1"', '1'],
  ])('%s → %j', (written, value) => {
    expect(parseYaml(`v: ${written}\n`).data).toEqual({ v: value });
  });

  it('reads .nan', () => {
    expect((parseYaml('v: .nan\n').data as { v: number }).v).toBeNaN();
  });
});
