// Precision, recall and F1 of the scorer over labelled cases (design §4, `parry eval`). Pure:
// takes what was expected and what was found per case, returns figures under stable keys.
import type { Lang } from '../playbook/model.ts';

export interface CaseResult {
  /** Position in the input, for stable ordering. */
  readonly index: number;
  readonly id?: string | undefined;
  readonly file?: string | undefined;
  readonly objection?: string | undefined;
  readonly lang: Lang;
  readonly answer: string;
  readonly expected: readonly string[];
  readonly found: readonly string[];
  /** Evidence for what was found: technique → the words and the cue. */
  readonly evidence?: Readonly<Record<string, { readonly text: string; readonly cue: string }>>;
}

export interface Figures {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** Cases that expect the technique (true positives + false negatives). */
  readonly support: number;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

export interface Averages {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface GroupReport {
  readonly cases: number;
  readonly passed: number;
  readonly micro: Figures;
  readonly macro: Averages;
  readonly techniques: Readonly<Record<string, Figures>>;
}

/** A case the scorer did not get exactly right: the case as read, and what went wrong. */
export interface Miss extends Omit<CaseResult, 'index' | 'evidence'> {
  /** False negatives: expected, not found. */
  readonly missed: readonly string[];
  /** False positives: found, not expected, with the words that triggered them. */
  readonly unexpected: readonly { readonly technique: string; readonly text: string; readonly cue: string }[];
}

export interface EvalReport extends GroupReport {
  readonly failed: number;
  /** Micro figures over the risky techniques only: their precision matters most. */
  readonly risky: Figures;
  readonly languages: Readonly<Record<Lang, GroupReport>>;
  readonly misses: readonly Miss[];
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

export function figures(t: Tally): Figures {
  // Vacuous cases: nothing predicted is perfectly precise; nothing to find is perfectly recalled.
  const precision = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
  const recall = t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
  const f1 = t.tp + t.fp + t.fn === 0 ? 1 : t.tp === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, support: t.tp + t.fn, tp: t.tp, fp: t.fp, fn: t.fn };
}

function group(results: readonly CaseResult[]): GroupReport {
  const per = new Map<string, Tally>();
  const tally = (id: string) => {
    let t = per.get(id);
    if (!t) per.set(id, (t = { tp: 0, fp: 0, fn: 0 }));
    return t;
  };
  let passed = 0;
  for (const r of results) {
    const expected = new Set(r.expected);
    const found = new Set(r.found);
    let ok = true;
    for (const id of expected) {
      if (found.has(id)) tally(id).tp++;
      else {
        tally(id).fn++;
        ok = false;
      }
    }
    for (const id of found) {
      if (!expected.has(id)) {
        tally(id).fp++;
        ok = false;
      }
    }
    if (ok) passed++;
  }
  const techniques: Record<string, Figures> = {};
  const total: Tally = { tp: 0, fp: 0, fn: 0 };
  for (const id of [...per.keys()].sort()) {
    const t = per.get(id)!;
    techniques[id] = figures(t);
    total.tp += t.tp;
    total.fp += t.fp;
    total.fn += t.fn;
  }
  const list = Object.values(techniques);
  const mean = (f: (x: Figures) => number) => (list.length === 0 ? 0 : list.reduce((s, x) => s + f(x), 0) / list.length);
  return {
    cases: results.length,
    passed,
    micro: figures(total),
    macro: { precision: mean((x) => x.precision), recall: mean((x) => x.recall), f1: mean((x) => x.f1) },
    techniques,
  };
}

/** The whole report: overall, per language, risky techniques, and every case that was not exact. */
export function evaluate(results: readonly CaseResult[], isRisky: (technique: string) => boolean): EvalReport {
  const all = group(results);
  const byLang = new Map<Lang, CaseResult[]>();
  for (const r of results) {
    const list = byLang.get(r.lang);
    if (list) list.push(r);
    else byLang.set(r.lang, [r]);
  }
  const languages: Record<Lang, GroupReport> = {};
  for (const lang of [...byLang.keys()].sort()) languages[lang] = group(byLang.get(lang)!);

  const risky: Tally = { tp: 0, fp: 0, fn: 0 };
  for (const [id, f] of Object.entries(all.techniques)) {
    if (!isRisky(id)) continue;
    risky.tp += f.tp;
    risky.fp += f.fp;
    risky.fn += f.fn;
  }

  const misses: Miss[] = [];
  for (const r of results) {
    const expected = new Set(r.expected);
    const found = new Set(r.found);
    const missed = [...expected].filter((id) => !found.has(id));
    const unexpected = [...found]
      .filter((id) => !expected.has(id))
      .map((technique) => ({ technique, text: r.evidence?.[technique]?.text ?? '', cue: r.evidence?.[technique]?.cue ?? '' }));
    if (missed.length === 0 && unexpected.length === 0) continue;
    misses.push({
      ...(r.id !== undefined ? { id: r.id } : {}),
      ...(r.file !== undefined ? { file: r.file } : {}),
      ...(r.objection !== undefined ? { objection: r.objection } : {}),
      lang: r.lang,
      answer: r.answer,
      expected: [...r.expected],
      found: [...r.found],
      missed,
      unexpected,
    });
  }
  return { ...all, failed: all.cases - all.passed, risky: figures(risky), languages, misses };
}
