// Running npm, npx and other tools from tests: plain child processes with a quiet, colourless env.
import { spawnSync } from 'node:child_process';

export interface ToolResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runTool(
  cmd: string,
  args: readonly string[],
  opts: { cwd?: string; input?: string; env?: Record<string, string | undefined>; timeout?: number } = {},
): ToolResult {
  const env: Record<string, string | undefined> = {
    ...process.env,
    NO_COLOR: '1',
    FORCE_COLOR: undefined,
    CI: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
    ...opts.env,
  };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const r = spawnSync(cmd, args, {
    cwd: opts.cwd,
    input: opts.input ?? '',
    env: env as NodeJS.ProcessEnv,
    encoding: 'utf8',
    timeout: opts.timeout ?? 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) return { code: null, stdout: r.stdout ?? '', stderr: `${r.stderr ?? ''}\n${r.error.message}` };
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** True when `cmd` can be started (found on PATH). */
export function hasTool(cmd: string, versionArg = '--version'): boolean {
  const r = spawnSync(cmd, [versionArg], { encoding: 'utf8', timeout: 30_000 });
  return !r.error && r.status === 0;
}

/** Text for assertion messages: what the process said. */
export function show(r: ToolResult): string {
  return `exit ${r.code}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`;
}
