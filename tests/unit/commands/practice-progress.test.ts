import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isInteractive } from '../../../src/commands/practice.ts';
import { ATTEMPTS_FILE, openPracticeProgress } from '../../../src/commands/practice-progress.ts';
import type { Host } from '../../../src/host.ts';
import type { Attempt } from '../../../src/progress/model.ts';
import { testCatalog } from '../session/fixtures.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const attempt = (objection: string): Attempt => ({
  v: 1,
  at: '2026-03-01T09:00:00.000Z',
  playbook: 'test',
  objection,
  lang: 'en',
  mode: 'type',
  answer: 'What exactly?',
  detected: ['clarify'],
  expected: ['clarify'],
  score: 100,
  durationMs: 900,
});
const base = { env: {}, now: new Date(), lang: 'en', catalog: testCatalog() };

describe('practice progress stand-in', () => {
  it('appends one JSON line per attempt under --data-dir, creating the folder', async () => {
    const root = mkdtempSync(join(tmpdir(), 'parry-progress-'));
    dirs.push(root);
    const opened = await openPracticeProgress({ ...base, dataDir: 'nested/data', cwd: root, save: true });
    if (!opened.ok) throw new Error(opened.message);
    await opened.progress.sink.append(attempt('a'));
    await opened.progress.sink.append(attempt('b'));
    const lines = readFileSync(join(root, 'nested/data', ATTEMPTS_FILE), 'utf8').split('\n');
    expect(lines.slice(0, 2).map((l) => (JSON.parse(l) as Attempt).objection)).toEqual(['a', 'b']);
    expect(lines[2]).toBe('');
  });

  it('uses PARRY_HOME when no --data-dir is given, and writes nothing with --no-save', async () => {
    const root = mkdtempSync(join(tmpdir(), 'parry-progress-'));
    dirs.push(root);
    const saving = await openPracticeProgress({ ...base, env: { PARRY_HOME: root }, dataDir: undefined, cwd: '/', save: true });
    if (!saving.ok) throw new Error(saving.message);
    await saving.progress.sink.append(attempt('a'));
    expect(existsSync(join(root, ATTEMPTS_FILE))).toBe(true);
    rmSync(join(root, ATTEMPTS_FILE));
    const discarding = await openPracticeProgress({ ...base, env: { PARRY_HOME: root }, dataDir: undefined, cwd: '/', save: false });
    if (!discarding.ok) throw new Error(discarding.message);
    await discarding.progress.sink.append(attempt('a'));
    expect(existsSync(join(root, ATTEMPTS_FILE))).toBe(false);
  });

  it('rejects when the attempt cannot be written, so the session stops', async () => {
    const root = mkdtempSync(join(tmpdir(), 'parry-progress-'));
    dirs.push(root);
    // A file where the folder should be.
    writeFileSync(join(root, 'blocker'), '');
    const opened = await openPracticeProgress({ ...base, dataDir: join(root, 'blocker', 'data'), cwd: root, save: true });
    if (!opened.ok) throw new Error(opened.message);
    await expect(opened.progress.sink.append(attempt('b'))).rejects.toThrow();
  });

  it('says it cannot honour --due or --new yet', async () => {
    const opened = await openPracticeProgress({ ...base, dataDir: undefined, cwd: '/', save: false, only: 'due' });
    expect(opened.ok && opened.progress.warnings[0]).toMatch(/^--due needs progress tracking/);
  });
});

describe('isInteractive', () => {
  const host = (stdin: boolean, stdout: boolean, env: Record<string, string> = {}) =>
    ({ stdin: { isTTY: stdin }, stdout: { isTTY: stdout }, env }) as unknown as Host;
  it.each([
    [true, true, {}, true],
    [false, true, {}, false],
    [true, false, {}, false],
    [true, true, { CI: 'true' }, false],
    [true, true, { CI: '1' }, false],
    [true, true, { CI: 'false' }, true],
    [true, true, { CI: '' }, true],
  ])('stdin TTY %s, stdout TTY %s, env %o → %s', (stdin, stdout, env, expected) => {
    expect(isInteractive(host(stdin, stdout, env))).toBe(expected);
  });
});
