// The order questions are asked in, and what is due after the session. The progress store plugs in
// here (due-first for --due, never-seen for --new, and the next due cards for the summary); until then
// the session shuffles with its seed and the summary says nothing about what is due.
import type { Random } from '../session/random.ts';
import type { Prioritise } from '../session/plan.ts';
import type { DueItem } from '../session/ports.ts';

export interface OrderingOptions {
  readonly due?: boolean;
  readonly new?: boolean;
  /** Resolved data directory, or undefined with --no-save. */
  readonly dataDir?: string;
  readonly now: () => Date;
  readonly random: Random;
}

export interface SessionOrdering {
  /** Undefined: the plan's seeded shuffle. */
  readonly prioritise?: Prioritise;
  readonly upcoming?: () => Promise<readonly DueItem[]>;
  /** One line for stderr, when an option cannot be honoured. */
  readonly warning?: string;
}

export async function createOrdering(options: OrderingOptions): Promise<SessionOrdering> {
  if (options.due || options.new)
    return { warning: `${options.due ? '--due' : '--new'} needs progress tracking, which this build does not have yet; asking in random order.` };
  return {};
}
