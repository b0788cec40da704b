// Which questions a session asks (design §6): filter the catalog, order the candidates, draw a
// persona, a wording and a mode for each. Pure: randomness and ordering are injected.
import { findObjection } from '../playbook/catalog.ts';
import { pickVariants } from '../playbook/localize.ts';
import type { Catalog, Lang, Objection, Persona } from '../playbook/model.ts';
import { buildChooseOptions, buildSpotChoices } from './choices.ts';
import type { Question, QuestionMode, SessionMode } from './question.ts';
import { pickOne, shuffle, type Random } from './random.ts';

export interface PlanOptions {
  readonly mode: SessionMode;
  /** How many questions at most (`--count`). */
  readonly count: number;
  /** `--objection`: ids or `playbook/id`. */
  readonly objections?: readonly string[];
  /** `--technique`: only objections that expect one of these. */
  readonly techniques?: readonly string[];
  /** `--persona`: every question comes from this customer. */
  readonly persona?: string;
  /** `--category`, compared without regard to case. */
  readonly category?: string;
  /** Language the objections are asked in. */
  readonly lang: Lang;
}

/**
 * Puts the candidates in the order they should be asked; the first `count` are asked.
 * The default is a seeded shuffle; progress plugs in due-first ordering (`--due`, `--new`) here.
 */
export type Prioritise = (candidates: readonly Objection[]) => readonly Objection[];

export interface PlanDeps {
  readonly random: Random;
  readonly prioritise?: Prioritise;
}

export interface SessionPlan {
  readonly mode: SessionMode;
  readonly lang: Lang;
  readonly questions: readonly Question[];
}

export type PlanProblem =
  | { readonly code: 'unknown-objection'; readonly id: string }
  | { readonly code: 'unknown-technique'; readonly id: string }
  | { readonly code: 'unknown-persona'; readonly id: string }
  | { readonly code: 'nothing-to-practise' };

export type PlanResult = { readonly ok: true; readonly plan: SessionPlan } | { readonly ok: false; readonly problem: PlanProblem };

export function planSession(catalog: Catalog, options: PlanOptions, deps: PlanDeps): PlanResult {
  const { random } = deps;
  let candidates: Objection[] = [...catalog.objections];

  if (options.objections && options.objections.length > 0) {
    const chosen: Objection[] = [];
    for (const ref of options.objections) {
      const found = findObjection(catalog, ref);
      if (!found) return { ok: false, problem: { code: 'unknown-objection', id: ref } };
      if (!chosen.includes(found)) chosen.push(found);
    }
    candidates = chosen;
  }
  if (options.techniques && options.techniques.length > 0) {
    const unknown = options.techniques.find((id) => !catalog.techniques.has(id));
    if (unknown !== undefined) return { ok: false, problem: { code: 'unknown-technique', id: unknown } };
    candidates = candidates.filter((o) => o.expect.some((id) => options.techniques?.includes(id)));
  }
  if (options.category !== undefined) {
    const wanted = options.category.toLowerCase();
    candidates = candidates.filter((o) => o.category?.toLowerCase() === wanted);
  }
  let fixedPersona: Persona | undefined;
  if (options.persona !== undefined) {
    fixedPersona = catalog.personas.get(options.persona);
    if (!fixedPersona) return { ok: false, problem: { code: 'unknown-persona', id: options.persona } };
    // The objections this customer typically raises; when none names them, they can raise any.
    const theirs = candidates.filter((o) => o.personas.includes(options.persona as string));
    if (theirs.length > 0) candidates = theirs;
  }

  const ordered = (deps.prioritise ?? ((c) => shuffle(random, c)))(candidates);
  const questions: Question[] = [];
  for (const objection of ordered) {
    if (questions.length >= options.count) break;
    const question = buildQuestion(objection, questions.length, catalog, options, random, fixedPersona);
    if (question) questions.push(question);
  }
  if (questions.length === 0) return { ok: false, problem: { code: 'nothing-to-practise' } };
  return { ok: true, plan: { mode: options.mode, lang: options.lang, questions } };
}

function buildQuestion(
  objection: Objection,
  index: number,
  catalog: Catalog,
  options: PlanOptions,
  random: Random,
  fixedPersona: Persona | undefined,
): Question | undefined {
  const wording = pickVariants(objection.text, options.lang);
  const text = wording ? pickOne(random, wording.variants) : undefined;
  if (!wording || text === undefined) return undefined;
  const persona =
    fixedPersona ??
    pickOne(
      random,
      objection.personas.map((id) => catalog.personas.get(id)).filter((p): p is Persona => p !== undefined),
    );
  const base = { index, objection, text, lang: wording.lang, ...(persona ? { persona } : {}) };

  const modes: readonly QuestionMode[] = options.mode === 'mixed' ? shuffle(random, ['type', 'choose', 'spot']) : [options.mode];
  for (const mode of modes) {
    if (mode === 'type') return { ...base, mode };
    if (mode === 'choose') {
      const opts = buildChooseOptions(objection, catalog, random, persona);
      if (opts) return { ...base, mode, options: opts };
    }
    if (mode === 'spot') {
      const spot = buildSpotChoices(objection, catalog, random);
      if (spot) return { ...base, mode, response: spot.response, choices: spot.choices };
    }
  }
  return undefined;
}
