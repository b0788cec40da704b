// `parry list` and `parry completion` from the built binary.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runParry } from './run-binary.ts';

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const dir = mkdtempSync(join(tmpdir(), 'parry-e2e-completion-'));

describe('parry list (built binary)', () => {
  it('lists the built-in objections by default, as a table or one JSON document', () => {
    const text = runParry(['list']);
    expect(text.code).toBe(0);
    expect(text.stdout.split('\n')[0]).toMatch(/^ID\s+CATEGORY\s+PLAYBOOK\s+WHAT THE CUSTOMER SAYS$/);
    expect(text.stdout).toMatch(/^too-expensive\s+price\s/m);
    const j = runParry(['list', '--json']);
    const data = JSON.parse(j.stdout);
    expect(data.lang).toBe('en');
    expect(data.objections.map((o: { id: string }) => o.id)).toContain('too-expensive');
  });

  it('lists techniques and personas, in the reader language', () => {
    const t = JSON.parse(runParry(['list', 'techniques', '--json', '--lang', 'zh']).stdout);
    expect(t.techniques.find((x: { id: string }) => x.id === 'false-floor')).toMatchObject({ risky: true, family: 'risky', lang: 'zh' });
    const p = JSON.parse(runParry(['list', 'personas', '--json']).stdout);
    expect(p.personas.length).toBeGreaterThan(0);
  });

  it('--playbook lists only what those files define', () => {
    const r = JSON.parse(runParry(['list', '--json', '--playbook', 'tests/fixtures/lookup/sales.yaml']).stdout);
    expect(new Set(r.objections.map((o: { playbook: string }) => o.playbook))).toEqual(new Set(['fixture-sales']));
  });

  it('exit 2 on an unknown kind', () => {
    const r = runParry(['list', 'things']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("'things' is invalid");
  });
});

describe('parry completion (built binary)', () => {
  it('bash: a script bash accepts, with the built-in ids', () => {
    const r = runParry(['completion', 'bash']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('complete -F _parry_complete parry');
    expect(r.stdout).toContain('too-expensive');
    expect(r.stdout).toContain('daily-cost');
    const file = join(dir, 'parry.bash');
    writeFileSync(file, r.stdout);
    execFileSync('bash', ['-n', file]);
  });

  it.skipIf(!has('zsh'))('zsh: a script zsh accepts', () => {
    const file = join(dir, '_parry');
    writeFileSync(file, runParry(['completion', 'zsh']).stdout);
    execFileSync('zsh', ['-n', file]);
  });

  it.skipIf(!has('fish'))('fish: a script fish accepts', () => {
    const file = join(dir, 'parry.fish');
    writeFileSync(file, runParry(['completion', 'fish']).stdout);
    execFileSync('fish', ['--no-execute', file]);
  });

  it('exit 2 for a shell it does not know', () => {
    expect(runParry(['completion', 'tcsh']).code).toBe(2);
  });
});
