// The quality gates of the built-in playbooks (issue 4), run as a maintainer would run them.
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runParry } from './run-binary.ts';

describe('built-in playbooks (built binary)', () => {
  it('validate --strict --scorer playbooks/ finds nothing: the files are checked once, not against their own built-in copies', () => {
    const r = runParry(['validate', '--strict', '--scorer', '--format', 'json', 'playbooks/'], { timeout: 60_000 });
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as { findings?: unknown[]; summary?: unknown };
    expect(report.findings ?? []).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('every labelled case of the built-in playbooks passes through eval', () => {
    const r = runParry(['eval', '--json', 'playbooks/'], { timeout: 60_000 });
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { micro: { f1: number } };
    expect(report.micro.f1).toBe(1);
  });

  it('a copy of a built-in playbook elsewhere is still a duplicate of the built-in', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parry-copy-'));
    copyFileSync('playbooks/gym.yaml', join(dir, 'gym.yaml'));
    const r = runParry(['validate', '--format', 'json', join(dir, 'gym.yaml')]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { findings: { code: string; line: number }[] };
    expect(report.findings.map((f) => f.code)).toContain('duplicate-id');
  });
});

describe('eval on a case file outside the working folder (built binary)', () => {
  it('reads its cases whether the path is absolute or climbs out with ../', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parry-eval-'));
    copyFileSync('tests/fixtures/probes/probe-en.yaml', join(dir, 'cases.yaml'));
    const sub = mkdtempSync(join(dir, 'cwd-'));
    for (const [path, cwd] of [
      [join(dir, 'cases.yaml'), undefined],
      ['../cases.yaml', sub],
    ] as const) {
      const r = runParry(['eval', '--json', path], cwd ? { cwd } : {});
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const report = JSON.parse(r.stdout) as { cases: number };
      expect(report.cases).toBe(50);
    }
  });
});
