// Ranked search over the lookup index. Pure: takes an index and an already-normalised query.
//
// Two kinds of evidence, combined per objection (best entry wins):
// - exact passes, written here because they are cheap and decisive: the whole string, the string
//   without spaces (Persian written with or without its half-spaces, CJK), substrings in both
//   directions (太贵 in 太贵了; a known phrase inside a longer query) and word prefixes in any
//   order ("cheaper elsew", "expensive too");
// - fuzzy matching for typos, by Fuse.js token search (each query word matched with Bitap, words
//   weighted by how rare they are), which is what a hand-written edit distance would get wrong.
import Fuse from 'fuse.js';
import type { EntryKind, IndexEntry, LookupIndex } from './index.ts';

export interface Hit {
  /** Position of the objection in the catalog. */
  readonly o: number;
  /** Relevance, 0–1 (1 = the query is exactly one of its strings). */
  readonly score: number;
  /** The indexed string that matched best. */
  readonly entry: IndexEntry;
}

export interface Searcher {
  /** Every objection with any evidence, best first. The query must be normalised like the index. */
  search(query: string, opts?: { loose?: boolean }): Hit[];
}

/** Below this a hit is a suggestion, not an answer. */
export const MATCH_THRESHOLD = 0.5;

// How much a match counts by where it was found: a category names a whole group, a motto is
// the seller's line rather than the customer's.
const KIND_WEIGHT: Readonly<Record<EntryKind, number>> = { id: 1, text: 1, alias: 0.98, motto: 0.8, category: 0.6 };

const HAN = /\p{Script=Han}/u;

interface Prepared {
  readonly entry: IndexEntry;
  readonly compact: string;
  readonly words: readonly string[];
}

const compactOf = (s: string) => s.replace(/ /g, '');

/** Fuzzy-only word list: Han runs become overlapping pairs so Bitap can find them inside sentences. */
function fuzzyTerms(text: string): string[] {
  const out: string[] = [];
  for (const word of text.split(' ')) {
    if (word === '') continue;
    if (!HAN.test(word)) {
      out.push(word);
      continue;
    }
    out.push(word);
  }
  return out;
}

/** Score of the exact passes for one entry, 0 when none applies. */
function exactScore(q: string, qc: string, qWords: readonly string[], hasHan: boolean, p: Prepared): number {
  if (p.entry.text === q) return 1;
  if (p.compact === qc) return 0.97;
  let best = 0;
  const minLen = hasHan ? 1 : 3;
  if (qc.length >= minLen && qc.length < p.compact.length) {
    const at = p.compact.indexOf(qc);
    if (at >= 0) best = Math.max(best, 0.75 + 0.2 * (qc.length / p.compact.length) + (at === 0 ? 0.02 : 0));
  }
  const entryMin = HAN.test(p.compact) ? 2 : 3;
  if (p.compact.length >= entryMin && p.compact.length < qc.length && qc.includes(p.compact)) {
    best = Math.max(best, 0.65 + 0.25 * (p.compact.length / qc.length));
  }
  if (qWords.length > 1 || (qWords.length === 1 && !hasHan)) {
    const prefix = prefixCoverage(qWords, p.words);
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

/** Scripts a string is written in, as bits, so a Latin query is never fuzzy-matched against Chinese. */
function scriptsOf(text: string): number {
  let bits = 0;
  if (/[a-z]/.test(text)) bits |= 1;
  if (/\p{Script=Cyrillic}/u.test(text)) bits |= 2;
  if (/\p{Script=Arabic}/u.test(text)) bits |= 4;
  if (HAN.test(text)) bits |= 8;
  if (bits === 0) bits = 16; // digits, other scripts: compare with everything else of the kind
  return bits;
}

/** An exact pass this good cannot be beaten by a fuzzy one (fuzzy scores stay below 0.7). */
const DECISIVE = 0.9;

export function createSearcher(index: LookupIndex): Searcher {
  const prepared: Prepared[] = index.entries.map((entry) => ({
    entry,
    compact: compactOf(entry.text),
    words: entry.text.split(' '),
  }));

  // Fuzzy matching runs only where the exact passes found nothing decisive, and only over the
  // entries written in the query's scripts: the expensive part of a cold lookup, kept small.
  const fuzzy = (q: string, scores: Float64Array, loose: boolean) => {
    const scripts = scriptsOf(q);
    const subset: number[] = [];
    prepared.forEach((p, i) => {
      if (scriptsOf(p.entry.text) & scripts) subset.push(i);
    });
    if (subset.length === 0) return;
    const fuse = new Fuse(
      subset.map((i) => (prepared[i] as Prepared).entry.text),
      {
        useTokenSearch: true,
        tokenize: fuzzyTerms,
        includeScore: true,
        ignoreLocation: true,
        ignoreFieldNorm: true,
        isCaseSensitive: true, // already case-folded by the normaliser
        threshold: loose ? 0.6 : 0.4,
      },
    );
    for (const r of fuse.search(q)) {
      const i = subset[r.refIndex] as number;
      const s = 0.7 * (1 - (r.score ?? 1)) * KIND_WEIGHT[(prepared[i] as Prepared).entry.kind];
      if (s > (scores[i] as number)) scores[i] = s;
    }
  };

  return {
    search(query, opts = {}) {
      const q = query.trim();
      if (q === '') return [];
      const qc = compactOf(q);
      const qWords = q.split(' ');
      const hasHan = HAN.test(q);
      const scores = new Float64Array(prepared.length);
      let best = 0;
      prepared.forEach((p, i) => {
        const s = exactScore(q, qc, qWords, hasHan, p) * KIND_WEIGHT[p.entry.kind];
        scores[i] = s;
        if (s > best) best = s;
      });
      if (best < DECISIVE || opts.loose) fuzzy(q, scores, opts.loose ?? false);
      return rankObjections(prepared, scores);
    },
  };
}

/** Best entry per objection, weighted by kind, with a little credit for further matching strings. */
function rankObjections(prepared: readonly Prepared[], scores: Float64Array): Hit[] {
  const best = new Map<number, { score: number; entry: IndexEntry; support: number }>();
  prepared.forEach((p, i) => {
    const s = scores[i] as number;
    if (s <= 0) return;
    const cur = best.get(p.entry.o);
    if (!cur) best.set(p.entry.o, { score: s, entry: p.entry, support: 0 });
    else {
      if (s >= MATCH_THRESHOLD) cur.support++;
      if (s > cur.score) {
        cur.score = s;
        cur.entry = p.entry;
      }
    }
  });
  const hits: Hit[] = [];
  for (const [o, b] of best) hits.push({ o, score: Math.min(1, b.score + 0.01 * Math.min(b.support, 3)), entry: b.entry });
  return hits.sort((a, b) => b.score - a.score || a.o - b.o);
}
