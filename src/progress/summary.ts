// The numbers `parry stats` shows, derived from the log and its replayed cards. Pure: "now" and
// the learner's time zone come in as values.
import { createDayOf, dayLabel, localDay, startOfLocalDay, type OffsetAt } from './day.ts';
import type { Attempt } from './model.ts';
import { cardKey, type CardProgress } from './replay.ts';
import type { Timeline } from './timeline.ts';

/** An objection a loaded playbook defines (a catalog `Objection` fits). */
export interface ObjectionRef {
  readonly playbook: string;
  readonly id: string;
}

export interface SummaryOptions {
  /** The current time, ms since the epoch. */
  readonly now: number;
  readonly offsetAt: OffsetAt;
  /** Objections the loaded playbooks define; cards of any other objection are reported as missing. */
  readonly known?: readonly ObjectionRef[];
  /** Days in the accuracy trend (default 30). */
  readonly days?: number;
  /** Fails that make a card a leech (default 4). */
  readonly leechFails?: number;
  /** How many recent attempts expecting a technique its mastery looks at (default 10). */
  readonly masteryWindow?: number;
}

export interface TechniqueMastery {
  readonly id: string;
  /** Attempts whose objection expected the technique. */
  readonly expected: number;
  /** …of which the answer showed it. */
  readonly shown: number;
  /** How many recent attempts the mastery looks at: the last `masteryWindow`, or fewer. */
  readonly recent: number;
  /** Share of those recent attempts that showed it, 0–1. */
  readonly mastery: number;
}

export interface DayAccuracy {
  /** Local date, `YYYY-MM-DD`. */
  readonly day: string;
  readonly attempts: number;
  /** Mean score that day, or null when there was no practice. */
  readonly meanScore: number | null;
}

export interface Streak {
  /** Consecutive local days with practice, ending today (or yesterday, if today is still to come). */
  readonly current: number;
  readonly longest: number;
  readonly practisedToday: boolean;
}

/** Cumulative: `today` includes `now`, `week` includes `today`. */
export interface DueCounts {
  readonly now: number;
  /** Due before local midnight tonight. */
  readonly today: number;
  /** Due before local midnight at the end of the seventh day (today counts as the first). */
  readonly week: number;
}

export interface Leech {
  readonly playbook: string;
  readonly objection: string;
  readonly lang: string;
  readonly fails: number;
  readonly attempts: number;
}

export interface MissingObjection {
  readonly playbook: string;
  readonly objection: string;
  readonly langs: readonly string[];
  readonly attempts: number;
}

export interface ProgressSummary {
  readonly attempts: number;
  readonly cards: number;
  /** Distinct objections practised, in any language. */
  readonly objections: number;
  readonly firstAt: string | null;
  readonly lastAt: string | null;
  /** Weakest first. */
  readonly techniques: readonly TechniqueMastery[];
  /** Oldest day first; always `days` entries. */
  readonly accuracy: readonly DayAccuracy[];
  readonly streak: Streak;
  readonly due: DueCounts;
  /** Most failed first. */
  readonly leeches: readonly Leech[];
  readonly missing: readonly MissingObjection[];
}

interface Tally {
  expected: number;
  shown: number;
  recent: boolean[];
}

export function summarise(
  attempts: readonly Attempt[],
  cards: ReadonlyMap<string, CardProgress>,
  { times, order }: Timeline,
  options: SummaryOptions,
): ProgressSummary {
  const days = options.days ?? 30;
  const leechFails = options.leechFails ?? 4;
  const window = options.masteryWindow ?? 10;
  const { now, offsetAt } = options;
  const today = localDay(now, offsetAt);
  const firstTrendDay = today - days + 1;

  const dayOf = createDayOf(offsetAt);
  const practised = new Set<number>();
  const trendCount = new Array<number>(days).fill(0);
  const trendSum = new Array<number>(days).fill(0);
  const tallies = new Map<string, Tally>();
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;

  for (let k = 0; k < attempts.length; k++) {
    const i = order ? (order[k] as number) : k;
    const a = attempts[i] as Attempt;
    const at = times[i] as number;
    if (at < first) first = at;
    if (at > last) last = at;
    const day = dayOf(at);
    practised.add(day);
    const slot = day - firstTrendDay;
    if (slot >= 0 && slot < days) {
      trendCount[slot] = (trendCount[slot] ?? 0) + 1;
      trendSum[slot] = (trendSum[slot] ?? 0) + a.score;
    }
    for (const id of a.expected) {
      let t = tallies.get(id);
      if (t === undefined) tallies.set(id, (t = { expected: 0, shown: 0, recent: [] }));
      const shown = a.detected.includes(id);
      t.expected++;
      if (shown) t.shown++;
      t.recent.push(shown);
      if (t.recent.length > window) t.recent.shift();
    }
  }

  const techniques: TechniqueMastery[] = [...tallies]
    .map(([id, t]) => ({
      id,
      expected: t.expected,
      shown: t.shown,
      recent: t.recent.length,
      mastery: t.recent.filter(Boolean).length / t.recent.length,
    }))
    .sort((x, y) => x.mastery - y.mastery || y.expected - x.expected || (x.id < y.id ? -1 : 1));

  const accuracy: DayAccuracy[] = trendCount.map((count, slot) => ({
    day: dayLabel(firstTrendDay + slot),
    attempts: count,
    meanScore: count === 0 ? null : Math.round(((trendSum[slot] as number) / count) * 10) / 10,
  }));

  const knownKeys = options.known ? new Set(options.known.map((o) => objectionKey(o.playbook, o.id))) : undefined;
  const endOfToday = startOfLocalDay(today + 1, offsetAt);
  const endOfWeek = startOfLocalDay(today + 7, offsetAt);
  const due = { now: 0, today: 0, week: 0 };
  const leeches: Leech[] = [];
  const missing = new Map<string, { playbook: string; objection: string; langs: string[]; attempts: number }>();
  for (const c of cards.values()) {
    if (knownKeys && !knownKeys.has(objectionKey(c.playbook, c.objection))) {
      const key = objectionKey(c.playbook, c.objection);
      let m = missing.get(key);
      if (m === undefined) missing.set(key, (m = { playbook: c.playbook, objection: c.objection, langs: [], attempts: 0 }));
      m.langs.push(c.lang);
      m.attempts += c.attempts;
      continue;
    }
    const dueAt = c.card.due.getTime();
    if (dueAt <= now) due.now++;
    if (dueAt < endOfToday) due.today++;
    if (dueAt < endOfWeek) due.week++;
    if (c.fails >= leechFails)
      leeches.push({ playbook: c.playbook, objection: c.objection, lang: c.lang, fails: c.fails, attempts: c.attempts });
  }
  leeches.sort((x, y) => y.fails - x.fails || cmp(cardKey(x.playbook, x.objection, x.lang), cardKey(y.playbook, y.objection, y.lang)));

  return {
    attempts: attempts.length,
    cards: cards.size,
    objections: new Set([...cards.values()].map((c) => objectionKey(c.playbook, c.objection))).size,
    firstAt: attempts.length > 0 ? new Date(first).toISOString() : null,
    lastAt: attempts.length > 0 ? new Date(last).toISOString() : null,
    techniques,
    accuracy,
    streak: streakOf(practised, today),
    due,
    leeches,
    missing: [...missing.values()]
      .map((m) => ({ ...m, langs: m.langs.sort() }))
      .sort((x, y) => cmp(objectionKey(x.playbook, x.objection), objectionKey(y.playbook, y.objection))),
  };
}

function objectionKey(playbook: string, id: string): string {
  return `${playbook}\u0000${id}`;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function streakOf(practised: ReadonlySet<number>, today: number): Streak {
  const practisedToday = practised.has(today);
  let current = 0;
  for (let d = practisedToday ? today : today - 1; practised.has(d); d--) current++;
  let longest = 0;
  for (const d of practised) {
    if (practised.has(d - 1)) continue; // not the start of a run
    let run = 1;
    while (practised.has(d + run)) run++;
    if (run > longest) longest = run;
  }
  return { current, longest, practisedToday };
}
