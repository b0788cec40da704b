// YAML text → plain data, problems with offsets, and a locator that finds where any path
// of the data was written. Pure.
//
// Why js-yaml and not the `yaml` Document (docs/benchmarks.md, "validate"): composing a
// `yaml` Document of 10,000 objections takes ~3.6 s and ~650 MB; js-yaml loads the same file
// in ~0.3 s. Positions come from js-yaml's `listener`, which reports where every node opens and
// closes (positions.ts). A clean file pays for one plain parse: positions are recorded only
// when something has to be located, and then, when the file allows, only for the fragment the
// finding is in (fragments.ts). Files with anchors, duplicate keys, syntax errors or deep
// nesting take the recording parse straight away, because it is the one with the guards.
import { load, YAMLException } from 'js-yaml';
import { FragmentLocator } from './fragments.ts';
import { isSpace, locateIn, Navigator, pairsOf, recorder, spanOf, TooDeep, type Frames } from './positions.ts';
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

/** 1-based line of an offset (for the rare message that names another line). */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
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
        message: `the key \`${name}\` appears twice in this mapping (first on line ${lineAt(text, spanOf(text, frames, first).start)}); the later value silently replaces the earlier one, so keep only one.`,
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
  let fragments: FragmentLocator | undefined;
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
        // A clean parse: first try the fragment of the file the path points into.
        fragments ??= new FragmentLocator(text, data, limits);
        const span = fragments.locate(path, part);
        if (span) return span;
        // Otherwise record positions for the whole file, once.
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
