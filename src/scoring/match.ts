// Matching one compiled cue at one token position. A small backtracking matcher over a
// bounded pattern (cues.ts limits its size), with a step budget on top, so a hostile cue can
// make matching slower but never unbounded.
import type { CueElement } from './cues.ts';
import type { Token } from './segment.ts';

/** Most steps one attempt may take; real cues need a few dozen. */
const STEP_BUDGET = 4_000;

interface Continuation {
  readonly elements: readonly CueElement[];
  readonly index: number;
  readonly next: Continuation | null;
}

class Matcher {
  steps = 0;
  constructor(
    private readonly tokens: readonly Token[],
    private readonly sentence: number,
  ) {}

  /** Index of the next token a word may take: signs between words are skipped. */
  private nextWord(at: number, element: CueElement): number {
    if (element.kind === 'word' && element.sym) return at;
    let i = at;
    while (i < this.tokens.length && this.tokens[i]!.kind === 'sym' && i - at < 3) i++;
    return i;
  }

  private token(at: number): Token | undefined {
    const t = this.tokens[at];
    return t && t.sentence === this.sentence ? t : undefined;
  }

  /**
   * End (exclusive token index) of a match of elements[index…] then `cont`, or -1.
   * `clause` is the clause of the Han character just matched, or -1 (after a gap, at the start,
   * after other words): Chinese has no spaces, so punctuation is its only word boundary, and
   * characters that follow each other in a cue must follow each other in one clause of the answer.
   * (Other languages put commas inside phrases — "меньше, чем" — so they may cross them.)
   */
  run(elements: readonly CueElement[], index: number, at: number, cont: Continuation | null, clause: number): number {
    if (++this.steps > STEP_BUDGET) return -1;
    if (index === elements.length) return cont === null ? at : this.run(cont.elements, cont.index, at, cont.next, clause);
    const e = elements[index]!;
    switch (e.kind) {
      case 'word':
      case 'exact':
      case 'prefix': {
        const i = this.nextWord(at, e);
        const t = this.token(i);
        if (!t || (clause >= 0 && t.kind === 'han' && t.clause !== clause)) return -1;
        const ok =
          e.kind === 'word'
            ? t.key === e.key || t.norm === e.norm || (t.bases !== undefined && t.bases.includes(e.key))
            : e.kind === 'exact'
              ? t.norm === e.norm
              : t.kind === 'word' && t.norm.startsWith(e.prefix);
        return ok ? this.run(elements, index + 1, i + 1, cont, t.kind === 'han' ? t.clause : -1) : -1;
      }
      case 'num': {
        // A number may span several tokens (两百, five hundred): longest first, then shorter,
        // so "# 万" still matches 八万.
        const first = this.nextWord(at, e);
        const t = this.token(first);
        if (!t?.numeric || (clause >= 0 && t.kind === 'han' && t.clause !== clause)) return -1;
        let end = first;
        while (this.token(end)?.numeric) end++;
        for (let i = end; i > first; i--) {
          const last = this.tokens[i - 1]!;
          const r = this.run(elements, index + 1, i, cont, last.kind === 'han' ? last.clause : -1);
          if (r >= 0) return r;
        }
        return -1;
      }
      case 'start': {
        // Zero width: the next token begins its sentence.
        const prev = this.tokens[at - 1];
        const here = this.tokens[at];
        return here && (!prev || prev.sentence !== here.sentence) ? this.run(elements, index + 1, at, cont, -1) : -1;
      }
      case 'gap': {
        for (let g = 0; g <= e.max; g++) {
          if (g > 0 && !this.token(at + g - 1)) break;
          const r = this.run(elements, index + 1, at + g, cont, -1);
          if (r >= 0) return r;
        }
        return -1;
      }
      case 'alt': {
        const after: Continuation = { elements, index: index + 1, next: cont };
        for (const option of e.options) {
          const r = this.run(option, 0, at, after, clause);
          if (r >= 0) return r;
        }
        return -1;
      }
    }
  }
}

/** Token range [start, end) matched by `elements` anchored at token `start`, or undefined. */
export function matchAt(elements: readonly CueElement[], tokens: readonly Token[], start: number): number | undefined {
  const first = tokens[start];
  if (!first) return undefined;
  const end = new Matcher(tokens, first.sentence).run(elements, 0, start, null, -1);
  return end > start ? end : undefined;
}
