// Ranked search over the lookup index. Pure: takes an index and an already-normalised query.
//
// Two kinds of evidence, combined per objection (best string wins):
// - exact passes, written here because they are cheap and decisive: the whole string, the string
//   without spaces (Persian written with or without its half-spaces, CJK), substrings in both
//   directions (太贵 in 太贵了; a known phrase inside a longer query) and word prefixes in any
//   order ("cheaper elsew", "expensive too");
// - fuzzy matching for typos by Fuse.js token search (each query word matched with Bitap, words
//   weighted by how rare they are) — run only when no exact pass is decisive, over the strings
//   in the query's scripts, and loaded only then: most lookups never pay for it.
import { entryAt, type EntryKind, type IndexEntry, type LookupIndex } from './index.ts';
import { HAN, scriptsOf } from './scripts.ts';

export interface Hit {
  /** Position of the objection in the catalog. */
  readonly o: number;
  /** Relevance, 0–1 (1 = the query is exactly one of its strings). */
  readonly score: number;
  /** The indexed string that matched best. */
  readonly entry: IndexEntry;
}

export interface Searcher {
  /**
   * Every objection with any evidence, best first. The query must be normalised like the index.
   * `loose` widens the fuzzy pass (for "did you mean" suggestions).
   */
  search(query: string, opts?: { loose?: boolean }): Promise<Hit[]>;
}

/** Below this a hit is a suggestion, not an answer. */
export const MATCH_THRESHOLD = 0.5;

/** An exact pass this good cannot be beaten by a fuzzy one (fuzzy scores stay below 0.7). */
const DECISIVE = 0.9;

// How much a match counts by where it was found: a category names a whole group, a motto is
// the seller's line rather than the customer's.
const KIND_WEIGHT: Readonly<Record<EntryKind, number>> = { id: 1, text: 1, alias: 0.98, motto: 0.8, category: 0.6 };

interface Prepared {
  readonly entry: IndexEntry;
  readonly compact: string;
  words?: readonly string[];
}

interface Query {
  readonly text: string;
  readonly compact: string;
  readonly words: readonly string[];
  readonly han: boolean;
}

const compactOf = (s: string) => s.replace(/ /g, '');

/** Score of the exact passes for one string, 0 when none applies. */
function exactScore(q: Query, p: Prepared): number {
  if (p.entry.text === q.text) return 1;
  if (p.compact === q.compact) return 0.97;
  let best = 0;
  const qc = q.compact;
  if (qc.length >= (q.han ? 1 : 3) && qc.length < p.compact.length) {
    const at = p.compact.indexOf(qc);
    if (at >= 0) best = 0.75 + 0.2 * (qc.length / p.compact.length) + (at === 0 ? 0.02 : 0);
  }
  const entryMin = p.entry.scripts & HAN ? 2 : 3;
  if (p.compact.length >= entryMin && p.compact.length < qc.length && qc.includes(p.compact)) {
    best = Math.max(best, 0.65 + 0.25 * (p.compact.length / qc.length));
  }
  if (q.words.length > 1 || !q.han) {
    const prefix = prefixCoverage(q.words, (p.words ??= p.entry.text.split(' ')));
    if (prefix > 0) best = Math.max(best, 0.72 + 0.2 * prefix);
  }
  return best;
}

/**
 * Every query word is the start of a different entry word (any order): the share of the
 * matched entry words' letters the query typed; 0 when some query word has no partner.
 */
function prefixCoverage(qWords: readonly string[], eWords: readonly string[]): number {
  const used = new Set<number>();
  let typed = 0;
  let covered = 0;
  for (const w of qWords) {
    let pick = -1;
    for (let i = 0; i < eWords.length; i++) {
      if (used.has(i)) continue;
      const e = eWords[i] as string;
      if (e === w) {
        pick = i;
        break;
      }
      if (pick < 0 && w.length >= 2 && e.startsWith(w)) pick = i;
    }
    if (pick < 0) return 0;
    used.add(pick);
    typed += w.length;
    covered += (eWords[pick] as string).length;
  }
  return covered === 0 ? 0 : typed / covered;
}

/** Fuzzy scores (0.7 at best) into `scores`, for the candidate strings. */
async function fuzzyPass(q: Query, candidates: readonly Prepared[], scores: Map<Prepared, number>, loose: boolean) {
  if (candidates.length === 0) return;
  const { default: Fuse } = await import('fuse.js');
  const fuse = new Fuse(
    candidates.map((p) => p.entry.text),
    {
      useTokenSearch: true,
      includeScore: true,
      ignoreLocation: true,
      ignoreFieldNorm: true, // length is weighed below, the same way for every script
      isCaseSensitive: true, // already case-folded by the normaliser
      threshold: loose ? 0.6 : 0.4,
    },
  );
  for (const r of fuse.search(q.text)) {
    const p = candidates[r.refIndex] as Prepared;
    // Of two strings the query matches as well, the one it covers more of is meant.
    const coverage = Math.min(1, q.compact.length / Math.max(1, p.compact.length));
    const s = 0.7 * (1 - (r.score ?? 1)) * (0.85 + 0.15 * coverage) * KIND_WEIGHT[p.entry.kind];
    if (s > (scores.get(p) ?? 0)) scores.set(p, s);
  }
}

export function createSearcher(index: LookupIndex): Searcher {
  return {
    async search(query, opts = {}) {
      const text = query.trim();
      if (text === '') return [];
      const scripts = scriptsOf(text);
      const q: Query = { text, compact: compactOf(text), words: text.split(' '), han: (scripts & HAN) !== 0 };
      const candidates: Prepared[] = [];
      index.scripts.forEach((bits, i) => {
        if (bits & scripts) candidates.push({ entry: entryAt(index, i), compact: compactOf(index.text[i] as string) });
      });
      const scores = new Map<Prepared, number>();
      let best = 0;
      for (const p of candidates) {
        const s = exactScore(q, p) * KIND_WEIGHT[p.entry.kind];
        if (s > 0) scores.set(p, s);
        if (s > best) best = s;
      }
      if (best < DECISIVE || opts.loose) await fuzzyPass(q, candidates, scores, opts.loose ?? false);
      return rankObjections(scores);
    },
  };
}

/** Best string per objection, with a little credit for further matching strings. */
function rankObjections(scores: ReadonlyMap<Prepared, number>): Hit[] {
  const best = new Map<number, { score: number; entry: IndexEntry; support: number }>();
  for (const [p, s] of scores) {
    const cur = best.get(p.entry.o);
    if (!cur) best.set(p.entry.o, { score: s, entry: p.entry, support: 0 });
    else {
      if (Math.min(s, cur.score) >= MATCH_THRESHOLD) cur.support++;
      if (s > cur.score) {
        cur.score = s;
        cur.entry = p.entry;
      }
    }
  }
  const hits: Hit[] = [];
  for (const [o, b] of best) {
    // Several matching strings tip a tie, never outrank a better single match.
    const bonus = b.score < 0.97 ? 0.01 * Math.min(b.support, 3) : 0;
    hits.push({ o, score: Math.min(1, b.score + bonus), entry: b.entry });
  }
  return hits.sort((a, b) => b.score - a.score || a.o - b.o);
}
