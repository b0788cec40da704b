// Runs the built binary (bin/parry.js → dist/) as a user would: a child process, real streams.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/parry.js', import.meta.url));

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runParry(
  args: readonly string[],
  opts: { input?: string; env?: Record<string, string | undefined>; cwd?: string; timeout?: number } = {},
): RunResult {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, CI: 'true', ...opts.env };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input: opts.input ?? '',
    env: env as NodeJS.ProcessEnv,
    cwd: opts.cwd,
    encoding: 'utf8',
    timeout: opts.timeout ?? 15_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
