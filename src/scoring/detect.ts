// Finding techniques in tokens: every compiled cue is indexed by the words it can start with,
// so each token of an answer looks up only the few cues that could begin there.
import type { CompiledCue, CueElement } from './cues.ts';
import { matchAt } from './match.ts';
import type { Token } from './segment.ts';

/** Words before a match that may negate it (Han: characters). */
const NEGATION_WINDOW = 4;
const NEGATION_WINDOW_HAN = 4;
/**
 * Risky techniques are disowned from further away ("I won't tell you this is our rock-bottom
 * price", 我们也不给采购个人返点): a false alarm there costs more than a miss.
 */
const NEGATION_WINDOW_WIDE = 8;
/** Persian puts the (negated) verb last: look this many words after a match too. */
const NEGATION_WINDOW_AFTER_FA = 5;
/** Persian negators that stand before what they negate, never after it (نه، هیچ، بدون). */
const FA_NEGATE_FORWARD_ONLY = new Set(['نه', 'هیچ', 'بدون', 'نخیر']);
const ARABIC = /[\u0600-\u06ff]/;

/** Ways a cue can begin. */
interface Firsts {
  keys: Set<string>;
  norms: Set<string>;
  prefixes: Set<string>;
  num: boolean;
}

/**
 * What the index needs to know about a cue, without its pattern: the words it can begin with and
 * the words every match contains. The build stores it with the compiled built-in cues
 * (cue-codec.ts), so start-up neither decodes nor walks a pattern until an answer needs it.
 */
export interface CueEntry {
  readonly keys: readonly string[];
  readonly norms: readonly string[];
  readonly prefixes: readonly string[];
  readonly num: boolean;
}

export function cueEntry(cue: CompiledCue): CueEntry {
  const f: Firsts = { keys: new Set(), norms: new Set(), prefixes: new Set(), num: false };
  firstsOf(cue.elements, 0, f, []);
  return { keys: [...f.keys], norms: [...f.norms], prefixes: [...f.prefixes], num: f.num };
}

function firstsOf(elements: readonly CueElement[], index: number, out: Firsts, rest: readonly (readonly CueElement[])[]): void {
  if (index >= elements.length) {
    const [head, ...tail] = rest;
    if (head) firstsOf(head, 0, out, tail);
    return;
  }
  const e = elements[index]!;
  switch (e.kind) {
    case 'word':
      out.keys.add(e.key);
      out.norms.add(e.norm);
      return;
    case 'exact':
      out.norms.add(e.norm);
      return;
    case 'prefix':
      out.prefixes.add(e.prefix);
      return;
    case 'num':
      out.num = true;
      return;
    case 'start':
    case 'gap':
      // Zero width (compilation rejects cues that can begin with a gap): what follows begins the cue.
      firstsOf(elements, index + 1, out, rest);
      return;
    case 'alt':
      for (const option of e.options) firstsOf(option, 0, out, [elements.slice(index + 1), ...rest]);
      return;
  }
}

export interface RawDetection {
  readonly cue: CompiledCue;
  /** Token range [start, end). */
  readonly start: number;
  readonly end: number;
}

/** Compiled cues, indexed by how they begin. Built once per scorer. */
export class CueIndex {
  private readonly byKey = new Map<string, number[]>();
  private readonly byNorm = new Map<string, number[]>();
  /** Prefix cues by their first two characters. */
  private readonly byPrefix = new Map<string, number[]>();
  private readonly numeric: number[] = [];
  /**
   * Per cue: words every match contains (beyond where it starts), to skip hopeless attempts.
   * Worked out the first time the cue could start somewhere, so unused cues cost nothing.
   */
  private readonly needs: ((readonly (readonly string[])[]) | undefined)[];
  private readonly stamp: Int32Array;
  private generation = 0;

  /** Techniques whose matches a negator further away still disowns (NEGATION_WINDOW_WIDE). */
  private readonly wide: ReadonlySet<string>;

  constructor(
    readonly cues: readonly CompiledCue[],
    opts: { wideNegation?: ReadonlySet<string> } = {},
  ) {
    this.wide = opts.wideNegation ?? new Set();
    const add = (map: Map<string, number[]>, k: string, id: number) => {
      const list = map.get(k);
      if (list) list.push(id);
      else map.set(k, [id]);
    };
    cues.forEach((cue, id) => {
      const f = cue.entry ?? cueEntry(cue);
      for (const k of f.keys) add(this.byKey, k, id);
      for (const n of f.norms) add(this.byNorm, n, id);
      for (const p of f.prefixes) add(this.byPrefix, [...p].slice(0, 2).join(''), id);
      if (f.num) this.numeric.push(id);
    });
    this.needs = new Array(cues.length);
    this.stamp = new Int32Array(cues.length);
  }

  /**
   * The first match of each technique (earliest start; the longest of cues starting there),
   * skipping negated matches. Techniques come back in order of appearance.
   */
  detect(tokens: readonly Token[], reject?: (cue: CompiledCue, start: number, end: number) => boolean): RawDetection[] {
    const found = new Map<string, RawDetection>();
    // Every key, form and Persian base in the answer: a cue needing a word not in here cannot match.
    const present = new Set<string>();
    for (const t of tokens) {
      present.add(t.key);
      present.add(t.norm);
      if (t.bases) for (const b of t.bases) present.add(b);
    }
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const gen = ++this.generation;
      const here: RawDetection[] = [];
      const tryList = (ids: readonly number[] | undefined) => {
        if (!ids) return;
        for (const id of ids) {
          if (this.stamp[id] === gen) continue;
          this.stamp[id] = gen;
          const cue = this.cues[id]!;
          if (found.has(cue.technique)) continue;
          const needs = (this.needs[id] ??= requiredWords(cue.elements));
          if (!hasAll(needs, present)) continue;
          const end = matchAt(cue.elements, tokens, i);
          if (end === undefined) continue;
          if (cue.negatable && negated(tokens, i, end, this.wide.has(cue.technique))) continue;
          if (reject?.(cue, i, end)) continue;
          here.push({ cue, start: i, end });
        }
      };
      tryList(this.byKey.get(t.key));
      tryList(this.byNorm.get(t.norm));
      if (t.bases) for (const b of t.bases) tryList(this.byKey.get(b));
      if (t.kind === 'word' && t.norm.length >= 2) tryList(this.byPrefix.get([...t.norm].slice(0, 2).join('')));
      if (t.numeric) tryList(this.numeric);
      // Longest evidence first among cues of one technique that start at the same token.
      if (here.length > 1) here.sort((a, b) => b.end - a.end);
      for (const d of here) if (!found.has(d.cue.technique)) found.set(d.cue.technique, d);
    }
    return [...found.values()].sort((a, b) => a.start - b.start || a.end - b.end);
  }
}

/** Whether, for every "one of these" set, the answer has one of the keys. */
function hasAll(needs: readonly (readonly string[])[], present: ReadonlySet<string>): boolean {
  for (let i = 0; i < needs.length; i++) {
    const anyOf = needs[i]!;
    let ok = false;
    for (let k = 0; k < anyOf.length && !ok; k++) ok = present.has(anyOf[k]!);
    if (!ok) return false;
  }
  return true;
}

/**
 * What a cue always contains beyond where it starts, as a list of "one of these keys" sets:
 * a plain word gives itself; a group that is not optional gives the first plain word of each
 * alternative (if every alternative has one). A word matches by key, form or Persian base, all
 * of which are in the answer's `present` set, so testing keys is enough.
 */
function requiredWords(elements: readonly CueElement[]): string[][] {
  const out: string[][] = [];
  for (let i = 1; i < elements.length; i++) {
    const e = elements[i]!;
    if (e.kind === 'word' && !e.sym) out.push([e.key]);
    else if (e.kind === 'alt') {
      const firsts: string[] = [];
      for (const option of e.options) {
        const w = option.find((x) => x.kind === 'word' && !x.sym);
        if (!w || w.kind !== 'word' || option.indexOf(w) !== 0) {
          firsts.length = 0;
          break;
        }
        firsts.push(w.key);
      }
      if (firsts.length > 0) out.push([...new Set(firsts)]);
    }
  }
  return out;
}

/**
 * A negator shortly before the match in the same clause, inside it, or after a fronted topic
 * (zh 回扣我们不做, ru «откатов мы не платим»); in Persian, also a negated verb just after it.
 */
function negated(tokens: readonly Token[], start: number, end: number, wide = false): boolean {
  const first = tokens[start]!;
  for (let i = start; i < end; i++) if (tokens[i]!.negator) return true;
  const window = wide ? NEGATION_WINDOW_WIDE : first.kind === 'han' ? NEGATION_WINDOW_HAN : NEGATION_WINDOW;
  let clause = first.clause;
  for (let i = start - 1, seen = 0; i >= 0 && seen < window; i--) {
    const t = tokens[i]!;
    if (t.clause !== clause) {
      // "I won't tell you that it's the lowest price", «не скажу, что это последняя цена»: a denied
      // claim stays denied across the complementizer that opens it (risky techniques only).
      const opener = tokens[i + 1];
      if (!wide || !opener || !COMPLEMENTIZERS.has(opener.norm)) break;
      clause = t.clause;
    }
    if (t.kind === 'sym') continue;
    seen++;
    if (t.negator) return true;
  }
  const last = tokens[end - 1]!;
  if (last.kind === 'han') return negatedAfterTopic(tokens, end);
  if (CYRILLIC.test(last.norm)) return negatedAfterTopicRu(tokens, end);
  if (ARABIC.test(last.norm)) {
    for (let i = end, seen = 0; i < tokens.length && seen < NEGATION_WINDOW_AFTER_FA; i++) {
      const t = tokens[i]!;
      if (t.clause !== last.clause || FA_CLAUSE_OPENERS.has(t.norm)) break;
      if (t.kind === 'sym') continue;
      seen++;
      // A negative question (نگرانی دیگه‌ای ندارید؟) asks; it does not deny.
      if (t.negator && !FA_NEGATE_FORWARD_ONLY.has(t.norm) && tokens[i + 1]?.norm !== '?') return true;
    }
  }
  return false;
}

/** Words that open a reported claim. */
const COMPLEMENTIZERS = new Set(['that', 'что', 'чтобы', 'که']);
/** Persian words that open another clause: a negated verb after them is not the match's. */
const FA_CLAUSE_OPENERS = new Set(['که', 'تا', 'اگر', 'اگه', 'ولی', 'اما', 'چون', 'و', 'یا']);

const CYRILLIC = /^[а-я]/;
const RU_TOPIC_SUBJECTS = new Set(['мы', 'я', 'никому', 'никогда']);
const RU_TOPIC_AFTER = 6;

/**
 * Russian puts the negation after the object too: «давить не буду», «бесплатное обслуживание мы не
 * даём», «вилку я вам называть не буду». A не right after the match, or after a subject (я, мы) that
 * follows it in the same clause, disowns it.
 */
function negatedAfterTopicRu(tokens: readonly Token[], end: number): boolean {
  const clause = tokens[end - 1]!.clause;
  const next = tokens[end];
  if (next && next.clause === clause && next.norm === 'не') return true;
  let subject = false;
  for (let i = end, seen = 0; i < tokens.length && seen < RU_TOPIC_AFTER; i++) {
    const t = tokens[i]!;
    if (t.clause !== clause) return false;
    if (t.kind === 'sym') continue;
    seen++;
    if (RU_TOPIC_SUBJECTS.has(t.norm)) subject = true;
    else if (subject && t.negator) return true;
  }
  return false;
}

/** Han characters after a fronted topic that make "X 我们不做" a negation of X. */
const HAN_TOPIC_SUBJECTS = ['我们', '咱们', '本店', '本公司', '我司', '公司', '我'];
const HAN_TOPIC_ADVERBS = new Set([...'从来绝对坚决一律一概向来都也是决根本']);
const HAN_TOPIC_AFTER = 8;

/**
 * Chinese often fronts the object and negates after it: 回扣那一套我们不做, 折扣我们从来不打,
 * 回扣一概不给. A negator a few characters after the match, in the same clause, counts when a
 * subject (我们, 本店…) or a sweeping adverb (一概, 从来, 绝对…) stands right before it.
 */
function negatedAfterTopic(tokens: readonly Token[], end: number): boolean {
  const clause = tokens[end - 1]!.clause;
  let between = '';
  for (let i = end; i < tokens.length && i < end + HAN_TOPIC_AFTER; i++) {
    const t = tokens[i]!;
    if (t.clause !== clause || t.kind !== 'han') return false;
    if (t.negator) {
      let j = between.length;
      while (j > 0 && HAN_TOPIC_ADVERBS.has(between[j - 1]!)) j--;
      const head = between.slice(0, j);
      if (j < between.length && /一概|一律|从来|绝对|坚决|根本|向来/.test(between.slice(j))) return true;
      return HAN_TOPIC_SUBJECTS.some((s) => head.endsWith(s));
    }
    between += t.norm;
  }
  return false;
}
