// The practice order (design §7, issue "Practice order"): what is due first, most overdue first;
// then what was never practised, in the order given; then the rest, weakest techniques first.
// `--due` keeps only the first group, `--new` only the second. Pure.
import { pickVariants } from '../playbook/localize.ts';
import type { LocalizedVariants } from '../playbook/model.ts';
import { cardKey, type CardProgress } from './replay.ts';
import type { TechniqueMastery } from './summary.ts';

/** What the practice command chooses among (a catalog `Objection` fits). */
export interface OrderCandidate {
  readonly playbook: string;
  readonly id: string;
  readonly expect: readonly string[];
  /** The objection's wording: with it, the card is the one of the language it will be asked in. */
  readonly text?: LocalizedVariants;
}

export type PracticeOnly = 'due' | 'new';

export interface OrderOptions {
  /** The current time, ms since the epoch. */
  readonly now: number;
  /**
   * The language the session asks in. A candidate with wording is asked in the first of its
   * languages on this one's fallback chain (as the session picks it), and that is its card.
   */
  readonly lang: string;
  /** Overrides that choice, when the session picks languages another way. */
  readonly langOf?: (candidate: OrderCandidate) => string;
  readonly only?: PracticeOnly;
}

export type Prioritise = <C extends OrderCandidate>(candidates: readonly C[]) => C[];

/** Mastery by technique id; a technique never expected so far counts as not mastered. */
export function masteryById(techniques: readonly TechniqueMastery[]): ReadonlyMap<string, number> {
  return new Map(techniques.map((t) => [t.id, t.mastery]));
}

export function createPrioritise(
  cards: ReadonlyMap<string, CardProgress>,
  mastery: ReadonlyMap<string, number>,
  options: OrderOptions,
): Prioritise {
  const weakness = (c: OrderCandidate): number => {
    if (c.expect.length === 0) return 1;
    let sum = 0;
    for (const id of c.expect) sum += mastery.get(id) ?? 0;
    return sum / c.expect.length;
  };
  return <C extends OrderCandidate>(candidates: readonly C[]): C[] => {
    const due: { c: C; at: number; i: number }[] = [];
    const fresh: C[] = [];
    const rest: { c: C; weak: number; at: number; i: number }[] = [];
    candidates.forEach((c, i) => {
      const lang = options.langOf ? options.langOf(c) : c.text ? (pickVariants(c.text, options.lang)?.lang ?? options.lang) : options.lang;
      const card = cards.get(cardKey(c.playbook, c.id, lang));
      if (card === undefined) fresh.push(c);
      else {
        const at = card.card.due.getTime();
        if (at <= options.now) due.push({ c, at, i });
        else rest.push({ c, weak: weakness(c), at, i });
      }
    });
    due.sort((x, y) => x.at - y.at || x.i - y.i);
    if (options.only === 'due') return due.map((x) => x.c);
    if (options.only === 'new') return fresh;
    rest.sort((x, y) => x.weak - y.weak || x.at - y.at || x.i - y.i);
    return [...due.map((x) => x.c), ...fresh, ...rest.map((x) => x.c)];
  };
}
