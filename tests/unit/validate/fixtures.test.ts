// One fixture per finding code (tests/fixtures/validate/<code>.yaml): each must produce exactly
// that code at the line:column listed in expected.json, and nothing else. Two codes need files
// too large or too empty to commit; they are made here.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPlaybooks } from '../../../src/commands/validate.ts';
import { CODES } from '../../../src/validate/codes.ts';

const DIR = new URL('../../fixtures/validate/', import.meta.url).pathname;
const EXPECTED = JSON.parse(readFileSync(join(DIR, 'expected.json'), 'utf8')) as Record<string, [string, number, number][]>;
const GENERATED = ['file-too-large', 'no-playbooks'];
/** Codes of the rules that run the scorer: their fixtures are checked with `--scorer`, the rest without. */
const SCORER = new Set(['undetected-technique', 'failing-case', 'invalid-cue', 'cue-never-matches', 'cue-too-broad']);

const check = async (paths: string[], cwd = DIR) => {
  const scorer = paths.some((p) => SCORER.has(p.replace(/\.yaml$/, '')));
  const r = await checkPlaybooks({ paths, builtin: true, context: [], cwd, scorer });
  return r.findings.map((f) => [f.code, f.line, f.column]);
};

describe('one fixture per finding code', () => {
  it('covers every code', () => {
    const covered = new Set([...Object.keys(EXPECTED).map((f) => f.replace(/\.yaml$/, '')), ...GENERATED]);
    expect([...covered].sort()).toEqual(Object.keys(CODES).sort());
  });

  it.each(Object.entries(EXPECTED))('%s gives exactly its code at its position', async (file, expected) => {
    expect(await check([file])).toEqual(expected);
  });

  const tmp = mkdtempSync(join(tmpdir(), 'parry-fixtures-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('file-too-large: a 50 MB file is refused unread, quickly', async () => {
    const big = join(tmp, 'huge.yaml');
    const line = `- ${'x'.repeat(1000)}\n`;
    writeFileSync(big, line.repeat(Math.ceil((50 * 1024 * 1024) / line.length)));
    expect(await check([big], tmp)).toEqual([['file-too-large', 1, 1]]);
  });

  it('no-playbooks: a folder without YAML files, and a glob that matches nothing', async () => {
    mkdirSync(join(tmp, 'empty'));
    writeFileSync(join(tmp, 'empty', 'notes.txt'), 'not a playbook');
    expect(await check(['empty', 'nothing/*.yaml'], tmp)).toEqual([
      ['no-playbooks', 1, 1],
      ['no-playbooks', 1, 1],
    ]);
  });
});

describe('docs/validate.md', () => {
  it('documents every finding code with its severity', () => {
    const doc = readFileSync(new URL('../../../docs/validate.md', import.meta.url), 'utf8');
    for (const [code, info] of Object.entries(CODES)) expect(doc).toContain(`| \`${code}\` | ${info.severity} |`);
  });
});
