// Locating a finding without re-reading the whole file. A playbook is a block mapping whose
// big values are block sequences (`objections:` with thousands of `  - id: …` items), so the
// text of one top-level key, or of one item of its list, can be cut out by looking at line
// starts alone, and parsed on its own with positions recorded. That is trusted only when the
// fragment parses to exactly the data the whole file gave at that place; anything unusual
// (flow style at the top, quoted keys, anchors) returns undefined and the caller records the
// whole file instead. With ten findings in a 10,000-objection file this reads ten objections
// instead of ten thousand. Pure.
import { load } from 'js-yaml';
import type { ParseLimits, Path, Span } from './parse.ts';
import { locateIn, Navigator, recorder } from './positions.ts';
import { PLAYBOOK_YAML_SCHEMA } from './yaml-schema.ts';

interface Region {
  /** Offset of the key's line, and of the line after its value. */
  readonly start: number;
  readonly end: number;
  /** Offsets of the lines that start the items of a block sequence value, when it is one. */
  items?: number[];
}

interface Fragment {
  readonly offset: number;
  readonly nav: Navigator;
}

/** Fragments kept for reuse (findings come rule by rule, so the same item is asked for again). */
const KEEP = 256;

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return Number.isNaN(a) && Number.isNaN(b);
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) {
    const k = ka[i]!;
    if (k !== kb[i] || !deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  }
  return true;
}

/** A top-level key: at column 0, plain, followed by `:` and a space or the line end. */
const TOP_KEY = /^([A-Za-z_$][\w$-]*):(?:[ \t\r\n]|$)/;

export class FragmentLocator {
  #regions: Map<string, Region> | undefined | null;
  readonly #fragments = new Map<number, Fragment | null>();

  constructor(
    private readonly text: string,
    private readonly data: unknown,
    private readonly limits: ParseLimits,
  ) {}

  /** The span of the node at `path`, or undefined when this file cannot be cut into fragments. */
  locate(path: Path, part: 'key' | 'value'): Span | undefined {
    if (path.length === 0) {
      // The document itself: where its first key is written.
      const first = this.#regionsOf()?.entries().next().value;
      if (!first || this.data === null || typeof this.data !== 'object') return undefined;
      const [key, region] = first;
      const span = this.#inFragment(region.start, region.end, { [key]: (this.data as Record<string, unknown>)[key] }, [], part);
      // The fragment holds the first key only; the document itself runs on to the end.
      return span && { ...span, nodeEnd: this.text.trimEnd().length };
    }
    const key = path[0];
    if (typeof key !== 'string' || this.data === null || typeof this.data !== 'object' || Array.isArray(this.data)) return undefined;
    const region = this.#regionsOf()?.get(key);
    if (!region) return undefined;
    const value = (this.data as Record<string, unknown>)[key];
    const index = path[1];
    if (Array.isArray(value) && typeof index === 'number' && index < value.length) {
      const items = this.#itemsOf(region);
      if (items && items.length === value.length) {
        const from = items[index]!;
        const to = items[index + 1] ?? region.end;
        return this.#inFragment(from, to, [value[index]], [0, ...path.slice(2)], part);
      }
    }
    return this.#inFragment(region.start, region.end, { [key]: value }, path, part);
  }

  #inFragment(from: number, to: number, expected: unknown, path: Path, part: 'key' | 'value'): Span | undefined {
    let fragment = this.#fragments.get(from);
    if (fragment === undefined) {
      fragment = this.#parse(from, to, expected);
      if (this.#fragments.size >= KEEP) this.#fragments.delete(this.#fragments.keys().next().value!);
      this.#fragments.set(from, fragment);
    }
    if (fragment === null) return undefined;
    const span = locateIn(fragment.nav, path, part);
    return { start: span.start + from, end: span.end + from, nodeEnd: span.nodeEnd + from };
  }

  #parse(from: number, to: number, expected: unknown): Fragment | null {
    const source = this.text.slice(from, to);
    const { listener, result } = recorder(this.limits, 64);
    let data: unknown;
    try {
      data = load(source, { schema: PLAYBOOK_YAML_SCHEMA, json: true, listener });
    } catch {
      return null;
    }
    // Only a fragment that means, on its own, exactly what it means in the file is trusted.
    if (!deepEqual(data, expected)) return null;
    return { offset: from, nav: new Navigator(source, result.frames) };
  }

  /** Top-level keys and where their text runs; null when the top level is not a plain block mapping. */
  #regionsOf(): Map<string, Region> | null {
    if (this.#regions !== undefined) return this.#regions;
    const text = this.text;
    const regions = new Map<string, Region>();
    let open: { key: string; start: number } | undefined;
    for (let at = 0; at < text.length; ) {
      const nl = text.indexOf('\n', at);
      const next = nl === -1 ? text.length : nl + 1;
      const c = text.charCodeAt(at);
      // A line at column 0 that is not blank, a comment, a document marker or an item of a list
      // written at column 0 (`objections:` then `- id: …`) starts a key.
      const item = c === 45 && (at + 1 >= next || /[ \t\r\n]/.test(text[at + 1]!));
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 35 && !item && !(c === 45 && text.startsWith('---', at))) {
        const m = TOP_KEY.exec(text.slice(at, Math.min(next, at + 200)));
        if (!m || regions.has(m[1]!)) return (this.#regions = null);
        if (open) regions.set(open.key, { start: open.start, end: at });
        open = { key: m[1]!, start: at };
      }
      at = next;
    }
    if (open) regions.set(open.key, { start: open.start, end: text.length });
    return (this.#regions = regions);
  }

  /** Line offsets of a block sequence's items: `- ` at the indentation of the first item. */
  #itemsOf(region: Region): number[] | undefined {
    if (region.items) return region.items;
    const text = this.text;
    const items: number[] = [];
    let indent = -1;
    // Skip the key's own line; a value on it (flow style) has no items to find.
    const firstNl = text.indexOf('\n', region.start);
    if (firstNl === -1 || !/^[^:]*:\s*(#.*)?$/.test(text.slice(region.start, firstNl).replace(/\r$/, ''))) return undefined;
    for (let at = firstNl + 1; at < region.end; ) {
      const nl = text.indexOf('\n', at);
      const next = nl === -1 || nl >= region.end ? region.end : nl + 1;
      let i = at;
      while (i < next && text.charCodeAt(i) === 32) i++;
      const c = text.charCodeAt(i);
      if (c === 45 && (i + 1 === next || text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 10 || text.charCodeAt(i + 1) === 13)) {
        if (indent === -1) indent = i - at;
        if (i - at === indent) items.push(at);
      }
      at = next;
    }
    region.items = items;
    return items;
  }
}
