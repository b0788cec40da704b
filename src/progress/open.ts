// What `parry practice` needs from progress, in one call: the order to ask objections in
// (replayed from the log) and the sink every scored attempt goes to.
import type { AttemptSink } from './model.ts';
import { localOffset } from './local-zone.ts';
import { createPrioritise, masteryById, type OrderCandidate, type PracticeOnly, type Prioritise } from './order.ts';
import type { LogProblem } from './parse-log.ts';
import { resolveDataLocation, type DataLocation } from './paths.ts';
import { replay } from './replay.ts';
import type { ObjectionRef } from './summary.ts';
import { describeStoreError, discardSink, loadLog, LogWriter, logSink, type StoreError } from './store.ts';

export interface OpenProgressOptions {
  /** --data-dir */
  readonly dataDir: string | undefined;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  readonly now: Date;
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

export interface PracticeProgress {
  readonly location: DataLocation;
  /** Orders candidate objections: due first, then new, then weakest; filters for --due / --new. */
  readonly prioritise: Prioritise;
  /** Where the session appends each attempt; never rejects. */
  readonly sink: AttemptSink;
  /** Lines of the log that were skipped (show them as warnings). */
  readonly problems: readonly LogProblem[];
  /** The first failed save, as a one-line message; the session should stop and exit 2. */
  saveError(): string | undefined;
  close(): void;
}

export type OpenProgressResult = { readonly ok: true; readonly progress: PracticeProgress } | { readonly ok: false; readonly message: string };

export function openProgress(options: OpenProgressOptions): OpenProgressResult {
  const location = resolveDataLocation(options.dataDir, options.env, options.cwd);
  const loaded = loadLog(location.log);
  if (!loaded.ok) return { ok: false, message: describeStoreError(loaded.error, 'read progress') };
  const now = options.now.getTime();
  const { cards, summary } = replay(loaded.log.attempts, { now, offsetAt: localOffset, known: options.known }, loaded.log.times);
  const prioritise = createPrioritise(cards, masteryById(summary.techniques), {
    now,
    lang: options.lang,
    ...(options.langOf ? { langOf: options.langOf } : {}),
    ...(options.only ? { only: options.only } : {}),
  });
  let failure: StoreError | undefined;
  const writer = options.save ? new LogWriter(location.log) : undefined;
  const sink = writer ? logSink(writer, (e) => (failure ??= e)) : discardSink;
  return {
    ok: true,
    progress: {
      location,
      prioritise,
      sink,
      problems: loaded.log.problems,
      saveError: () => (failure ? describeStoreError(failure, 'save progress') : undefined),
      close: () => writer?.close(),
    },
  };
}
