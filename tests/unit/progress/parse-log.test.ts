import { describe, expect, it } from 'vitest';
import { attemptFault, parseLog } from '../../../src/progress/parse-log.ts';
import { attempt, line } from './attempts.ts';

const a1 = attempt({ at: '2024-05-06T09:00:00.000Z' });
const a2 = attempt({ at: '2024-05-06T09:01:00.000Z', objection: 'think-about-it' });

describe('parseLog', () => {
  it('reads one attempt per line, with their times', () => {
    const log = parseLog(line(a1) + line(a2));
    expect(log.attempts).toEqual([a1, a2]);
    expect(log.times).toEqual([Date.parse(a1.at), Date.parse(a2.at)]);
    expect(log.problems).toEqual([]);
    expect(log.endsWithNewline).toBe(true);
  });

  it('skips a torn last line (no newline) with a warning naming its line', () => {
    const whole = line(a2);
    const log = parseLog(line(a1) + whole.slice(0, 40));
    expect(log.attempts).toEqual([a1]);
    expect(log.problems).toEqual([{ line: 2, kind: 'torn' }]);
    expect(log.endsWithNewline).toBe(false);
  });

  it('accepts a last line that is a whole attempt even without its newline', () => {
    const log = parseLog(line(a1) + JSON.stringify(a2));
    expect(log.attempts).toEqual([a1, a2]);
    expect(log.problems).toEqual([]);
    expect(log.endsWithNewline).toBe(false);
  });

  it('reports a corrupt line in the middle with its line number and keeps going', () => {
    const log = parseLog(`${line(a1)}{"v":1,"at":"2024-05\n${line(a2)}`);
    expect(log.attempts).toEqual([a1, a2]);
    expect(log.problems).toEqual([{ line: 2, kind: 'corrupt' }]);
  });

  it('a torn line that later appends followed becomes a corrupt line, still skipped', () => {
    const log = parseLog(`${line(a1)}{"v":1,"at\n${line(a2)}`);
    expect(log.problems).toEqual([{ line: 2, kind: 'corrupt' }]);
    expect(log.attempts).toHaveLength(2);
  });

  it('names the field that makes a JSON line not an attempt', () => {
    const bad = { ...a1, score: 'high' };
    const log = parseLog(`${line(a1)}${JSON.stringify(bad)}\n[1,2]\n`);
    expect(log.problems).toEqual([
      { line: 2, kind: 'invalid', field: 'score' },
      { line: 3, kind: 'invalid', field: 'line' },
    ]);
  });

  it('reports lines from a newer format version instead of misreading them', () => {
    const log = parseLog(`${JSON.stringify({ ...a1, v: 2 })}\n`);
    expect(log.problems).toEqual([{ line: 1, kind: 'newer-version' }]);
    expect(log.attempts).toEqual([]);
  });

  it('ignores blank lines, a BOM and CRLF line ends (a log opened in an editor)', () => {
    const text = `\ufeff${JSON.stringify(a1)}\r\n\r\n   \n${JSON.stringify(a2)}\r\n`;
    const log = parseLog(text);
    expect(log.attempts).toEqual([a1, a2]);
    expect(log.problems).toEqual([]);
  });

  it('an empty log is fine and ends "with a newline" (nothing to repair)', () => {
    expect(parseLog('')).toEqual({ attempts: [], times: [], problems: [], endsWithNewline: true });
  });

  it('keeps unknown extra fields (lines from a newer minor version)', () => {
    const withExtra = { ...a1, device: 'laptop' };
    expect(parseLog(line(withExtra as typeof a1)).attempts).toEqual([withExtra]);
  });
});

describe('attemptFault', () => {
  it.each([
    ['at', { at: 'yesterday' }],
    ['at', { at: '2024-13-01T00:00:00.000Z' }],
    ['playbook', { playbook: '' }],
    ['objection', { objection: 3 }],
    ['lang', { lang: undefined }],
    ['detected', { detected: ['ok', 1] }],
    ['expected', { expected: 'clarify' }],
    ['score', { score: 101 }],
    ['score', { score: Number.NaN }],
    ['durationMs', { durationMs: -1 }],
    ['persona', { persona: 7 }],
  ])('finds %s', (field, change) => {
    expect(attemptFault({ ...a1, ...change })).toBe(field);
  });

  it('accepts a whole attempt', () => {
    expect(attemptFault(a1)).toBeUndefined();
  });
});
