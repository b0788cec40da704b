import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runParry } from './run-binary.ts';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

describe('parry (built binary)', () => {
  it('prints the package version and exits 0', () => {
    const r = runParry(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it('lists every command in --help', () => {
    const r = runParry(['--help']);
    expect(r.code).toBe(0);
    for (const cmd of ['practice', 'lookup', 'validate', 'score', 'eval', 'list', 'stats', 'init', 'schema']) {
      expect(r.stdout).toMatch(new RegExp(`^\\s+${cmd}\\b`, 'm'));
    }
  });

  it('exits 2 with a one-line message on an unknown command, no stack trace', () => {
    const r = runParry(['bogus']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown command 'bogus'");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 on a bad option value', () => {
    const r = runParry(['practice', '--count', 'many', '--plain']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('expected a whole number');
  });
});
