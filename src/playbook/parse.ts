// YAML text → plain data, problems with offsets, and a locator that finds where any path
// of the data was written. Pure.
//
// Why js-yaml and not the `yaml` Document (docs/benchmarks.md, "validate"): composing a
// `yaml` Document of 10,000 objections takes ~3.6 s and ~650 MB; js-yaml loads the same file
// in ~0.3 s. Positions come from js-yaml's `listener`, which reports where every node opens and
// closes; a second, recording parse is run only when something has to be located, so a clean
// file pays for one plain parse. Files with anchors, duplicate keys, syntax errors or deep
// nesting take the recording parse straight away, because it is the one with the guards.
import { load, type State, YAMLException } from 'js-yaml';
import { PLAYBOOK_YAML_SCHEMA } from './yaml-schema.ts';

export type PathSegment = string | number;
export type Path = readonly PathSegment[];

export type YamlProblemCode = 'yaml-syntax' | 'duplicate-key' | 'nesting-too-deep' | 'excessive-aliases';

export interface YamlProblem {
  readonly code: YamlProblemCode;
  readonly message: string;
  /** Offsets into the text; `end` is exclusive. */
  readonly start: number;
  readonly end: number;
}

export interface Span {
  /** Where the node's content starts, and where its first line of content ends (exclusive). */
  readonly start: number;
  readonly end: number;
  /** Where the whole node ends: block scalars and collections run over several lines. */
  readonly nodeEnd: number;
}

export interface ParsedYaml {
  /** The document as plain data; `undefined` when empty or unusable (see `problems`). */
  readonly data: unknown;
  readonly problems: readonly YamlProblem[];
  /**
   * Where the node at `path` was written: its key (`part: 'key'`, for unknown or duplicate keys)
   * or its value. When the path leaves the written tree (a missing key, a merge through an
   * alias), the deepest node on the way is returned.
   */
  locate(path: Path, part?: 'key' | 'value'): Span;
}

export interface ParseLimits {
  /** Deepest nesting of collections accepted. Playbooks need about 6. */
  readonly maxDepth: number;
  /** Most nodes aliases may expand to, beyond the nodes written in the file. */
  readonly maxAliasNodes: number;
}

export const DEFAULT_LIMITS: ParseLimits = { maxDepth: 64, maxAliasNodes: 100_000 };

export interface ParseOptions {
  readonly limits?: ParseLimits;
  /** The caller has already checked the text for characters YAML forbids (it found none). */
  readonly printable?: boolean;
}

// ---------------------------------------------------------------------------------------------
// The node tree recorded from listener events: one frame per composed node, in document order
// (pre-order), kept in typed arrays so a 10,000-objection file costs a few megabytes.

const KIND_NULL = 0;
const KIND_SCALAR = 1;
const KIND_SEQUENCE = 2;
const KIND_MAPPING = 3;

class TooDeep extends Error {
  constructor(readonly position: number) {
    super('too deep');
  }
}

interface Frames {
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

interface Recorded {
  frames: Frames;
  /** Mappings whose key count disagrees with their entries: duplicate keys (or odd syntax). */
  suspectMappings: number[];
  containerAlias: boolean;
}

function recorder(limits: ParseLimits): { listener: (this: State, e: 'open' | 'close', s: State) => void; result: Recorded } {
  let cap = 1024;
  const frames: Frames = {
    count: 0,
    start: new Int32Array(cap),
    end: new Int32Array(cap),
    after: new Int32Array(cap),
    kind: new Uint8Array(cap),
  };
  // Frames nest deeper than collections: a sequence item and a scalar each add one.
  const maxFrames = 2 * limits.maxDepth + 4;
  const children = new Int32Array(maxFrames + 2);
  const stack = new Int32Array(maxFrames + 2);
  let depth = 0;
  const result: Recorded = { frames, suspectMappings: [], containerAlias: false };
  const listener = (event: 'open' | 'close', state: State) => {
    if (event === 'open') {
      if (depth > maxFrames) throw new TooDeep(state.position);
      const i = frames.count++;
      if (i === cap) {
        cap *= 2;
        frames.start = grow(frames.start, cap);
        frames.end = grow(frames.end, cap);
        frames.after = grow(frames.after, cap);
        frames.kind = grow(frames.kind, cap);
      }
      frames.start[i] = state.position;
      if (depth > 0) children[depth - 1]!++;
      children[depth] = 0;
      stack[depth++] = i;
      return;
    }
    const i = stack[--depth]!;
    frames.end[i] = state.position;
    frames.after[i] = frames.count;
    const kind = state.kind as string | null;
    const value: unknown = state.result;
    if (kind === 'mapping') {
      frames.kind[i] = KIND_MAPPING;
      // With `json: true` a repeated key overwrites the first: fewer keys than key/value frames.
      if (children[depth] !== 2 * Object.keys(value as object).length) result.suspectMappings.push(i);
    } else if (kind === 'sequence') frames.kind[i] = KIND_SEQUENCE;
    else if (kind === 'scalar') frames.kind[i] = KIND_SCALAR;
    else {
      frames.kind[i] = KIND_NULL;
      // An alias leaves `kind` unset and hands back the anchored value itself.
      if (value !== null && typeof value === 'object') result.containerAlias = true;
    }
  };
  return { listener, result };
}

// ---------------------------------------------------------------------------------------------
// Reading the source around frames.

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

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
function keyName(text: string, frames: Frames, f: number): string {
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

interface Pair {
  readonly key: number;
  readonly value: number; // -1: a key without a value
  readonly name: string;
}

function pairsOf(text: string, frames: Frames, f: number): Pair[] {
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
class Navigator {
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

function spanOf(text: string, frames: Frames, f: number): Span {
  const start = contentStart(text, frames.start[f]!, frames.end[f]!);
  let end = contentEnd(text, start, frames.end[f]!);
  // Collections span many lines; point at their first line only.
  const nodeEnd = end;
  const nl = text.indexOf('\n', start);
  if (nl !== -1 && nl < end) end = contentEnd(text, start, nl);
  return { start, end: Math.max(end, start), nodeEnd };
}

function locateIn(nav: Navigator, path: Path, part: 'key' | 'value'): Span {
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

// ---------------------------------------------------------------------------------------------

/** Advice for js-yaml's reasons, so a syntax error says what to do. */
function syntaxAdvice(reason: string): string {
  const advice: [RegExp, string][] = [
    [/bad indentation/, 'check the indentation: keys of one mapping must line up, and nested content must be indented more than its key'],
    [/tab characters/, 'indent with spaces, not tabs'],
    [/multiline key|implicit mapping pair|colon is missed/, 'is a `:` missing, or a quote left open on an earlier line?'],
    [/within a (double|single) quoted scalar/, 'close the quote (inside double quotes write \\" for a quote; inside single quotes write two)'],
    [/within a flow collection|missed comma/, 'close the `[ ]` or `{ }` and separate items with commas'],
    [/single document/, 'a playbook is one YAML document: remove the `---` line or split the file'],
    [/unidentified alias/, 'define the `&anchor` before using `*anchor`, or quote the text if `*` was meant literally'],
    [/unknown tag/, 'remove the `!tag`; playbooks use plain strings, numbers and lists'],
    [/end of the stream or a document separator is expected/, 'this line does not fit the structure above it; check its indentation and quotes'],
  ];
  const hit = advice.find(([re]) => re.test(reason));
  return hit ? hit[1] : 'fix the YAML here; quote text that contains `: ` or ` #`, or starts with `*`, `&`, `!`, `[`, `{`, `%` or `@`';
}

function syntaxProblem(err: YAMLException, text: string): YamlProblem {
  const mark = (err as YAMLException & { mark?: { position?: number } }).mark;
  const start = Math.min(mark?.position ?? 0, text.length);
  const reason = (err as YAMLException & { reason?: string }).reason ?? err.message.split('\n')[0] ?? 'syntax error';
  return { code: 'yaml-syntax', start, end: start, message: `YAML syntax error: ${reason}; ${syntaxAdvice(reason)}.` };
}

/** Anchors are the only way to aliases; without a `&` that could start one, skip the alias guards. */
function mayHaveAnchors(text: string): boolean {
  for (let i = text.indexOf('&'); i !== -1; i = text.indexOf('&', i + 1)) {
    const before = i === 0 ? 10 : text.charCodeAt(i - 1);
    const after = text.charCodeAt(i + 1);
    if ((isSpace(before) || before === 91 || before === 123 || before === 44 || before === 58 || before === 45) && after > 32) return true;
  }
  return false;
}

/** Walk the data, counting nodes, so an alias bomb or a cycle is stopped after `budget` nodes. */
function withinBudget(data: unknown, budget: number): boolean {
  const stack: unknown[] = [data];
  let seen = 0;
  while (stack.length > 0) {
    const v = stack.pop();
    if (++seen > budget) return false;
    if (Array.isArray(v)) for (const x of v) stack.push(x);
    else if (v !== null && typeof v === 'object') for (const x of Object.values(v)) stack.push(x);
  }
  return true;
}

/** Whether collections nest deeper than `limit`; recursion is bounded by `limit` itself. */
function deeperThan(v: unknown, limit: number): boolean {
  if (v === null || typeof v !== 'object') return false;
  if (limit === 0) return true;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) if (deeperThan(v[i], limit - 1)) return true;
    return false;
  }
  for (const k in v) if (deeperThan((v as Record<string, unknown>)[k], limit - 1)) return true;
  return false;
}

// YAML forbids these; js-yaml stops at the first one. The `control-character` rule reports each
// of them with its position, so the parse sees a space instead and can go on.
// (Text decoded from UTF-8 has no lone surrogates, the other thing YAML forbids.)
// eslint-disable-next-line no-control-regex
const NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]/;
const NON_PRINTABLE_ALL = new RegExp(NON_PRINTABLE.source, 'g');

function maskNonPrintable(text: string): string {
  if (!NON_PRINTABLE.test(text)) return text;
  return text.replace(NON_PRINTABLE_ALL, (m) => ' '.repeat(m.length));
}

interface Careful {
  data: unknown;
  problems: YamlProblem[];
  frames?: Frames;
}

function carefulParse(text: string, limits: ParseLimits): Careful {
  const { listener, result } = recorder(limits);
  let data: unknown;
  try {
    data = load(text, { schema: PLAYBOOK_YAML_SCHEMA, json: true, listener });
  } catch (err) {
    if (err instanceof TooDeep)
      return {
        data: undefined,
        problems: [
          {
            code: 'nesting-too-deep',
            start: err.position,
            end: err.position,
            message: `the YAML nests deeper here than Parry reads (${limits.maxDepth} levels); a playbook needs about 6, so this is not a playbook (or is a hostile file).`,
          },
        ],
      };
    if (err instanceof YAMLException) return { data: undefined, problems: [syntaxProblem(err, text)], frames: result.frames };
    if (err instanceof RangeError)
      return { data: undefined, problems: [{ code: 'nesting-too-deep', start: 0, end: 0, message: 'the YAML is nested too deeply to read; a playbook needs about 6 levels.' }] };
    throw err;
  }
  const { frames } = result;
  const problems: YamlProblem[] = [];
  for (const m of result.suspectMappings) {
    const seen = new Map<string, number>();
    for (const { key, name } of pairsOf(text, frames, m)) {
      const first = seen.get(name);
      if (first === undefined) {
        seen.set(name, key);
        continue;
      }
      const span = spanOf(text, frames, key);
      problems.push({
        code: 'duplicate-key',
        ...span,
        message: `the key \`${name}\` appears twice in this mapping (also at offset ${frames.start[first]}); the later value silently replaces the earlier one, so keep only one.`,
      });
    }
  }
  problems.sort((a, b) => a.start - b.start);
  if (result.containerAlias && !withinBudget(data, frames.count + limits.maxAliasNodes)) {
    return {
      data: undefined,
      problems: [
        ...problems,
        {
          code: 'excessive-aliases',
          start: 0,
          end: 0,
          message: `aliases (\`*name\`) in this file expand to more than ${limits.maxAliasNodes} extra nodes or refer to themselves (an alias bomb?); write the content out instead of nesting aliases.`,
        },
      ],
      frames,
    };
  }
  return { data, problems, frames };
}

/** Parse YAML text. Never throws for any input; problems come back as values. */
export function parseYaml(source: string, options: ParseOptions = {}): ParsedYaml {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const text = options.printable ? source : maskNonPrintable(source);
  let frames: Frames | undefined;
  let data: unknown;
  let problems: YamlProblem[] = [];
  let careful = mayHaveAnchors(text);
  let nav: Navigator | undefined;
  if (!careful) {
    try {
      data = load(text, { schema: PLAYBOOK_YAML_SCHEMA });
      // Deep data that did not overflow js-yaml: the careful parse reports it with a position.
      if (deeperThan(data, limits.maxDepth)) careful = true;
    } catch {
      careful = true; // a duplicate key, a syntax error or a stack overflow: the careful parse says which
    }
  }
  if (careful) {
    const r = carefulParse(text, limits);
    data = r.data;
    problems = r.problems;
    frames = r.frames;
  }
  // Positions of a document that never parsed come from the recording made until the error.
  return {
    data: data === null ? undefined : data,
    problems,
    locate(path, part = 'value') {
      if (!frames) {
        // A clean file: record positions now, on first use.
        const { listener, result } = recorder(limits);
        try {
          load(text, { schema: PLAYBOOK_YAML_SCHEMA, json: true, listener });
        } catch {
          /* the fast parse succeeded, so this one does too */
        }
        frames = result.frames;
      }
      nav ??= new Navigator(text, frames);
      return locateIn(nav, path, part);
    },
  };
}
