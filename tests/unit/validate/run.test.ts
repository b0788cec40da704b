import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/validate/finding.ts';
import { exitCodeFor, MAX_PER_CODE_AND_FILE, orderFindings, summarize } from '../../../src/validate/run.ts';

const f = (file: string, line: number, code = 'unknown-key', severity: Finding['severity'] = 'error'): Finding => ({ file, line, column: 1, severity, code, message: 'm' });

describe('run', () => {
  it('orders by the order files were given, then line', () => {
    const out = orderFindings([f('b.yaml', 1), f('a.yaml', 9), f('a.yaml', 2)], ['b.yaml', 'a.yaml']);
    expect(out.map((x) => `${x.file}:${x.line}`)).toEqual(['b.yaml:1', 'a.yaml:2', 'a.yaml:9']);
  });

  it('lists at most a hundred findings of one code per file, then counts the rest', () => {
    const many = Array.from({ length: 250 }, (_, i) => f('a.yaml', i + 1));
    const out = orderFindings(many, ['a.yaml']);
    expect(out).toHaveLength(MAX_PER_CODE_AND_FILE + 1);
    expect(out.at(-1)!.message).toBe('… and 150 more `unknown-key` findings in this file, not listed.');
  });

  it('exits 1 on errors, on warnings only with --strict or over --max-warnings', () => {
    const warn = summarize([f('a', 1, 'placeholder', 'warning'), f('a', 2, 'placeholder', 'warning')], 1);
    expect(warn).toEqual({ files: 1, errors: 0, warnings: 2 });
    expect(exitCodeFor(warn, {})).toBe(0);
    expect(exitCodeFor(warn, { strict: true })).toBe(1);
    expect(exitCodeFor(warn, { maxWarnings: 2 })).toBe(0);
    expect(exitCodeFor(warn, { maxWarnings: 1 })).toBe(1);
    expect(exitCodeFor(summarize([f('a', 1)], 1), {})).toBe(1);
    expect(exitCodeFor(summarize([], 3), { strict: true, maxWarnings: 0 })).toBe(0);
  });
});
