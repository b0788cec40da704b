// Laying text out in a terminal: widths measured in columns (CJK is two wide, ZWNJ and combining marks
// none), lines wrapped at word boundaries found by Intl.Segmenter (Chinese has no spaces; Persian
// words keep their ZWNJ), punctuation kept with its word, and evidence phrases kept on one line.
// Text stays in logical order with no bidi controls added: a terminal that implements bidi shows
// Persian right to left, and screen readers and pipes get the text as written. Pure.
import stringWidth from 'string-width';
import { sanitizeLine } from './sanitize.ts';

export function displayWidth(text: string): number {
  return stringWidth(text);
}

/** A styled stretch of the text: UTF-16 offsets into it, end exclusive (the scorer's Detection spans). */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly style: (s: string) => string;
}

export interface WrapOptions {
  /** Columns available for each line, indent included. */
  readonly width: number;
  /** Put before every line (its width is taken from `width`). */
  readonly indent?: string;
  /** Put before the first line instead of `indent` (same width expected). */
  readonly firstIndent?: string;
  readonly spans?: readonly Span[];
  /** Applied to text outside the spans. */
  readonly style?: (s: string) => string;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const words = new Intl.Segmenter(undefined, { granularity: 'word' });

// Scripts written without spaces: a line may break between two of their words.
const NO_SPACE_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\u3000-\u303f\uff00-\uffef]/u;
// Opening brackets and quotes stay with the word after them; other punctuation with the word before.
const OPENING = /^[\p{Ps}\p{Pi}]+$/u;
const SPACE = /^\s+$/u;

interface Atom {
  start: number;
  end: number;
  /** Whitespace in the text just before this atom (a place to break). */
  gapStart: number;
}

/**
 * Wrap one paragraph or several (split at newlines) and return the lines, styled and sanitised.
 * A word is broken only when it alone is wider than the line.
 */
export function wrapLines(text: string, opts: WrapOptions): string[] {
  const lines: string[] = [];
  const newline = /\r\n|[\n\r\u2028\u2029]/g;
  let from = 0;
  for (const m of text.matchAll(newline)) {
    lines.push(...wrapParagraph(text, from, m.index, opts, lines.length === 0));
    from = m.index + m[0].length;
  }
  lines.push(...wrapParagraph(text, from, text.length, opts, lines.length === 0));
  return lines;
}

/** wrapLines joined with newlines. */
export function wrapText(text: string, opts: WrapOptions): string {
  return wrapLines(text, opts).join('\n');
}

function wrapParagraph(text: string, from: number, to: number, opts: WrapOptions, first: boolean): string[] {
  const indent = opts.indent ?? '';
  const lead = first ? (opts.firstIndent ?? indent) : indent;
  const avail = Math.max(1, opts.width - displayWidth(indent));
  const paint = (start: number, end: number) => render(text, start, end, opts);
  const atoms = mergeSpans(findAtoms(text, from, to), opts.spans ?? [], avail, paint);

  const lines: string[] = [];
  // A line is one stretch of the text, painted once when it is complete (so a style covers a whole
  // run, not each word); widths are measured per piece, painted, to count styles that add characters.
  let lineStart = from;
  let lineEnd = from;
  let used = 0;
  const flush = () => {
    lines.push((lines.length === 0 ? lead : indent) + paint(lineStart, lineEnd));
    used = 0;
  };
  const place = (start: number, end: number, width: number) => {
    if (used === 0) lineStart = start;
    lineEnd = end;
    used += width;
  };
  for (const atom of atoms) {
    const bodyWidth = displayWidth(paint(atom.start, atom.end));
    const gapWidth = used > 0 ? displayWidth(paint(atom.gapStart, atom.start)) : 0;
    if (used > 0 && used + gapWidth + bodyWidth <= avail) {
      place(atom.gapStart, atom.end, gapWidth + bodyWidth);
      continue;
    }
    if (used > 0) flush();
    if (bodyWidth <= avail) {
      place(atom.start, atom.end, bodyWidth);
      continue;
    }
    // Wider than a whole line: the only case where a word is cut, between graphemes.
    for (const g of graphemes.segment(text.slice(atom.start, atom.end))) {
      const start = atom.start + g.index;
      const end = start + g.segment.length;
      const w = displayWidth(paint(start, end));
      if (used > 0 && used + w > avail) flush();
      place(start, end, w);
    }
  }
  if (used > 0 || lines.length === 0) flush();
  return lines.map((l) => l.trimEnd());
}

/** Unbreakable pieces of text[from, to): words with their punctuation. */
function findAtoms(text: string, from: number, to: number): Atom[] {
  const atoms: Atom[] = [];
  let gapStart = from;
  let sawSpace = true;
  let pendingOpen: number | undefined;
  for (const seg of words.segment(text.slice(from, to))) {
    const start = from + seg.index;
    const end = start + seg.segment.length;
    if (SPACE.test(seg.segment)) {
      if (!sawSpace) gapStart = start;
      sawSpace = true;
      continue;
    }
    if (!seg.isWordLike && OPENING.test(seg.segment)) {
      pendingOpen ??= start;
      continue;
    }
    const prev = atoms[atoms.length - 1];
    const atomStart = pendingOpen ?? start;
    pendingOpen = undefined;
    let joins = false;
    if (prev && !sawSpace && prev.end === atomStart) {
      // Closing punctuation and symbols stay with the word before; two words touching stay together
      // unless one is in a script written without spaces, or the first ends in a dash.
      if (!seg.isWordLike) joins = true;
      else {
        const before = text.slice(prev.start, prev.end);
        const spaceless = NO_SPACE_SCRIPT.test(seg.segment) || NO_SPACE_SCRIPT.test(before.slice(-1));
        joins = !spaceless && !/[-‐–—/]$/u.test(before);
      }
    }
    if (joins && prev) prev.end = end;
    else atoms.push({ start: atomStart, end, gapStart: sawSpace ? gapStart : atomStart });
    sawSpace = false;
  }
  if (pendingOpen !== undefined) atoms.push({ start: pendingOpen, end: to, gapStart: sawSpace ? gapStart : pendingOpen });
  return atoms;
}

/** Keep each styled span on one line when it fits: its atoms become one. */
function mergeSpans(atoms: Atom[], spans: readonly Span[], avail: number, paint: (s: number, e: number) => string): Atom[] {
  if (spans.length === 0) return atoms;
  const out: Atom[] = [];
  for (const atom of atoms) {
    const prev = out[out.length - 1];
    const spanned = prev !== undefined && spans.some((s) => s.start < prev.end && s.end > atom.start);
    if (prev && spanned && displayWidth(paint(prev.start, atom.end)) <= avail) prev.end = atom.end;
    else out.push({ ...atom });
  }
  return out;
}

/** text[start, end) sanitised, with the spans' styles inside them and opts.style outside. */
function render(text: string, start: number, end: number, opts: WrapOptions): string {
  if (start >= end) return '';
  const plain = opts.style ?? ((s: string) => s);
  const cuts = new Set([start, end]);
  for (const s of opts.spans ?? []) {
    if (s.start > start && s.start < end) cuts.add(s.start);
    if (s.end > start && s.end < end) cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  let out = '';
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i] as number;
    const b = points[i + 1] as number;
    const piece = sanitizeLine(text.slice(a, b));
    if (piece === '') continue;
    const span = opts.spans?.find((s) => s.start <= a && s.end >= b);
    out += span ? span.style(piece) : plain(piece);
  }
  return out;
}

/** Cut to `width` columns, ending in … when cut. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const g of graphemes.segment(text)) {
    const w = displayWidth(g.segment);
    if (used + w > width - 1) break;
    out += g.segment;
    used += w;
  }
  return `${out.trimEnd()}…`;
}

/** Pad with spaces to `width` columns (measured, so CJK cells line up). */
export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

export function padStart(text: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(text))) + text;
}
