// Text normalisation for matching (design §4), with a map back to the original string so that
// every match can be shown in the learner's own words. Pure: no I/O, no OpenCC unless the caller
// passes a converter (see han.ts), so lookup can normalise Latin or Persian text without paying for it.

/** Traditional → simplified Chinese, length-preserving per code point where possible. */
export type HanConverter = (text: string) => string;

export interface NormalizeOptions {
  /** Applied to text that contains Han characters. Without it, Chinese is only width-folded. */
  readonly toSimplified?: HanConverter;
}

export interface Normalized {
  /** The folded text: what cues are matched against. */
  readonly text: string;
  /** For each UTF-16 unit of `text`, where its source starts in the original string. */
  readonly from: Uint32Array;
  /** For each UTF-16 unit of `text`, where its source ends (exclusive) in the original string. */
  readonly to: Uint32Array;
  /** The original string. */
  readonly original: string;
}

// Single code points (after NFKC and lower-casing) that fold to something else. '' removes.
const FOLD = new Map<string, string>([
  // Russian: ё is optional in writing.
  ['ё', 'е'],
  // Persian: Arabic-keyboard letter variants → Persian letters; hamza carriers → bare letters.
  ['ي', 'ی'], ['ى', 'ی'], ['ئ', 'ی'], ['ك', 'ک'], ['ة', 'ه'], ['ۀ', 'ه'], ['ە', 'ه'],
  ['أ', 'ا'], ['إ', 'ا'], ['ٱ', 'ا'], ['آ', 'ا'], ['ؤ', 'و'],
  // Persian punctuation.
  ['،', ','], ['؛', ';'], ['؟', '?'], ['٪', '%'], ['٫', '.'], ['٬', ','],
  // CJK punctuation NFKC leaves alone.
  ['。', '.'], ['｡', '.'], ['、', ','], ['〜', '~'],
  ['「', '"'], ['」', '"'], ['『', '"'], ['』', '"'], ['《', '"'], ['》', '"'], ['〈', '"'], ['〉', '"'],
  ['【', '('], ['】', ')'], ['〔', '('], ['〕', ')'],
  // Quotes, dashes, apostrophes: people type them every which way.
  ['‘', "'"], ['’', "'"], ['‚', "'"], ['‛', "'"], ['′', "'"], ['`', "'"], ['´', "'"], ['ʼ', "'"],
  ['“', '"'], ['”', '"'], ['„', '"'], ['‟', '"'], ['″', '"'], ['«', '"'], ['»', '"'], ['‹', '"'], ['›', '"'],
  ['‐', '-'], ['‑', '-'], ['‒', '-'], ['–', '-'], ['—', '-'], ['―', '-'], ['−', '-'], ['﹣', '-'], ['⸺', '-'], ['⸻', '-'],
  ['ß', 'ss'], ['ς', 'σ'],
  // Invisible characters: zero-width non-joiner and joiner, word joiner, soft hyphen, BOM, direction marks.
  ['\u200c', ''], ['\u200d', ''], ['\u2060', ''], ['\u00ad', ''], ['\ufeff', ''], ['\u200e', ''], ['\u200f', ''], ['\u061c', ''],
  // Arabic tatweel (kashida) only stretches letters.
  ['\u0640', ''],
]);

// Persian (U+06F0–U+06F9) and Arabic-Indic (U+0660–U+0669) digits → ASCII.
for (let d = 0; d < 10; d++) {
  FOLD.set(String.fromCharCode(0x06f0 + d), String(d));
  FOLD.set(String.fromCharCode(0x0660 + d), String(d));
}

// Arabic-script vowel marks and Quranic signs: rarely typed, never needed to match.
const ARABIC_MARK = /[\u064b-\u065f\u0670\u06d6-\u06ed]/;
const HAN = /\p{Script=Han}/u;
const MARK = /\p{M}/u;

/**
 * Characters that normalisation leaves exactly as they are: plain ASCII except upper case, the
 * backtick and the tab; lower-case Russian letters but ё; Persian letters that need no folding;
 * common Han characters. Runs of them are copied without per-character work.
 */
function isStable(c: number): boolean {
  if (c < 0x80) return !((c >= 0x41 && c <= 0x5a) || c === 0x60 || c === 0x09);
  if (c >= 0x4e00 && c <= 0x9fff) return true;
  if ((c >= 0x0430 && c <= 0x044f) || (c >= 0x0452 && c <= 0x045f)) return true;
  if ((c >= 0x0627 && c <= 0x063a) || (c >= 0x0641 && c <= 0x0642) || (c >= 0x0644 && c <= 0x0648)) return c !== 0x0629;
  return c === 0x067e || c === 0x0686 || c === 0x0698 || c === 0x06a9 || c === 0x06af || c === 0x06cc;
}

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** Fold one NFKC-normalised, lower-cased cluster. */
function foldCluster(cluster: string): string {
  if (cluster.length === 1) {
    const hit = FOLD.get(cluster);
    if (hit !== undefined) return hit;
    if (ARABIC_MARK.test(cluster)) return '';
    return cluster !== '\n' && /\s/.test(cluster) ? ' ' : cluster;
  }
  let out = '';
  for (const ch of cluster) {
    const hit = FOLD.get(ch);
    if (hit !== undefined) out += hit;
    else if (ARABIC_MARK.test(ch)) continue;
    else out += /\s/.test(ch) ? ' ' : ch;
  }
  return out;
}

const foldCache = new Map<string, string>();
const FOLD_CACHE_MAX = 20_000;

function foldSource(source: string): string {
  let hit = foldCache.get(source);
  if (hit === undefined) {
    hit = foldCluster(source.normalize('NFKC').toLowerCase());
    if (foldCache.size < FOLD_CACHE_MAX) foldCache.set(source, hit);
  }
  return hit;
}

/**
 * Normalise `original` for matching: NFKC, lower case, width and punctuation folding, Persian
 * letters and digits, no ZWNJ/tatweel/vowel marks, ё→е, and (with a converter) traditional →
 * simplified Chinese. Every unit of the result maps back to the span of the original it came from.
 */
export function normalize(original: string, opts: NormalizeOptions = {}): Normalized {
  const n = original.length;
  let text = '';
  let cap = n + 16;
  let from = new Uint32Array(cap);
  let to = new Uint32Array(cap);
  let len = 0;
  const map = (count: number, a: number, b: number) => {
    if (len + count > cap) {
      cap = Math.max(cap * 2, len + count);
      const f = new Uint32Array(cap);
      f.set(from);
      from = f;
      const t = new Uint32Array(cap);
      t.set(to);
      to = t;
    }
    for (let k = 0; k < count; k++) {
      from[len] = a;
      to[len] = b;
      len++;
    }
  };
  let i = 0;
  while (i < n) {
    // Fast path: a run of characters normalisation would not change (isStable) stays as it is.
    // Line breaks stay too: they end sentences.
    const runStart = i;
    while (i < n) {
      if (!isStable(original.charCodeAt(i))) break;
      if (i + 1 < n) {
        const next = original.charCodeAt(i + 1);
        if (next >= 0x300 && !isStable(next)) break; // it may be a combining mark: compose first
      }
      i++;
    }
    if (i > runStart) {
      text += original.slice(runStart, i);
      for (let k = runStart; k < i; k++) map(1, k, k + 1);
      continue;
    }
    // A cluster: one code point and the combining marks after it, so NFKC can compose them.
    const c = original.charCodeAt(i);
    let j = i + (c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1);
    while (j < n) {
      const cp = original.codePointAt(j)!;
      const ch = String.fromCodePoint(cp);
      if (!MARK.test(ch)) break;
      j += ch.length;
    }
    const folded = foldSource(original.slice(i, j));
    map(folded.length, i, j);
    text += folded;
    i = j;
  }
  const result: Normalized = { text, from: from.subarray(0, len), to: to.subarray(0, len), original };
  return opts.toSimplified && hasHan(text) ? simplify(result, opts.toSimplified) : result;
}

/**
 * Apply the Han converter. OpenCC's traditional→simplified tables map code point to code point
 * (phrases keep their length), so offsets carry over; if a conversion ever changes the count,
 * convert code point by code point instead, which keeps the map exact.
 */
function simplify(n: Normalized, convert: HanConverter): Normalized {
  const src = [...n.text];
  let out = [...convert(n.text)];
  if (out.length !== src.length) out = src.map((ch) => (HAN.test(ch) ? convert(ch) : ch));
  let text = '';
  const from: number[] = [];
  const to: number[] = [];
  let unit = 0;
  for (let k = 0; k < src.length; k++) {
    const s = src[k]!;
    const o = out[k]!;
    const a = n.from[unit]!;
    const b = n.to[unit + s.length - 1]!;
    for (let u = 0; u < o.length; u++) {
      from.push(a);
      to.push(b);
    }
    text += o;
    unit += s.length;
  }
  return { text, from: Uint32Array.from(from), to: Uint32Array.from(to), original: n.original };
}

/** The original span behind the normalised units [start, end). */
export function originalSpan(n: Normalized, start: number, end: number): { start: number; end: number } {
  if (end <= start || start >= n.text.length) {
    const at = start < n.from.length ? n.from[start]! : n.original.length;
    return { start: at, end: at };
  }
  return { start: n.from[start]!, end: n.to[Math.min(end, n.text.length) - 1]! };
}

/** Just the folded text, for callers that need no offsets (lookup keys, cue analysis). */
export function fold(text: string, opts: NormalizeOptions = {}): string {
  return normalize(text, opts).text;
}
