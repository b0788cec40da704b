// Where every node of a YAML document was written, recorded from js-yaml's `listener` (which
// reports where each node opens and closes) into typed arrays, and looked up by data path.
// Pure.
import type { State } from 'js-yaml';
import type { ParseLimits, Path, Span } from './parse.ts';

// The node tree recorded from listener events: one frame per composed node, in document order
// (pre-order), kept in typed arrays so a 10,000-objection file costs a few megabytes.

const KIND_NULL = 0;
const KIND_SCALAR = 1;
const KIND_SEQUENCE = 2;
const KIND_MAPPING = 3;

export class TooDeep extends Error {
  constructor(readonly position: number) {
    super('too deep');
  }
}

export interface Frames {
  count: number;
  start: Int32Array;
  end: Int32Array;
  /** Index one past the last frame of this frame's subtree: the next sibling, if any. */
  after: Int32Array;
  kind: Uint8Array;
}

function grow<T extends Int32Array | Uint8Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}

export interface Recorded {
  frames: Frames;
  /** Mappings whose key count disagrees with their entries: duplicate keys (or odd syntax). */
  suspectMappings: number[];
  containerAlias: boolean;
}

/** Own enumerable keys of a plain object, counted without building an array. */
function keyCount(o: object): number {
  let n = 0;
  for (const _ in o) n++;
  return n;
}

export function recorder(
  limits: ParseLimits,
  initialCapacity = 4096,
): { listener: (this: State, e: 'open' | 'close', s: State) => void; result: Recorded } {
  let cap = initialCapacity;
  const frames: Frames = {
    count: 0,
    start: new Int32Array(cap),
    end: new Int32Array(cap),
    after: new Int32Array(cap),
    kind: new Uint8Array(cap),
  };
  // Locals for the hot path; `frames` gets the grown arrays too.
  let { start, end, after, kind: kinds } = frames;
  let count = 0;
  // Frames nest deeper than collections: a sequence item and a scalar each add one.
  const maxFrames = 2 * limits.maxDepth + 4;
  const children = new Int32Array(maxFrames + 2);
  const stack = new Int32Array(maxFrames + 2);
  let depth = 0;
  const result: Recorded = { frames, suspectMappings: [], containerAlias: false };
  const listener = (event: 'open' | 'close', state: State) => {
    if (event === 'open') {
      if (depth > maxFrames) throw new TooDeep(state.position);
      const i = count++;
      if (i === cap) {
        cap *= 2;
        frames.start = start = grow(start, cap);
        frames.end = end = grow(end, cap);
        frames.after = after = grow(after, cap);
        frames.kind = kinds = grow(kinds, cap);
      }
      start[i] = state.position;
      if (depth > 0) children[depth - 1]!++;
      children[depth] = 0;
      stack[depth++] = i;
      return;
    }
    const i = stack[--depth]!;
    end[i] = state.position;
    after[i] = count;
    frames.count = count;
    const kind = state.kind as string | null;
    if (kind === 'scalar') kinds[i] = KIND_SCALAR;
    else if (kind === 'mapping') {
      kinds[i] = KIND_MAPPING;
      // With `json: true` a repeated key overwrites the first: fewer keys than key/value frames.
      if (children[depth] !== 2 * keyCount(state.result as object)) result.suspectMappings.push(i);
    } else if (kind === 'sequence') kinds[i] = KIND_SEQUENCE;
    else {
      kinds[i] = KIND_NULL;
      // An alias leaves `kind` unset and hands back the anchored value itself.
      const value: unknown = state.result;
      if (value !== null && typeof value === 'object') result.containerAlias = true;
    }
  };
  return { listener, result };
}

// ---------------------------------------------------------------------------------------------
// Reading the source around frames.

export const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/** Skip white space, comments, and node properties (`&anchor`, `!tag`) to where content starts. */
function contentStart(text: string, at: number, end: number): number {
  let i = at;
  for (;;) {
    while (i < end && isSpace(text.charCodeAt(i))) i++;
    const c = text.charCodeAt(i);
    if (c === 35 /* # */) {
      while (i < end && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i++;
    } else if ((c === 38 /* & */ || c === 33) /* ! */ && i + 1 < end && !isSpace(text.charCodeAt(i + 1))) {
      while (i < end && !isSpace(text.charCodeAt(i))) i++;
    } else return i;
  }
}

function contentEnd(text: string, start: number, end: number): number {
  let e = Math.min(end, text.length);
  while (e > start && isSpace(text.charCodeAt(e - 1))) e--;
  return e;
}

/** Whether the frame is a mapping key: the next thing after it is `:`. */
function isKey(text: string, frames: Frames, f: number): boolean {
  let i = frames.end[f]!;
  for (;;) {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    if (text.charCodeAt(i) === 35) {
      while (i < text.length && text.charCodeAt(i) !== 10) i++;
      continue;
    }
    return text.charCodeAt(i) === 58; /* : */
  }
}

/** The key's name as it appears in the data: unquoted, unescaped. */
export function keyName(text: string, frames: Frames, f: number): string {
  const start = contentStart(text, frames.start[f]!, frames.end[f]!);
  const raw = text.slice(start, contentEnd(text, start, frames.end[f]!));
  if (raw.startsWith("'")) return raw.slice(1, -1).replace(/''/g, "'");
  if (raw.startsWith('"')) {
    try {
      return JSON.parse(raw) as string;
    } catch {
      return raw.slice(1, -1);
    }
  }
  return raw;
}

function childrenOf(frames: Frames, f: number): number[] {
  const out: number[] = [];
  for (let c = f + 1; c < frames.after[f]!; c = frames.after[c]!) out.push(c);
  return out;
}

export interface Pair {
  readonly key: number;
  readonly value: number; // -1: a key without a value
  readonly name: string;
}

export function pairsOf(text: string, frames: Frames, f: number): Pair[] {
  const kids = childrenOf(frames, f);
  const pairs: Pair[] = [];
  // In `{ a: 1, b }` an entry without `:` is a key with no value; in block style it cannot occur.
  const flow = text.charCodeAt(contentStart(text, frames.start[f]!, frames.end[f]!)) === 123; /* { */
  for (let i = 0; i < kids.length; i++) {
    const k = kids[i]!;
    if (!isKey(text, frames, k)) {
      if (flow) pairs.push({ key: k, value: -1, name: keyName(text, frames, k) });
      continue;
    }
    const next = kids[i + 1];
    if (next !== undefined && !isKey(text, frames, next)) {
      pairs.push({ key: k, value: next, name: keyName(text, frames, k) });
      i++;
    } else pairs.push({ key: k, value: -1, name: keyName(text, frames, k) });
  }
  return pairs;
}

/** Children and key/value pairs of frames, computed once: locating many findings walks the same lists. */
export class Navigator {
  readonly #children = new Map<number, number[]>();
  readonly #pairs = new Map<number, Map<string, Pair>>();
  constructor(
    readonly text: string,
    readonly frames: Frames,
  ) {}

  child(f: number, i: number): number {
    let kids = this.#children.get(f);
    if (!kids) this.#children.set(f, (kids = childrenOf(this.frames, f)));
    return kids[i] ?? -1;
  }

  /** The pair of a key; the last of repeated keys, since that is the one the data holds. */
  pair(f: number, name: string): Pair | undefined {
    let byName = this.#pairs.get(f);
    if (!byName) {
      byName = new Map();
      for (const p of pairsOf(this.text, this.frames, f)) byName.set(p.name, p);
      this.#pairs.set(f, byName);
    }
    return byName.get(name);
  }
}

export function spanOf(text: string, frames: Frames, f: number): Span {
  const start = contentStart(text, frames.start[f]!, frames.end[f]!);
  let end = contentEnd(text, start, frames.end[f]!);
  // Collections span many lines; point at their first line only.
  const nodeEnd = end;
  const nl = text.indexOf('\n', start);
  if (nl !== -1 && nl < end) end = contentEnd(text, start, nl);
  return { start, end: Math.max(end, start), nodeEnd };
}

export function locateIn(nav: Navigator, path: Path, part: 'key' | 'value'): Span {
  const { text, frames } = nav;
  if (frames.count === 0) return { start: 0, end: 0, nodeEnd: 0 };
  let f = 0;
  let key = -1;
  for (const seg of path) {
    let next = -1;
    let nextKey = -1;
    if (frames.kind[f] === KIND_MAPPING) {
      const p = nav.pair(f, String(seg));
      if (p) (nextKey = p.key), (next = p.value);
    } else if (frames.kind[f] === KIND_SEQUENCE && typeof seg === 'number') {
      next = nav.child(f, seg);
    }
    if (next === -1) return spanOf(text, frames, nextKey !== -1 ? nextKey : f); // left the written tree: the deepest node reached
    f = next;
    key = nextKey;
  }
  return spanOf(text, frames, part === 'key' && key !== -1 ? key : f);
}

