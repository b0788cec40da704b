// Progress as commands open it. `readProgress`: where the log is and what it holds (stats, reset,
// practice). `openProgress`: what `parry practice` needs, in one call: the order to ask objections in
// (replayed from the log), the sink every scored attempt goes to, and what is due afterwards.
import type { AttemptSink } from './model.ts';
import { localOffset } from './local-zone.ts';
import { createPrioritise, masteryById, type OrderCandidate, type PracticeOnly, type Prioritise } from './order.ts';
import type { LogProblem, ParsedLog } from './parse-log.ts';
import { resolveDataLocation, type DataLocation } from './paths.ts';
import { replay } from './replay.ts';
import type { ObjectionRef } from './summary.ts';
import { describeStoreError, discardSink, loadLog, LogWriter, logSink } from './store.ts';

export interface OpenProgressOptions {
  /** --data-dir */
  readonly dataDir: string | undefined;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  readonly now: () => Date;
  /** The language objections are asked in. */
  readonly lang: string;
  /** Per candidate, when candidates are asked in different languages. */
  readonly langOf?: (candidate: OrderCandidate) => string;
  /** --due / --new */
  readonly only?: PracticeOnly;
  /** false for --no-save: nothing is written (the log is still read, for the order). */
  readonly save: boolean;
  /** The loaded objections (catalog.objections). */
  readonly known: readonly ObjectionRef[];
}

/** A card and when it is due next (the session summary shows the first few). */
export interface UpcomingCard {
  readonly playbook: string;
  readonly objection: string;
  readonly lang: string;
  readonly due: Date;
}

export interface OpenedProgress {
  readonly location: DataLocation;
  /** Orders candidate objections: due first, then new, then weakest; filters for --due / --new. */
  readonly prioritise: Prioritise;
  /** Where the session appends each attempt; a failed save rejects with `SaveFailed`. */
  readonly sink: AttemptSink;
  /** Lines of the log that were skipped (show them as warnings). */
  readonly problems: readonly LogProblem[];
  /** Cards of loaded objections by due time, soonest first, replayed again with this session's answers. */
  upcoming(): Promise<readonly UpcomingCard[]>;
  close(): void;
}

export type ReadProgressResult =
  | { readonly ok: true; readonly location: DataLocation; readonly exists: boolean; readonly log: ParsedLog }
  | { readonly ok: false; readonly message: string };

/** The data folder (--data-dir, PARRY_HOME, the default) and its log, read once; a failure is the line to show. */
export function readProgress(
  dataDir: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
): ReadProgressResult {
  const location = resolveDataLocation(dataDir, env, cwd);
  const loaded = loadLog(location.log);
  if (!loaded.ok) return { ok: false, message: describeStoreError(loaded.error, 'read progress') };
  return { ok: true, location, exists: loaded.exists, log: loaded.log };
}

export type OpenProgressResult = { readonly ok: true; readonly progress: OpenedProgress } | { readonly ok: false; readonly message: string };

export function openProgress(options: OpenProgressOptions): OpenProgressResult {
  const read = readProgress(options.dataDir, options.env, options.cwd);
  if (!read.ok) return read;
  const { location, log } = read;
  const now = options.now().getTime();
  const summaryOptions = { offsetAt: localOffset, known: options.known };
  const { cards, summary } = replay(log.attempts, { now, ...summaryOptions }, log.times);
  const prioritise = createPrioritise(cards, masteryById(summary.techniques), {
    now,
    lang: options.lang,
    ...(options.langOf ? { langOf: options.langOf } : {}),
    ...(options.only ? { only: options.only } : {}),
  });
  const writer = options.save ? new LogWriter(location.log) : undefined;
  const known = new Set(options.known.map((o) => `${o.playbook}\u0000${o.id}`));
  return {
    ok: true,
    progress: {
      location,
      prioritise,
      sink: writer ? logSink(writer) : discardSink,
      problems: log.problems,
      upcoming: async () => {
        const again = loadLog(location.log);
        if (!again.ok) return [];
        const later = replay(again.log.attempts, { now: options.now().getTime(), ...summaryOptions }, again.log.times);
        return [...later.cards.values()]
          .filter((c) => known.has(`${c.playbook}\u0000${c.objection}`))
          .map((c) => ({ playbook: c.playbook, objection: c.objection, lang: c.lang, due: c.card.due }))
          .sort((a, b) => a.due.getTime() - b.due.getTime());
      },
      close: () => writer?.close(),
    },
  };
}
