// Replay the attempt log into FSRS cards: the log is the only truth, the schedule is derived.
// One card per (playbook, objection, language), keyed by ids so that editing an objection's
// wording keeps its history. Pure: the clock is not read here; every review happens at the
// attempt's own time.
import { createEmptyCard, fsrs, StrategyMode, type Card, type FSRS } from 'ts-fsrs';
import type { Attempt } from './model.ts';
import { isFail, ratingForScore } from './rating.ts';
import { summarise, type ProgressSummary, type SummaryOptions } from './summary.ts';

export interface CardKey {
  readonly playbook: string;
  readonly objection: string;
  readonly lang: string;
}

export interface CardProgress extends CardKey {
  /** The FSRS card after the last attempt (`due`, `stability`, `state`, `reps`, `lapses`, …). */
  readonly card: Card;
  readonly attempts: number;
  /** Attempts rated Again (score under 40). */
  readonly fails: number;
  readonly lastScore: number;
  /** Time of the last attempt, ms since the epoch. */
  readonly lastAt: number;
}

/** Languages compare case-insensitively (`zh-hant` is `zh-Hant`). */
export function cardKey(playbook: string, objection: string, lang: string): string {
  return `${playbook}\u0000${objection}\u0000${lang.toLowerCase()}`;
}

/**
 * The scheduler every replay uses. Fuzz is off so the same log always gives the same schedule.
 * The seed strategy only feeds fuzz; the default one builds a string on every review, which is
 * about a third of replay time, so it is replaced by a constant.
 */
export function createScheduler(): FSRS {
  return fsrs({ enable_fuzz: false }).useStrategy(StrategyMode.SEED, () => '');
}

interface MutableCard {
  playbook: string;
  objection: string;
  lang: string;
  card: Card;
  attempts: number;
  fails: number;
  lastScore: number;
  lastAt: number;
}

/**
 * Cards as plain objects of one fixed shape: ts-fsrs copies the card it is given on every review,
 * and copying its own result objects is several times slower than copying a literal like this.
 */
function plainCard(c: Card): Card {
  return {
    due: c.due,
    stability: c.stability,
    difficulty: c.difficulty,
    elapsed_days: c.elapsed_days,
    scheduled_days: c.scheduled_days,
    learning_steps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    last_review: c.last_review,
  };
}

/** Attempt times (ms) and, when the log is not already in time order, the order to visit them in. */
export interface Timeline {
  readonly times: Float64Array;
  readonly order: number[] | undefined;
}

/** Indexes of the attempts in time order; the log is almost always in order already. */
export function timeline(attempts: readonly Attempt[]): Timeline {
  const times = new Float64Array(attempts.length);
  let sorted = true;
  for (let i = 0; i < attempts.length; i++) {
    times[i] = Date.parse((attempts[i] as Attempt).at);
    if (i > 0 && (times[i] as number) < (times[i - 1] as number)) sorted = false;
  }
  if (sorted) return { order: undefined, times };
  // Two sessions writing at once can interleave slightly out of order; a stable sort fixes it.
  const order = Array.from({ length: attempts.length }, (_, i) => i);
  order.sort((a, b) => (times[a] as number) - (times[b] as number) || a - b);
  return { order, times };
}

export function replayCards(
  attempts: readonly Attempt[],
  scheduler: FSRS = createScheduler(),
  { order, times }: Timeline = timeline(attempts),
): Map<string, CardProgress> {
  const cards = new Map<string, MutableCard>();
  for (let k = 0; k < attempts.length; k++) {
    const i = order ? (order[k] as number) : k;
    const a = attempts[i] as Attempt;
    const at = times[i] as number;
    const key = cardKey(a.playbook, a.objection, a.lang);
    let entry = cards.get(key);
    if (entry === undefined) {
      entry = {
        playbook: a.playbook,
        objection: a.objection,
        lang: a.lang,
        card: plainCard(createEmptyCard(new Date(at))),
        attempts: 0,
        fails: 0,
        lastScore: 0,
        lastAt: at,
      };
      cards.set(key, entry);
    }
    entry.card = plainCard(scheduler.next(entry.card, new Date(at), ratingForScore(a.score)).card);
    entry.attempts++;
    if (isFail(a.score)) entry.fails++;
    entry.lastScore = a.score;
    entry.lastAt = at;
  }
  return cards;
}

export interface Replayed {
  readonly cards: ReadonlyMap<string, CardProgress>;
  readonly summary: ProgressSummary;
}

/** Cards and the numbers `parry stats` shows, in one pass over the log's times. */
export function replay(attempts: readonly Attempt[], options: SummaryOptions, scheduler?: FSRS): Replayed {
  const line = timeline(attempts);
  const cards = replayCards(attempts, scheduler, line);
  return { cards, summary: summarise(attempts, cards, line, options) };
}
