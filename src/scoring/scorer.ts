// The scorer: cues compiled once per load into an index, then any number of answers detected
// and scored against it (design §4). Implements the Scorer interface of types.ts.
import type { Lang, Technique } from '../playbook/model.ts';
import { compileCue, type CompiledCue, type CueError } from './cues.ts';
import { CueIndex, type RawDetection } from './detect.ts';
import { detectLang } from './detect-lang.ts';
import { toSimplified } from './han.ts';
import { normalize, originalSpan } from './normalize.ts';
import { scoreAnswer } from './score.ts';
import { tokenize, type Token } from './segment.ts';
import type { Detection, Scorer, ScoreResult } from './types.ts';

/** A scorer that also says which cues it could not compile (validate reports them). */
export interface CompiledScorer extends Scorer {
  readonly cues: readonly CompiledCue[];
  readonly errors: readonly CueError[];
  /** Ids of the techniques it knows, risky ones included. */
  readonly techniques: ReadonlySet<string>;
  isRisky(technique: string): boolean;
}

export interface ScorerOptions {
  /**
   * Cues compiled ahead of time (the build compiles the built-in ones: dist/cues.json), reused
   * when technique, language and source agree, so start-up does not recompile a thousand cues.
   */
  readonly precompiled?: readonly CompiledCue[] | undefined;
}

const cueKey = (technique: string, lang: string, source: string) => `${technique}\u0000${lang}\u0000${source}`;

export function createScorer(techniques: Iterable<Technique>, opts: ScorerOptions = {}): CompiledScorer {
  const ready = new Map<string, CompiledCue>();
  for (const c of opts.precompiled ?? []) ready.set(cueKey(c.technique, c.lang, c.source), c);
  const cues: CompiledCue[] = [];
  const errors: CueError[] = [];
  const risky = new Set<string>();
  const known = new Set<string>();
  for (const t of techniques) {
    if (known.has(t.id)) continue; // the first definition wins, as in the catalog
    known.add(t.id);
    if (t.family === 'risky' || t.risk !== undefined) risky.add(t.id);
    for (const [lang, list] of Object.entries(t.cues)) {
      for (const source of list) {
        const done = ready.get(cueKey(t.id, lang, source));
        if (done) {
          cues.push(done);
          continue;
        }
        const r = compileCue(t.id, source, lang, { toSimplified });
        if (r.ok) cues.push(r.cue);
        else errors.push(r.error);
      }
    }
  }
  const index = new CueIndex(cues, { wideNegation: risky });
  const isRisky = (id: string) => risky.has(id);

  /**
   * Evidence for a technique inside the evidence of one that contains it is not counted twice:
   * "10 to 15 percent" is a price range, not also an exact figure; "cheaper than ours you won't
   * find" is a false floor, not also a comparison.
   */
  const SUBSUMES: Readonly<Record<string, readonly string[]>> = {
    'price-range': ['exact-figures'],
    'false-floor': ['compare', 'roi'], // "barely breaking even" claims a floor, it promises no return
    clarify: ['compare'], // "what are you comparing us with?" asks; it does not compare
    'ask-for-feedback': ['clarify'], // "where exactly did we go wrong?"
    minimize: ['urgency'], // "rates go up and down" plays the worry down; it is no deadline
    isolate: ['clarify'], // "anything else worrying you?" isolates; it is not a second question
    'benefit-summary': ['clarify'], // "everything that mattered to you: ..." recaps; it asks nothing
    'assume-close': ['direct-close'], // «давайте я оформлю» acts as if decided; it does not ask
    pressure: ['clarify', 'minimize'], // "what is there to think about?", "this little difference"
  };
  /** Techniques whose evidence may not be a number that is one end of a range (segment.ts, markRanges). */
  const NOT_ON_A_RANGE: ReadonlySet<string> = new Set(['exact-figures']);
  const onRange = (cue: CompiledCue, tokens: readonly Token[], start: number, end: number): boolean => {
    if (!NOT_ON_A_RANGE.has(cue.technique)) return false;
    for (let i = start; i < end; i++) if (tokens[i]!.range) return true;
    return false;
  };
  /**
   * Evidence a containing technique accounts for anywhere in its sentence: a recap lists services
   * ("to recap: next-day delivery, a personal manager…"), a bonus may be free servicing, and "small
   * compared to ten years of use" plays a worry down rather than comparing products.
   */
  const SUBSUMES_IN_SENTENCE: Readonly<Record<string, readonly string[]>> = {
    'benefit-summary': ['service-value'],
    'add-value': ['service-value'],
    minimize: ['compare'],
  };
  /** …and in the same clause: a competitor's "so-called warranty" is no service of ours. */
  const SUBSUMES_IN_CLAUSE: Readonly<Record<string, readonly string[]>> = { 'badmouth-competitor': ['service-value'] };
  const dropSubsumed = (ds: readonly RawDetection[], tokens: readonly Token[]): RawDetection[] =>
    ds.filter(
      (d) =>
        !ds.some(
          (o) =>
            o !== d &&
            ((SUBSUMES[o.cue.technique]?.includes(d.cue.technique) && o.start <= d.end - 1 && d.start <= o.end - 1) ||
              (SUBSUMES_IN_SENTENCE[o.cue.technique]?.includes(d.cue.technique) && tokens[o.start]!.sentence === tokens[d.start]!.sentence) ||
              (SUBSUMES_IN_CLAUSE[o.cue.technique]?.includes(d.cue.technique) && tokens[o.start]!.clause === tokens[d.start]!.clause)),
        ),
    );

  const detect = (answer: string, opts: { lang?: Lang } = {}): { lang: Lang; detections: Detection[] } => {
    const text = typeof answer === 'string' ? answer : '';
    const lang = opts.lang ?? detectLang(text);
    const n = normalize(text, { toSimplified });
    const tokens = tokenize(n.text);
    const detections = dropSubsumed(index.detect(tokens, (cue, start, end) => onRange(cue, tokens, start, end)), tokens).map((d): Detection => {
      const span = originalSpan(n, tokens[d.start]!.start, tokens[d.end - 1]!.end);
      return {
        technique: d.cue.technique,
        cue: d.cue.source,
        cueLang: d.cue.lang,
        start: span.start,
        end: span.end,
        text: text.slice(span.start, span.end),
      };
    });
    return { lang, detections };
  };

  const score: Scorer['score'] = (answer, target, opts = {}): ScoreResult => {
    const { lang, detections } = detect(answer, opts);
    const b = scoreAnswer({
      found: detections.map((d) => d.technique),
      isRisky,
      expect: target.expect,
      prefer: target.prefer,
      avoid: target.avoid,
      blank: typeof answer !== 'string' || answer.trim() === '',
    });
    return { lang, detections, ...b };
  };

  return { detect, score, cues, errors, techniques: known, isRisky };
}

/**
 * The declared techniques of a model answer that the scorer does not find in it: for the
 * validate rule "a response's `uses` are detected" (run once per language of the response).
 */
export function undetectedUses(scorer: Scorer, text: string, uses: readonly string[], lang?: Lang): string[] {
  const found = new Set(scorer.detect(text, lang === undefined ? {} : { lang }).detections.map((d) => d.technique));
  return uses.filter((u) => !found.has(u));
}
