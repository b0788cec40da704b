// Words of a normalised text (normalize.ts), from Intl.Segmenter, ready for cue matching.
//
// - Chinese is matched character by character: each Han character is a token, so a cue matches
//   wherever its characters appear in a row. Dictionary word breaks differ between ICU versions
//   and split the same phrase differently in different contexts; characters do not.
// - English contractions are expanded ("can't" → can not), so cues and negation see one form.
// - Persian prefixes and suffixes typed with a space (می خواهم, هزینه ها) are joined to their word,
//   as they are when typed with a ZWNJ (removed by normalisation) or with nothing.
// - `?`, `%` and currency signs are tokens too (cues may use them); other punctuation only
//   separates clauses and sentences.
import {
  BARE_CONTRACTIONS,
  FA_ENDING_MAX,
  FA_ENDINGS,
  FA_PREFIXES,
  FA_NOT_NEGATING_AT_CLAUSE_START,
  FA_SUFFIXES,
  HAN_NEGATORS,
  HAN_NOT_NEGATING,
  HAN_NUMERALS,
  IS_BEFORE_S,
  NEGATOR_PREFIXES,
  NEGATORS,
  NOT_NEGATING_NEXT,
  NT_BASES,
  NUMBER_WORDS,
  RANGE_AND,
  RANGE_CONNECTORS,
  RANGE_OPENERS,
  RANGE_UNITS,
} from './lexicon.ts';
import { fastSegments, type Segment } from './fast-words.ts';
import { wordKey } from './stem.ts';

export type TokenKind = 'word' | 'han' | 'sym';

export interface Token {
  /** Normalised form. */
  readonly norm: string;
  /** Match key: the stem for English and Russian words, else the normalised form. */
  readonly key: string;
  readonly kind: TokenKind;
  /** Offsets in the normalised text (end exclusive). Expanded contractions share their word's span. */
  readonly start: number;
  readonly end: number;
  /** Sentence and clause number: matches stay inside a sentence; negation inside a clause. */
  readonly sentence: number;
  readonly clause: number;
  /** A digit, a Han numeral or a number word: what `#` in a cue matches. */
  readonly numeric: boolean;
  /** Negates what follows ("not", "не", "不", نمی…). */
  negator: boolean;
  /** A number that is one end of a range ("10 to 15", "от 10 до 15", 八五折到九折): not an exact figure. */
  range: boolean;
  /** Persian: the keys this word may be an inflection of (دوامش → دوام), for cue words in base form. */
  readonly bases?: readonly string[];
}

/** Persian words without a known ending (at least two letters left). */
function persianBases(norm: string): string[] | undefined {
  let out: string[] | undefined;
  for (let n = 1; n <= FA_ENDING_MAX && norm.length - n >= 2; n++) {
    if (FA_ENDINGS.has(norm.slice(norm.length - n))) (out ??= []).push(norm.slice(0, norm.length - n));
  }
  return out;
}

let segmenter: Intl.Segmenter | undefined;

function words(text: string): Iterable<Segment> {
  const fast = fastSegments(text);
  if (fast) return fast;
  // A fixed locale: word breaks must not depend on the user's environment.
  segmenter ??= new Intl.Segmenter('en', { granularity: 'word' });
  return segmenter.segment(text);
}

/** The segments of a text, as the tokenizer sees them (exported to test the fast path against ICU). */
export function segmentsOf(text: string, opts: { icu?: boolean } = {}): Segment[] {
  if (opts.icu) {
    segmenter ??= new Intl.Segmenter('en', { granularity: 'word' });
    return [...segmenter.segment(text)].map((s) => ({ segment: s.segment, index: s.index, isWordLike: s.isWordLike }));
  }
  return [...words(text)];
}

const HAN = /\p{Script=Han}/u;
const ARABIC_WORD = /^[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]+$/;
const SENTENCE_END = /[.!?\n\u2026]/;
const CLAUSE_END = /[,;:()]/;
const SYMBOL = /[?%\p{Sc}]/u;
const DIGIT = /^\d/;

interface Draft {
  norm: string;
  kind: TokenKind;
  start: number;
  end: number;
}

/** English word → one or more words, contractions expanded. */
function expandEnglish(word: string): string[] {
  const bare = BARE_CONTRACTIONS.get(word);
  if (bare) return [...bare];
  const apo = word.indexOf("'");
  if (apo <= 0) return [word.replace(/'+$/, '')].filter((w) => w !== '');
  const base = word.slice(0, apo);
  const rest = word.slice(apo);
  if (word.endsWith("n't")) {
    const stem = word.slice(0, -3);
    return [NT_BASES.get(stem) ?? stem, 'not'];
  }
  switch (rest) {
    case "'re":
      return [base, 'are'];
    case "'m":
      return [base, 'am'];
    case "'ve":
      return [base, 'have'];
    case "'ll":
      return [base, 'will'];
    case "'d":
      return [base, 'would'];
    case "'s":
      if (base === 'let') return ['let', 'us'];
      return IS_BEFORE_S.has(base) ? [base, 'is'] : [base];
    case "'":
      return [base];
    default:
      return [word];
  }
}

function isHanNegator(tokens: readonly Draft[], i: number): boolean {
  const ch = tokens[i]!.norm;
  if (!HAN_NEGATORS.has(ch)) return false;
  // A-not-A questions (是不是, 要不要, 有没有) ask; they do not negate.
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (before?.kind === 'han' && after?.kind === 'han' && (before.norm === after.norm || (ch === '没' && after.norm === '有' && before.norm === '有')))
    return false;
  // Words that begin with the negator (不过) or with the character before it (要不).
  for (const start of before?.kind === 'han' ? [ch, before.norm + ch] : [ch]) {
    let word = start;
    if (HAN_NOT_NEGATING.has(word)) return false;
    for (let k = 1; k <= 3 && i + k < tokens.length && tokens[i + k]!.kind === 'han'; k++) {
      word += tokens[i + k]!.norm;
      if (HAN_NOT_NEGATING.has(word)) return false;
    }
  }
  return true;
}

function isWordNegator(norm: string, next: string | undefined): boolean {
  if (NEGATORS.has(norm)) return !(next !== undefined && NOT_NEGATING_NEXT.get(norm)?.has(next));
  if (norm.length > 2 && norm.charCodeAt(0) === 0x0646 /* ن */) return NEGATOR_PREFIXES.some((p) => norm.startsWith(p));
  return false;
}

/** Tokens of a normalised text, in order. */
export function tokenize(text: string): Token[] {
  const drafts: Draft[] = [];
  const sentenceOf: number[] = [];
  const clauseOf: number[] = [];
  let sentence = 0;
  let clause = 0;
  let afterSpace = false;
  const push = (d: Draft) => {
    drafts.push(d);
    sentenceOf.push(sentence);
    clauseOf.push(clause);
  };

  for (const seg of words(text)) {
    const s = seg.segment;
    const at = seg.index;
    if (seg.isWordLike) {
      afterSpace = false;
      if (HAN.test(s)) {
        // Han characters one by one; any non-Han run inside the segment stays one token.
        let run = '';
        let runStart = at;
        let offset = at;
        for (const ch of s) {
          if (HAN.test(ch)) {
            if (run) push({ norm: run, kind: 'word', start: runStart, end: offset });
            run = '';
            push({ norm: ch, kind: 'han', start: offset, end: offset + ch.length });
          } else {
            if (!run) runStart = offset;
            run += ch;
          }
          offset += ch.length;
        }
        if (run) push({ norm: run, kind: 'word', start: runStart, end: offset });
      } else if (/^[a-z']+$/.test(s)) {
        for (const w of expandEnglish(s)) push({ norm: w, kind: 'word', start: at, end: at + s.length });
      } else {
        push({ norm: s, kind: 'word', start: at, end: at + s.length });
      }
      continue;
    }
    // Punctuation and space: symbols become tokens; the rest ends clauses and sentences.
    // A lone dash, tilde or slash is a token too, so a cue can say "# - #" (a range) or "# / day".
    if (s === '-' || s === '~' || s === '/') push({ norm: s, kind: 'sym', start: at, end: at + 1 });
    for (let k = 0; k < s.length; k++) {
      const ch = s[k]!;
      if (SYMBOL.test(ch)) push({ norm: ch, kind: 'sym', start: at + k, end: at + k + 1 });
      if (SENTENCE_END.test(ch)) {
        sentence++;
        clause++;
      } else if (CLAUSE_END.test(ch) || (ch === '-' && afterSpace)) clause++;
      afterSpace = ch === ' ';
    }
  }

  // Join Persian affixes typed as separate words to their word.
  const joined: Draft[] = [];
  const joinedSentence: number[] = [];
  const joinedClause: number[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    const prev = joined[joined.length - 1];
    const adjacent = (a: Draft, b: Draft, sa: number, sb: number) =>
      sa === sb && a.kind === 'word' && b.kind === 'word' && text.slice(a.end, b.start).trim() === '' && ARABIC_WORD.test(a.norm) && ARABIC_WORD.test(b.norm);
    if (prev && FA_SUFFIXES.has(d.norm) && adjacent(prev, d, joinedSentence[joinedSentence.length - 1]!, sentenceOf[i]!) && !FA_PREFIXES.has(prev.norm)) {
      joined[joined.length - 1] = { norm: prev.norm + d.norm, kind: 'word', start: prev.start, end: d.end };
      continue;
    }
    const next = drafts[i + 1];
    if (next && FA_PREFIXES.has(d.norm) && adjacent(d, next, sentenceOf[i]!, sentenceOf[i + 1]!)) {
      joined.push({ norm: d.norm + next.norm, kind: 'word', start: d.start, end: next.end });
      joinedSentence.push(sentenceOf[i]!);
      joinedClause.push(clauseOf[i]!);
      i++;
      continue;
    }
    joined.push(d);
    joinedSentence.push(sentenceOf[i]!);
    joinedClause.push(clauseOf[i]!);
  }

  const tokens: Token[] = joined.map((d, i) => {
    const key = d.kind === 'word' ? wordKey(d.norm) : d.norm;
    const bases = d.kind === 'word' && ARABIC_WORD.test(d.norm) ? persianBases(key) : undefined;
    // A spoken base is also its written one: خودتونه → خودتون → خودتان.
    if (bases) for (const b of [...bases]) {
      const written = wordKey(b);
      if (written !== b && !bases.includes(written)) bases.push(written);
    }
    return {
      norm: d.norm,
      key,
      kind: d.kind,
      start: d.start,
      end: d.end,
      sentence: joinedSentence[i]!,
      clause: joinedClause[i]!,
      numeric: d.kind === 'han' ? HAN_NUMERALS.has(d.norm) : d.kind === 'word' && (DIGIT.test(d.norm) || NUMBER_WORDS.has(d.norm)),
      negator: false,
      range: false,
      ...(bases ? { bases } : {}),
    };
  });
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'han') t.negator = isHanNegator(joined, i);
    else if (t.kind === 'word') {
      t.negator = isWordNegator(t.norm, tokens[i + 1]?.norm);
      // Persian نکند / نکنه opening a clause asks "could it be that…?"; it does not negate.
      if (t.negator && FA_NOT_NEGATING_AT_CLAUSE_START.has(t.norm) && (i === 0 || tokens[i - 1]!.clause !== t.clause)) t.negator = false;
      // Persian نه opening a sentence or clause is an interjection: «نه آقا، اشتباه می‌کنید».
      if (t.norm === 'نه' && (i === 0 || tokens[i - 1]!.clause !== t.clause)) t.negator = false;
    }
  }
  markRanges(tokens);
  return tokens;
}

/**
 * Mark the numbers of ranges: a number, at most one unit (折, %, percent, процентов, درصد…),
 * a connector (to, -, ~, or, до, или, تا, یا, الی, 到, 至, 或), another number. "Between/from A
 * and B" (между, от, بین) counts too. A range is not an exact figure (spec: exact-figures).
 */
function markRanges(tokens: Token[]): void {
  const numberEnd = (i: number): number => {
    let j = i;
    while (j < tokens.length && tokens[j]!.numeric && tokens[j]!.sentence === tokens[i]!.sentence) j++;
    return j;
  };
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.numeric || (i > 0 && tokens[i - 1]!.numeric)) continue;
    const aEnd = numberEnd(i);
    let k = aEnd;
    if (k < tokens.length && RANGE_UNITS.has(tokens[k]!.norm)) k++;
    const c = tokens[k];
    if (!c || c.sentence !== tokens[i]!.sentence) continue;
    const before = tokens[i - 1]?.norm;
    const connector = RANGE_CONNECTORS.has(c.norm) || (RANGE_AND.has(c.norm) && before !== undefined && RANGE_OPENERS.has(before));
    if (!connector) continue;
    let b = k + 1;
    if (b < tokens.length && tokens[b]!.kind === 'sym' && tokens[b]!.norm !== '-') b++; // "$10 to $15"
    if (b >= tokens.length || !tokens[b]!.numeric || tokens[b]!.sentence !== tokens[i]!.sentence) continue;
    const bEnd = numberEnd(b);
    for (let m = i; m < aEnd; m++) tokens[m]!.range = true;
    for (let m = b; m < bEnd; m++) tokens[m]!.range = true;
  }
}
