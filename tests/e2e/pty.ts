// The built binary in a pseudo-terminal, for interactive sessions: a real TTY on both ends, so Inquirer
// renders and reads keys as it does for a user. Waits are for text on the screen, never for time.
import { spawn, type IPty } from '@lydell/node-pty';
import { stripVTControlCharacters } from 'node:util';
import { BIN } from './run-binary.ts';

export interface PtySession {
  /** Everything printed so far, escape sequences removed. */
  text(): string;
  /** Resolves once `pattern` appears after the previous match; rejects with the screen after `timeoutMs`. */
  waitFor(pattern: string | RegExp, timeoutMs?: number): Promise<void>;
  /** Text printed after the previous match. */
  sinceLastMatch(): string;
  write(data: string): void;
  readonly exit: Promise<{ exitCode: number; signal?: number }>;
  kill(): void;
}

export function spawnParry(args: readonly string[], opts: { env?: Record<string, string | undefined>; cols?: number } = {}): PtySession {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, CI: undefined, TERM: 'xterm-256color', ...opts.env }))
    if (v !== undefined) env[k] = v;
  const pty: IPty = spawn(process.execPath, [BIN, ...args], { name: 'xterm-256color', cols: opts.cols ?? 100, rows: 40, env });
  let raw = '';
  let from = 0;
  const listeners = new Set<() => void>();
  pty.onData((d) => {
    raw += d;
    for (const l of [...listeners]) l();
  });
  const exit = new Promise<{ exitCode: number; signal?: number }>((resolve) => pty.onExit((e) => resolve(e)));
  const text = () => stripVTControlCharacters(raw);
  return {
    text,
    sinceLastMatch: () => text().slice(from),
    waitFor(pattern, timeoutMs = 20_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const rest = text().slice(from);
          const m = typeof pattern === 'string' ? { index: rest.indexOf(pattern), length: pattern.length } : (() => {
            const r = pattern.exec(rest);
            return r ? { index: r.index, length: r[0].length } : { index: -1, length: 0 };
          })();
          if (m.index < 0) return false;
          from += m.index + m.length;
          return true;
        };
        if (check()) return resolve();
        const timer = setTimeout(() => {
          listeners.delete(listener);
          reject(new Error(`timed out waiting for ${String(pattern)}; screen since last match:\n${text().slice(from)}`));
        }, timeoutMs);
        const listener = () => {
          if (check()) {
            clearTimeout(timer);
            listeners.delete(listener);
            resolve();
          }
        };
        listeners.add(listener);
        void exit.then(() => setTimeout(() => {
          if (listeners.has(listener)) {
            clearTimeout(timer);
            listeners.delete(listener);
            reject(new Error(`parry exited before ${String(pattern)} appeared; screen since last match:\n${text().slice(from)}`));
          }
        }, 200));
      });
    },
    write: (data) => pty.write(data),
    exit,
    kill: () => pty.kill(),
  };
}
