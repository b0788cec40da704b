// Progress for a practice session: the progress store's `openProgress` (src/progress/open.ts) over
// the loaded catalog, with the log's skipped lines already worded in the interface language.
// Cards follow the language each objection is asked in: the store's ordering picks it from the
// objection's own wording, the same way the session plan does.
import type { Catalog } from '../playbook/model.ts';
import { openProgress, type OpenProgressOptions, type OpenedProgress } from '../progress/open.ts';
import { statsText } from '../ui/stats-text.ts';

export interface PracticeProgressOptions extends Omit<OpenProgressOptions, 'known' | 'langOf'> {
  readonly catalog: Catalog;
}

export interface PracticeProgress extends OpenedProgress {
  /** One line each, for stderr, before the session starts (skipped lines of the log). */
  readonly warnings: readonly string[];
}

export type OpenPracticeProgressResult =
  | { readonly ok: true; readonly progress: PracticeProgress }
  | { readonly ok: false; readonly message: string };

export function openPracticeProgress({ catalog, ...options }: PracticeProgressOptions): OpenPracticeProgressResult {
  const opened = openProgress({ ...options, known: catalog.objections });
  if (!opened.ok) return opened;
  const { progress } = opened;
  const text = statsText(options.lang);
  return { ok: true, progress: { ...progress, warnings: progress.problems.map((p) => text.problem(p, progress.location.log)) } };
}
