// What `parry lookup` shows, as data: the text renderer (src/ui/render-lookup.ts) and `--json`
// both start from this. Pure: the catalog, the hits and a Display (language choice) in, data out.
// Fields that are the model's own (ids, technique lists) are typed from the model; the views add
// what the Display chose (one language's text, and which language that is).
import { isRisky } from '../playbook/catalog.ts';
import type { Display } from '../playbook/display.ts';
import type { Catalog, Family, Objection, Persona, Response } from '../playbook/model.ts';
import type { EntryKind } from './index.ts';
import type { Hit } from './search.ts';

export interface TechniqueView {
  readonly name: string;
  /** `unknown` for an id no loaded playbook defines (a validation error, shown as is). */
  readonly family: Family | 'unknown';
}

export interface ResponseView extends Pick<Response, 'uses'> {
  readonly text: string;
  readonly lang: string;
  /** A "don't say this" example: one of its techniques is in the risky family. */
  readonly risky: boolean;
  /** Why it is risky, from the risky technique(s). */
  readonly risk?: string;
  readonly note?: string;
  /** Language of `note` after the fallback chain. */
  readonly noteLang?: string;
  /** With --all-langs: the text in every language. */
  readonly translations?: Readonly<Record<string, string>>;
}

export interface PersonaView extends Pick<Persona, 'id' | 'prefer' | 'avoid'> {
  readonly name: string;
  readonly description?: string;
}

export interface ResultView extends Pick<Objection, 'id' | 'playbook'> {
  /** Relevance 0–1, three decimals. */
  readonly score: number;
  /** Which indexed string matched best. */
  readonly match: { readonly kind: EntryKind; readonly lang: string };
  readonly category: string | null;
  /** Language of `text` and `variants` after the fallback chain. */
  readonly lang: string;
  readonly text: string;
  readonly variants: readonly string[];
  readonly motto: string | null;
  readonly responses: readonly ResponseView[];
  readonly personas: readonly PersonaView[];
  /** Names of every technique mentioned above, in the interface language. */
  readonly techniques: Readonly<Record<string, TechniqueView>>;
  /** With --all-langs: the objection's wording and motto in every language. */
  readonly translations?: {
    readonly text: Readonly<Record<string, readonly string[]>>;
    readonly motto: Readonly<Record<string, string>>;
  };
}

export interface OtherView extends Pick<Objection, 'id' | 'playbook'> {
  readonly score: number;
  readonly text: string;
}

export interface LookupView {
  readonly query: string;
  readonly lang: string;
  /** The --technique filter, if any. */
  readonly technique: { readonly id: string; readonly name: string } | null;
  readonly results: readonly ResultView[];
  /** Further objections that matched, not shown in full. */
  readonly others: readonly OtherView[];
  /** When nothing matched: the closest objections. */
  readonly suggestions: readonly OtherView[];
}

export interface ViewOptions {
  readonly technique?: string;
  readonly allLangs?: boolean;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

export function objectionSummary(objection: Objection, display: Display): string {
  return display.variants(objection.text)?.variants[0] ?? objection.id;
}

export function buildResultView(
  catalog: Catalog,
  hit: Hit,
  display: Display,
  opts: ViewOptions = {},
): ResultView {
  const objection = catalog.objections[hit.o] as Objection;
  const techniques: Record<string, TechniqueView> = {};
  const mention = (id: string) => {
    if (techniques[id]) return;
    const t = catalog.techniques.get(id);
    techniques[id] = { name: t ? (display.text(t.name)?.text ?? id) : id, family: t ? t.family : 'unknown' };
  };

  const responses: ResponseView[] = objection.responses
    .filter((r) => !opts.technique || r.uses.includes(opts.technique))
    .map((r) => responseView(r, catalog, display, opts.allLangs ?? false));
  for (const r of responses) r.uses.forEach(mention);

  const personas: PersonaView[] = objection.personas
    .map((id) => catalog.personas.get(id))
    .filter((p): p is Persona => p !== undefined)
    .map((p) => {
      p.prefer.forEach(mention);
      p.avoid.forEach(mention);
      const description = display.text(p.description)?.text;
      return {
        id: p.id,
        name: display.text(p.name)?.text ?? p.id,
        ...(description !== undefined ? { description } : {}),
        prefer: p.prefer,
        avoid: p.avoid,
      };
    });

  const text = display.variants(objection.text);
  return {
    id: objection.id,
    playbook: objection.playbook,
    score: round(hit.score),
    match: { kind: hit.entry.kind, lang: hit.entry.lang },
    category: objection.category ?? null,
    lang: text?.lang ?? display.lang,
    text: text?.variants[0] ?? objection.id,
    variants: text?.variants ?? [],
    motto: display.text(objection.motto)?.text ?? null,
    responses,
    personas,
    techniques,
    ...(opts.allLangs ? { translations: { text: { ...objection.text }, motto: { ...(objection.motto ?? {}) } } } : {}),
  };
}

function responseView(
  r: Response,
  catalog: Catalog,
  display: Display,
  allLangs: boolean,
): ResponseView {
  const text = display.text(r.text);
  const riskyUses = r.uses.filter((id) => isRisky(catalog.techniques.get(id)));
  const risk = riskyUses
    .map((id) => display.text(catalog.techniques.get(id)?.risk)?.text)
    .filter((s): s is string => s !== undefined)
    .join(' ');
  const note = display.text(r.note);
  return {
    uses: r.uses,
    text: text?.text ?? '',
    lang: text?.lang ?? display.lang,
    risky: riskyUses.length > 0,
    ...(risk !== '' ? { risk } : {}),
    ...(note !== undefined ? { note: note.text, noteLang: note.lang } : {}),
    ...(allLangs ? { translations: { ...r.text } } : {}),
  };
}

export function buildLookupView(
  catalog: Catalog,
  query: string,
  shown: readonly Hit[],
  others: readonly Hit[],
  display: Display,
  opts: ViewOptions & { suggestions?: readonly Hit[] } = {},
): LookupView {
  const brief = (h: Hit): OtherView => {
    const o = catalog.objections[h.o] as Objection;
    return { id: o.id, playbook: o.playbook, score: round(h.score), text: objectionSummary(o, display) };
  };
  const technique = opts.technique ? catalog.techniques.get(opts.technique) : undefined;
  return {
    query,
    lang: display.lang,
    technique: opts.technique
      ? { id: opts.technique, name: (technique && display.text(technique.name)?.text) ?? opts.technique }
      : null,
    results: shown.map((h) => buildResultView(catalog, h, display, opts)),
    others: others.map(brief),
    suggestions: (opts.suggestions ?? []).map(brief),
  };
}
