// `parry practice` in process: main() with a fake host (streams, env, signals), the real catalog,
// scorer and progress store, --plain so no terminal is needed. Covers the command's wiring,
// including SIGINT, without spawning a process.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.ts';
import type { Host } from '../../src/host.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function fakeHost(env: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'parry-practice-int-'));
  dirs.push(dir);
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  const waiters: (() => void)[] = [];
  stdout.on('data', (c: Buffer) => {
    out += c.toString();
    for (const w of waiters.splice(0)) w();
  });
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  const listeners = new Map<string, Set<() => void>>();
  const host: Host = {
    env: { NO_COLOR: '1', LANG: 'en_US.UTF-8', PARRY_HOME: dir, ...env },
    stdin,
    stdout,
    stderr,
    cwd: () => dir,
    once: (event, listener) => void (listeners.get(event) ?? listeners.set(event, new Set()).get(event)!).add(listener),
    off: (event, listener) => void listeners.get(event)?.delete(listener),
  };
  return {
    host,
    dir,
    stdin,
    out: () => out,
    err: () => err,
    signal(event: 'SIGINT') {
      const ls = [...(listeners.get(event) ?? [])];
      listeners.get(event)?.clear();
      for (const l of ls) l();
      return ls.length;
    },
    listenerCount: (event: string) => listeners.get(event)?.size ?? 0,
    waitFor(text: string): Promise<void> {
      return new Promise((resolve) => {
        const check = () => (out.includes(text) ? resolve() : waiters.push(check));
        check();
      });
    },
    attempts: () =>
      existsSync(join(dir, 'attempts.jsonl'))
        ? readFileSync(join(dir, 'attempts.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>)
        : [],
  };
}

describe('parry practice (in process)', () => {
  it('runs a --plain session to the summary and saves each attempt', async () => {
    const h = fakeHost();
    h.stdin.end('I understand. What exactly are you comparing it with?\n\n');
    const code = await main(['practice', '--plain', '--count', '2', '--seed', '21'], h.host);
    expect([code, h.err()]).toEqual([0, '']);
    expect(h.out()).toContain('Summary · 2 of 2 answered');
    const saved = h.attempts();
    expect(saved.map((a) => a.answer)).toEqual(['I understand. What exactly are you comparing it with?', '']);
    expect(saved[0]?.detected).toEqual(expect.arrayContaining(['empathize', 'clarify']));
    // The signal listener is gone once the session is over.
    expect(h.listenerCount('SIGINT')).toBe(0);
  });

  it('on SIGINT in the middle saves what was done, says goodbye and returns 130', async () => {
    const h = fakeHost();
    const running = main(['practice', '--plain', '--count', '3', '--seed', '4'], h.host);
    await h.waitFor('Your answer:');
    h.stdin.write('What exactly would you compare it with?\n');
    await h.waitFor('Question 2 of 3');
    expect(h.signal('SIGINT')).toBe(1);
    expect(await running).toBe(130);
    expect(h.err()).toBe('\nStopped. 1 answer saved. See you next time.\n');
    expect(h.out()).not.toContain('Summary');
    expect(h.attempts()).toHaveLength(1);
  });

  it('exits 2 without a terminal unless --plain, and speaks the interface language', async () => {
    const h = fakeHost({ LANG: 'ru_RU.UTF-8' });
    expect(await main(['practice'], h.host)).toBe(2);
    expect(h.err()).toMatch(/^parry: для practice нужен интерактивный терминал.*--plain/);
  });

  it('--due with nothing due, or --new with nothing new, says so and exits 0', async () => {
    const h = fakeHost();
    expect(await main(['practice', '--plain', '--due'], h.host)).toBe(0);
    expect([h.out(), h.err()]).toEqual([expect.stringMatching(/^Nothing is due for review right now\./), '']);
    h.stdin.end('What exactly?\n');
    expect(await main(['practice', '--plain', '--objection', 'too-expensive'], h.host)).toBe(0);
    const again = fakeHost({ PARRY_HOME: h.dir });
    expect(await main(['practice', '--plain', '--new', '--objection', 'too-expensive'], again.host)).toBe(0);
    expect(again.out()).toMatch(/^You have practised every objection here at least once\./);
  });
});
