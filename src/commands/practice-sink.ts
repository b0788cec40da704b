// Where a practice session's attempts go until the progress store lands (issue: progress): one JSON
// line per attempt, appended to <data dir>/attempts.jsonl, or nowhere with --no-save. Kept tiny and
// apart so the progress store can replace it without touching the session.
import { appendFile, mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { AttemptSink } from '../progress/model.ts';

export const ATTEMPTS_FILE = 'attempts.jsonl';

/** --data-dir, else PARRY_HOME, else the user data folder (env-paths). */
export async function resolveDataDir(dataDir: string | undefined, env: Readonly<Record<string, string | undefined>>, cwd: string): Promise<string> {
  if (dataDir) return resolve(cwd, dataDir);
  if (env.PARRY_HOME) return resolve(cwd, env.PARRY_HOME);
  const { default: envPaths } = await import('env-paths');
  return envPaths('parry', { suffix: '' }).data;
}

export function createJsonlSink(dir: string): AttemptSink {
  let ready: Promise<unknown> | undefined;
  return {
    async append(attempt) {
      await (ready ??= mkdir(dir, { recursive: true }));
      // One write per line: appends of a line this short do not interleave with another session's.
      await appendFile(join(dir, ATTEMPTS_FILE), `${JSON.stringify(attempt)}\n`, 'utf8');
    },
  };
}

/** --no-save. */
export const discardSink: AttemptSink = { append: async () => {} };
