// README.md's command reference is generated from the built program (scripts/gen-readme.mjs);
// this fails when someone changes a command and forgets `node scripts/gen-readme.mjs`.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runTool, show } from './npm-tools.ts';

const SCRIPT = fileURLToPath(new URL('../../scripts/gen-readme.mjs', import.meta.url));
const README = fileURLToPath(new URL('../../README.md', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'parry-readme-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const check = (file: string) => runTool(process.execPath, [SCRIPT, '--check', '--file', file], { timeout: 60_000 });

describe('README command reference', () => {
  it('is current (else run `node scripts/gen-readme.mjs` and commit README.md)', () => {
    const r = check(README);
    expect(r.code, show(r)).toBe(0);
  }, 60_000);

  it('is reported stale when an option in it is out of date', () => {
    const text = readFileSync(README, 'utf8');
    expect(text).toContain('--strict');
    const stale = join(tmp, 'README.md');
    writeFileSync(stale, text.replace('--strict', '--strictly'));
    const r = check(stale);
    expect(r.code, show(r)).toBe(1);
    expect(r.stderr).toContain('the command reference is stale');
  }, 60_000);

  it('needs both marker lines', () => {
    const bare = join(tmp, 'bare.md');
    writeFileSync(bare, '# Parry\n\n## Commands\n');
    const r = check(bare);
    expect(r.code, show(r)).toBe(2);
    expect(r.stderr).toContain('<!-- commands:start -->');
  }, 60_000);
});
