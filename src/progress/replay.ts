// Replay the attempt log into FSRS cards: the log is the only truth, the schedule is derived.
// One card per (playbook, objection, language), keyed by ids so that editing an objection's
// wording keeps its history. Pure: the clock is not read here; every review happens at the
// attempt's own time.
import type { Card } from 'ts-fsrs';
import type { Attempt } from './model.ts';
import { isFail, ratingForScore } from './rating.ts';
import { createScheduler, newCard, review, type Scheduler } from './schedule.ts';
import { summarise, type ProgressSummary, type SummaryOptions } from './summary.ts';
import { timeline, type Timeline } from './timeline.ts';

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

export function replayCards(
  attempts: readonly Attempt[],
  scheduler: Scheduler = createScheduler(),
  { order, times }: Timeline = timeline(attempts),
): Map<string, CardProgress> {
  const cards = new Map<string, MutableCard>();
  // playbook → objection → lang: three lookups of strings the log already holds are cheaper
  // than building and hashing a new key string for every attempt.
  const index = new Map<string, Map<string, Map<string, MutableCard>>>();
  const lower = new Map<string, string>();
  for (let k = 0; k < attempts.length; k++) {
    const i = order ? (order[k] as number) : k;
    const a = attempts[i] as Attempt;
    const at = times[i] as number;
    let lang = lower.get(a.lang);
    if (lang === undefined) lower.set(a.lang, (lang = a.lang.toLowerCase()));
    let byObjection = index.get(a.playbook);
    if (byObjection === undefined) index.set(a.playbook, (byObjection = new Map()));
    let byLang = byObjection.get(a.objection);
    if (byLang === undefined) byObjection.set(a.objection, (byLang = new Map()));
    let entry = byLang.get(lang);
    if (entry === undefined) {
      entry = {
        playbook: a.playbook,
        objection: a.objection,
        lang: a.lang,
        card: newCard(at),
        attempts: 0,
        fails: 0,
        lastScore: 0,
        lastAt: at,
      };
      byLang.set(lang, entry);
      cards.set(cardKey(a.playbook, a.objection, a.lang), entry);
    }
    entry.card = review(scheduler, entry.card, new Date(at), ratingForScore(a.score));
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

/**
 * Cards and the numbers `parry stats` shows. `times` are the attempts' times when the caller has
 * them already (parse-log reads them while validating).
 */
export function replay(attempts: readonly Attempt[], options: SummaryOptions, times?: ArrayLike<number>): Replayed {
  const line = timeline(attempts, times);
  const cards = replayCards(attempts, createScheduler(), line);
  return { cards, summary: summarise(attempts, cards, line, options) };
}
