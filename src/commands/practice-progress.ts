// What a practice session needs from progress, in one place: where attempts go, the order to ask
// in, and what is due next. This stand-in appends each attempt as a JSON line to
// <data dir>/attempts.jsonl (nothing with --no-save) and asks in the plan's seeded random order.
// The progress store (src/progress) replaces the body of openPracticeProgress; nothing else in the
// session changes when it does.
import { appendFile, mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Catalog } from '../playbook/model.ts';
import type { AttemptSink } from '../progress/model.ts';
import type { Prioritise } from '../session/plan.ts';
import type { DueItem } from '../session/ports.ts';

export const ATTEMPTS_FILE = 'attempts.jsonl';

export interface PracticeProgressOptions {
  /** --data-dir */
  readonly dataDir: string | undefined;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  readonly now: Date;
  /** Language the objections are asked in (part of a card's key). */
  readonly lang: string;
  readonly catalog: Catalog;
  /** false with --no-save. */
  readonly save: boolean;
  readonly only?: 'due' | 'new';
}

export interface PracticeProgress {
  /** Appends one attempt; rejects when it could not be saved (the session then stops, exit 2). */
  readonly sink: AttemptSink;
  /** Undefined: the plan's seeded shuffle. */
  readonly prioritise?: Prioritise;
  /** What is due next, for the summary; undefined when unknown. */
  readonly upcoming?: () => Promise<readonly DueItem[]>;
  /** One line each, for stderr, before the session starts. */
  readonly warnings: readonly string[];
  close(): void;
}

export type OpenPracticeProgressResult = { readonly ok: true; readonly progress: PracticeProgress } | { readonly ok: false; readonly message: string };

export async function openPracticeProgress(options: PracticeProgressOptions): Promise<OpenPracticeProgressResult> {
  const warnings = options.only
    ? [`--${options.only} needs progress tracking, which this build does not have yet; asking in random order.`]
    : [];
  if (!options.save) return { ok: true, progress: { sink: { append: async () => {} }, warnings, close: () => {} } };
  const dir = await resolveDataDir(options.dataDir, options.env, options.cwd);
  let ready: Promise<unknown> | undefined;
  const sink: AttemptSink = {
    async append(attempt) {
      await (ready ??= mkdir(dir, { recursive: true }));
      // One write per line: appends this short do not interleave with another session's.
      await appendFile(join(dir, ATTEMPTS_FILE), `${JSON.stringify(attempt)}\n`, 'utf8');
    },
  };
  return { ok: true, progress: { sink, warnings, close: () => {} } };
}

/** --data-dir, else PARRY_HOME, else the user data folder (env-paths). */
async function resolveDataDir(dataDir: string | undefined, env: Readonly<Record<string, string | undefined>>, cwd: string): Promise<string> {
  if (dataDir) return resolve(cwd, dataDir);
  if (env.PARRY_HOME) return resolve(cwd, env.PARRY_HOME);
  const { default: envPaths } = await import('env-paths');
  return envPaths('parry', { suffix: '' }).data;
}
