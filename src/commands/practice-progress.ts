// What a practice session needs from progress, in one place: where attempts go (the append-only
// log), the order to ask in (due first, then new, then weakest; --due and --new filter), and what is
// due next for the summary. The progress store does the work (src/progress/open.ts); this adapts it
// to the session's ports.
import { pickVariants } from '../playbook/localize.ts';
import type { Catalog } from '../playbook/model.ts';
import type { AttemptSink } from '../progress/model.ts';
import { openProgress } from '../progress/open.ts';
import type { Prioritise } from '../session/plan.ts';
import type { DueItem } from '../session/ports.ts';
import { statsText } from '../ui/stats-text.ts';

export interface PracticeProgressOptions {
  /** --data-dir */
  readonly dataDir: string | undefined;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  readonly now: () => Date;
  /** Language the objections are asked in (with the objection, a card's key). */
  readonly lang: string;
  readonly catalog: Catalog;
  /** false with --no-save: nothing is written (the log is still read, for the order). */
  readonly save: boolean;
  readonly only?: 'due' | 'new';
}

export interface PracticeProgress {
  /** Appends one attempt; rejects when it could not be saved (the session then stops, exit 2). */
  readonly sink: AttemptSink;
  readonly prioritise?: Prioritise;
  /** What is due next, for the summary. */
  readonly upcoming?: () => Promise<readonly DueItem[]>;
  /** One line each, for stderr, before the session starts (skipped lines of the log). */
  readonly warnings: readonly string[];
  close(): void;
}

export type OpenPracticeProgressResult =
  | { readonly ok: true; readonly progress: PracticeProgress }
  | { readonly ok: false; readonly message: string };

export async function openPracticeProgress(options: PracticeProgressOptions): Promise<OpenPracticeProgressResult> {
  const { catalog, lang } = options;
  const byRef = new Map(catalog.objections.map((o) => [`${o.playbook}\u0000${o.id}`, o]));
  const opened = openProgress({
    dataDir: options.dataDir,
    env: options.env,
    cwd: options.cwd,
    now: options.now,
    lang,
    // A card is kept per language asked in: an objection missing --lang is asked in its fallback.
    langOf: (c) => pickVariants(byRef.get(`${c.playbook}\u0000${c.id}`)?.text, lang)?.lang ?? lang,
    save: options.save,
    known: catalog.objections,
    ...(options.only ? { only: options.only } : {}),
  });
  if (!opened.ok) return opened;
  const { progress } = opened;
  const text = statsText(lang);
  return {
    ok: true,
    progress: {
      sink: progress.sink,
      prioritise: progress.prioritise,
      upcoming: progress.upcoming,
      warnings: progress.problems.map((p) => text.problem(p, progress.location.log)),
      close: () => progress.close(),
    },
  };
}
