// `parry reset` in a real terminal (a pty): the question, yes, no and Ctrl+C.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pty from '@lydell/node-pty';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN } from './run-binary.ts';

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'parry-e2e-reset-'));
  chmodSync(work, 0o755);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const attempt = JSON.stringify({
  v: 1,
  at: '2024-05-06T09:00:00.000Z',
  playbook: 'sales',
  objection: 'too-expensive',
  lang: 'en',
  mode: 'type',
  answer: 'x',
  detected: [],
  expected: [],
  score: 50,
  durationMs: 1,
});

let n = 0;
function seeded(): string {
  const dir = join(work, `d${++n}`);
  mkdirSync(dir);
  writeFileSync(join(dir, 'attempts.jsonl'), `${attempt}\n${attempt}\n`);
  return dir;
}

/** Run `parry reset` in a pty; once the question shows, type `keys`. */
function resetInTerminal(dir: string, keys: string, lang = 'en'): Promise<{ code: number; screen: string }> {
  return new Promise((resolve, reject) => {
    const env: Record<string, string> = { ...(process.env as Record<string, string>), NO_COLOR: '1', LANG: 'C', PARRY_LANG: lang };
    delete env.CI;
    const term = pty.spawn(process.execPath, [BIN, 'reset', '--data-dir', dir], { cols: 100, rows: 20, env });
    let screen = '';
    let typed = false;
    const timer = setTimeout(() => {
      term.kill();
      reject(new Error(`no exit; screen so far:\n${screen}`));
    }, 15_000);
    term.onData((d) => {
      screen += d;
      // The question is shown once its yes/no hint is: "(y/N)", "(д/Н)", …
      if (!typed && /\(\S+\/\S+\)/.test(screen.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, ''))) {
        typed = true;
        term.write(keys);
      }
    });
    term.onExit(({ exitCode }) => {
      clearTimeout(timer);
      resolve({ code: exitCode, screen });
    });
  });
}

describe('parry reset in a terminal', () => {
  it('asks, and on yes clears with a backup (exit 0)', async () => {
    const dir = seeded();
    const { code, screen } = await resetInTerminal(dir, 'y\r');
    expect(screen).toContain('Clear all progress (2 attempts)? A backup of the log is kept.');
    expect(code).toBe(0);
    expect(screen).toContain('Progress cleared.');
    expect(existsSync(join(dir, 'attempts.jsonl'))).toBe(false);
    expect(readdirSync(join(dir, 'backups'))).toHaveLength(1);
  });

  it('on no (the default) changes nothing (exit 1)', async () => {
    const dir = seeded();
    const { code, screen } = await resetInTerminal(dir, '\r');
    expect(code).toBe(1);
    expect(screen).toContain('Nothing changed.');
    expect(existsSync(join(dir, 'attempts.jsonl'))).toBe(true);
  });

  it('Ctrl+C cancels: exit 130, nothing changed, no stack trace', async () => {
    const dir = seeded();
    const { code, screen } = await resetInTerminal(dir, '\u0003');
    expect(code).toBe(130);
    expect(screen).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, 'attempts.jsonl'))).toBe(true);
  });

  it('asks in the interface language and accepts its word for yes', async () => {
    const dir = seeded();
    const { code, screen } = await resetInTerminal(dir, 'да\r', 'ru');
    expect(screen).toContain('Стереть весь прогресс (2 попытки)?');
    expect(screen).toContain('(д/Н)');
    expect(code).toBe(0);
    expect(existsSync(join(dir, 'attempts.jsonl'))).toBe(false);
  });
});
