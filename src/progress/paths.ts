// Where progress lives: --data-dir, else PARRY_HOME, else the user's data folder (env-paths
// `data`: spaced-repetition state is data the user would miss, not a cache or a log).
import envPaths from 'env-paths';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const LOG_FILE = 'attempts.jsonl';
export const BACKUP_DIR = 'backups';

export interface DataLocation {
  /** The folder (may not exist yet). */
  readonly dir: string;
  /** The attempt log inside it. */
  readonly log: string;
  /** What chose the folder, for messages and `stats --json`. */
  readonly from: '--data-dir' | 'PARRY_HOME' | 'default';
}

/** `~/x` as the shell would have expanded it, for values that reached us quoted (PARRY_HOME="~/x"). */
function expandHome(path: string): string {
  return path === '~' || path.startsWith('~/') ? join(homedir(), path.slice(1)) : path;
}

export function resolveDataLocation(
  flag: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
): DataLocation {
  const at = (dir: string, from: DataLocation['from']): DataLocation => {
    const abs = resolve(cwd, expandHome(dir));
    return { dir: abs, log: join(abs, LOG_FILE), from };
  };
  if (flag !== undefined && flag !== '') return at(flag, '--data-dir');
  const home = env.PARRY_HOME;
  if (home !== undefined && home !== '') return at(home, 'PARRY_HOME');
  return at(envPaths('parry', { suffix: '' }).data, 'default');
}
