// Building `choose` options and `spot` choices from the catalog. Pure; randomness injected.
import { isRiskyResponse } from '../playbook/catalog.ts';
import type { Catalog, Objection, Persona, Response } from '../playbook/model.ts';
import { pickOne, shuffle, type Random } from './random.ts';
import type { ChooseOption, OptionKind } from './question.ts';

/** Options shown in a `choose` question: the best answer and up to three distractors. */
export const CHOOSE_OPTIONS = 4;
/** Techniques offered in a `spot` question, the response's own included. */
export const SPOT_CHOICES = 6;

/** How good `response` is as an answer to `objection` from `persona`'s customer. */
export function classifyResponse(response: Response, objection: Objection, catalog: Catalog, persona?: Persona): OptionKind {
  if (isRiskyResponse(response, catalog)) return 'risky';
  if (persona && response.uses.some((id) => persona.avoid.includes(id))) return 'avoid';
  return response.uses.some((id) => objection.expect.includes(id)) ? 'best' : 'weak';
}

const sameText = (a: Response, b: Response): boolean => JSON.stringify(a.text) === JSON.stringify(b.text);

/**
 * One sound response that uses what the objection expects (those the persona prefers first), and up to
 * three distractors: the objection's own "don't say this" and weak responses first, then borrowed ones
 * (same category before any other). Undefined when the objection has no such best answer or nothing to
 * set against it.
 */
export function buildChooseOptions(
  objection: Objection,
  catalog: Catalog,
  random: Random,
  persona?: Persona,
): ChooseOption[] | undefined {
  const own = objection.responses.map((response) => ({ response, kind: classifyResponse(response, objection, catalog, persona) }));
  const candidates = own.filter((o) => o.kind === 'best');
  const preferred = persona ? candidates.filter((o) => o.response.uses.some((id) => persona.prefer.includes(id))) : [];
  const best = pickOne(random, preferred.length > 0 ? preferred : candidates);
  if (!best) return undefined;

  const ownBad = own.filter((o) => o.kind !== 'best');
  const tiers: ChooseOption[][] = [
    shuffle(random, ownBad.filter((o) => o.kind === 'risky' || o.kind === 'avoid')),
    shuffle(random, ownBad.filter((o) => o.kind === 'weak')),
  ];
  const others = catalog.objections.filter((o) => o !== objection);
  const borrowed = (from: readonly Objection[]) =>
    from.flatMap((o) =>
      o.responses
        .map((response) => ({ response, kind: classifyResponse(response, objection, catalog, persona), borrowedFrom: o.id }))
        .filter((option) => option.kind !== 'best'),
    );
  const sameCategory = others.filter((o) => o.category !== undefined && o.category === objection.category);
  const otherCategory = others.filter((o) => !sameCategory.includes(o));
  for (const group of [sameCategory, otherCategory]) {
    const options = borrowed(group);
    tiers.push(shuffle(random, options.filter((o) => o.kind !== 'weak')), shuffle(random, options.filter((o) => o.kind === 'weak')));
  }

  const distractors: ChooseOption[] = [];
  for (const option of tiers.flat()) {
    if (distractors.length === CHOOSE_OPTIONS - 1) break;
    if (sameText(option.response, best.response) || distractors.some((d) => sameText(d.response, option.response))) continue;
    distractors.push(option);
  }
  if (distractors.length === 0) return undefined;
  return shuffle(random, [best, ...distractors]);
}

/**
 * A response to name the techniques of, and the technique ids to offer: its own, then the objection's
 * expected ones as decoys, then others from the catalog. Undefined when no response uses a known technique.
 */
export function buildSpotChoices(
  objection: Objection,
  catalog: Catalog,
  random: Random,
): { response: Response; choices: string[] } | undefined {
  const known = (id: string) => catalog.techniques.has(id);
  const response = pickOne(random, objection.responses.filter((r) => r.uses.some(known)));
  if (!response) return undefined;
  const truth = [...new Set(response.uses.filter(known))];
  const decoys = [
    ...shuffle(random, objection.expect.filter((id) => known(id) && !truth.includes(id))),
    ...shuffle(random, [...catalog.techniques.keys()].filter((id) => !truth.includes(id) && !objection.expect.includes(id))),
  ];
  const choices = [...truth, ...new Set(decoys)].slice(0, Math.max(SPOT_CHOICES, truth.length));
  return { response, choices: shuffle(random, choices) };
}
