// The cue syntax (docs/scoring.md, "Cue syntax") and its compiler. A cue is untrusted input
// (it comes from a playbook), so the syntax is small and every cue compiles to a bounded
// pattern: no regular expression written by a user ever runs.
//
//   words            consecutive words, matched after normalisation (and stemming in en/ru)
//   (a|b c)          alternatives, each a sequence of words
//   [a b]            optional words
//   *   *N           a gap of 0–3 (Chinese cues: 0–6) or 0–N tokens, N ≤ 12
//   word*            any word that starts with "word" (at least 2 characters)
//   =word            this exact word form, not stemmed
//   #                a number: 500, 18k, 两百, five hundred, пятьсот
//   ^                the start of a sentence ("^ makes sense")
//   ? % $ € ₽ ¥ …    the sign itself
import type { Lang } from '../playbook/model.ts';
import { fold, type HanConverter } from './normalize.ts';
import type { CueEntry } from './detect.ts';
import { tokenize, type Token } from './segment.ts';

export type CueElement =
  /** A word (or Han character, or sign) matched by its key: the stem in en/ru, else the form. */
  | { readonly kind: 'word'; readonly key: string; readonly norm: string; readonly sym: boolean }
  | { readonly kind: 'exact'; readonly norm: string }
  | { readonly kind: 'prefix'; readonly prefix: string }
  | { readonly kind: 'num' }
  /** Zero width: what follows begins a sentence. */
  | { readonly kind: 'start' }
  | { readonly kind: 'gap'; readonly max: number }
  /** Alternatives; an optional part is an alternative with an empty option. */
  | { readonly kind: 'alt'; readonly options: readonly (readonly CueElement[])[] };

export interface CompiledCue {
  readonly technique: string;
  /** The cue as written in the playbook. */
  readonly source: string;
  readonly lang: Lang;
  readonly elements: readonly CueElement[];
  /** False when the cue itself contains a negator ("no obligation"): negation is part of its meaning. */
  readonly negatable: boolean;
  /** Fewest tokens any match consumes. */
  readonly minTokens: number;
  /** Index data computed ahead of time (precompiled built-in cues); otherwise derived from `elements`. */
  readonly entry?: CueEntry;
}

export interface CueError {
  readonly technique: string;
  readonly source: string;
  readonly lang: Lang;
  readonly message: string;
}

/** Limits that keep every cue cheap to match whatever a playbook says. */
export const CUE_LIMITS = {
  maxLength: 400,
  maxElements: 160,
  maxOptions: 32,
  maxDepth: 3,
  maxGap: 12,
  defaultGap: 3,
  defaultGapHan: 6,
  minPrefix: 2,
} as const;

type Built = { elements: CueElement[]; negator: boolean };

class CueSyntaxError extends Error {}

const HAN_LANG = /^zh\b/i;
const TRADITIONAL = /^zh-(hant|tw|hk|mo)\b/i;
const GAP = /^\*(\d+)?$/;

interface CompileOptions {
  readonly toSimplified?: HanConverter | undefined;
}

// Cues repeat the same words thousands of times ("you", "the", 您): tokenise each piece once.
const pieceCache = new Map<string, readonly Token[]>();
const PIECE_CACHE_MAX = 50_000;

function cueTokens(text: string, convert: HanConverter | undefined): readonly Token[] {
  const key = `${convert ? 't' : 's'}${text}`;
  let tokens = pieceCache.get(key);
  if (!tokens) {
    tokens = tokenize(fold(text, { toSimplified: convert }));
    if (pieceCache.size < PIECE_CACHE_MAX) pieceCache.set(key, tokens);
  }
  return tokens;
}

/** Split a cue into syntax characters and text. */
function lex(source: string): string[] {
  const out: string[] = [];
  let text = '';
  const flush = () => {
    if (text.trim()) out.push(text);
    text = '';
  };
  for (const ch of source) {
    if ('()[]|'.includes(ch)) {
      flush();
      out.push(ch);
    } else text += ch;
  }
  flush();
  return out;
}

/**
 * Compile one cue. `lang` is the key it was written under: Chinese cues get the wider default
 * gap, and cues under a traditional tag (zh-Hant, zh-TW, zh-HK) are converted to simplified.
 */
export function compileCue(
  technique: string,
  source: string,
  lang: Lang,
  opts: CompileOptions = {},
): { ok: true; cue: CompiledCue } | { ok: false; error: CueError } {
  const fail = (message: string) => ({ ok: false as const, error: { technique, source, lang, message } });
  if (typeof source !== 'string' || source.trim() === '') return fail('the cue is empty');
  if (source.length > CUE_LIMITS.maxLength) return fail(`the cue is longer than ${CUE_LIMITS.maxLength} characters`);
  const han = HAN_LANG.test(lang) || /\p{Script=Han}/u.test(source);
  const convert = TRADITIONAL.test(lang) || !HAN_LANG.test(lang) ? opts.toSimplified : undefined;
  const defaultGap = han ? CUE_LIMITS.defaultGapHan : CUE_LIMITS.defaultGap;

  let pos = 0;
  const parts = lex(source);
  let count = 0;

  const words = (text: string, out: CueElement[]): boolean => {
    let negator = false;
    let plain = '';
    const flushPlain = () => {
      if (!plain.trim()) return;
      for (const t of cueTokens(plain, convert)) {
        out.push({ kind: 'word', key: t.key, norm: t.norm, sym: t.kind === 'sym' });
        if (t.negator) negator = true;
      }
      plain = '';
    };
    for (const raw of text.split(/\s+/)) {
      if (raw === '') continue;
      const gap = GAP.exec(raw);
      if (gap) {
        flushPlain();
        const max = gap[1] === undefined ? defaultGap : Number(gap[1]);
        if (max < 1 || max > CUE_LIMITS.maxGap) throw new CueSyntaxError(`a gap is *1 to *${CUE_LIMITS.maxGap}, not ${raw}`);
        out.push({ kind: 'gap', max });
      } else if (raw === '#') {
        flushPlain();
        out.push({ kind: 'num' });
      } else if (raw === '^') {
        flushPlain();
        out.push({ kind: 'start' });
      } else if (raw.startsWith('=') || (raw.endsWith('*') && raw.length > 1)) {
        flushPlain();
        const exact = raw.startsWith('=');
        const body = fold(raw.replace(/^=/, '').replace(/\*$/, ''), { toSimplified: convert });
        const toks = tokenize(body);
        if (toks.length !== 1 || toks[0]!.kind === 'sym')
          throw new CueSyntaxError(`${raw}: = and * apply to a single word`);
        const norm = toks[0]!.norm;
        if (toks[0]!.negator) negator = true;
        if (exact) out.push({ kind: 'exact', norm });
        else {
          if ([...norm].length < CUE_LIMITS.minPrefix) throw new CueSyntaxError(`${raw}: a prefix needs at least ${CUE_LIMITS.minPrefix} letters`);
          out.push({ kind: 'prefix', prefix: norm });
        }
      } else plain += ` ${raw}`;
    }
    flushPlain();
    return negator;
  };

  // seq := (text | group)* ; group := '(' seq ('|' seq)* ')' | '[' seq ('|' seq)* ']'
  const seq = (depth: number, closers: string): Built => {
    const elements: CueElement[] = [];
    let negator = false;
    while (pos < parts.length) {
      const p = parts[pos]!;
      if (closers.includes(p)) break;
      pos++;
      if (p === '(' || p === '[') {
        if (depth >= CUE_LIMITS.maxDepth) throw new CueSyntaxError(`groups nest at most ${CUE_LIMITS.maxDepth} deep`);
        const close = p === '(' ? ')' : ']';
        const options: CueElement[][] = [];
        for (;;) {
          const inner = seq(depth + 1, `|${close}`);
          options.push(inner.elements);
          negator ||= inner.negator;
          const next = parts[pos];
          if (next === '|') {
            pos++;
            continue;
          }
          if (next !== close) throw new CueSyntaxError(`missing ${close}`);
          pos++;
          break;
        }
        if (options.length > CUE_LIMITS.maxOptions) throw new CueSyntaxError(`at most ${CUE_LIMITS.maxOptions} alternatives in a group`);
        if (options.some((o) => o.length === 0))
          throw new CueSyntaxError('an alternative has no word (punctuation alone does not count; use [ ] for optional words)');
        if (p === '[') options.push([]);
        elements.push({ kind: 'alt', options });
      } else if (p === ')' || p === ']' || p === '|') {
        throw new CueSyntaxError(`unexpected ${p}`);
      } else {
        negator = words(p, elements) || negator;
      }
    }
    count += elements.length;
    return { elements, negator };
  };

  try {
    const built = seq(0, '');
    if (pos < parts.length) throw new CueSyntaxError(`unexpected ${parts[pos]}`);
    if (count > CUE_LIMITS.maxElements) throw new CueSyntaxError(`at most ${CUE_LIMITS.maxElements} words and groups`);
    const elements = built.elements;
    const minTokens = minLength(elements);
    if (minTokens === 0) return fail('the cue has no word that must match');
    if (startsOrEndsWithGap(elements, 'start')) return fail('a cue cannot start with a gap');
    if (startsOrEndsWithGap(elements, 'end')) return fail('a cue cannot end with a gap');
    return {
      ok: true,
      cue: { technique, source, lang, elements, negatable: !built.negator, minTokens },
    };
  } catch (err) {
    if (err instanceof CueSyntaxError) return fail(err.message);
    throw err;
  }
}

function minLength(elements: readonly CueElement[]): number {
  let n = 0;
  for (const e of elements) {
    if (e.kind === 'gap' || e.kind === 'start') continue;
    if (e.kind === 'alt') n += Math.min(...e.options.map(minLength));
    else n += 1;
  }
  return n;
}

/** True when some way through the cue begins (or ends) with a gap. */
function startsOrEndsWithGap(elements: readonly CueElement[], side: 'start' | 'end'): boolean {
  const list = side === 'start' ? elements : [...elements].reverse();
  for (const e of list) {
    if (e.kind === 'start') continue;
    if (e.kind === 'gap') return true;
    if (e.kind !== 'alt') return false;
    const opts = e.options.filter((o) => o.length > 0);
    if (opts.some((o) => startsOrEndsWithGap(o, side))) return true;
    if (opts.length === e.options.length) return false; // not optional: something always comes first
  }
  return false;
}
