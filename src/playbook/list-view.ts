// What `parry list` shows, as data (also its --json). Pure. The model's own fields are typed from
// the model; each item adds the texts the Display chose and their language.
import { isRisky } from './catalog.ts';
import type { Display } from './display.ts';
import type { Catalog, Objection, Persona, Technique } from './model.ts';

export type ListKind = 'objections' | 'techniques' | 'personas';

export interface ObjectionItem extends Pick<Objection, 'id' | 'playbook' | 'expect' | 'personas'> {
  readonly category: string | null;
  readonly lang: string;
  readonly text: string;
  /** How many responses it has. */
  readonly responses: number;
}

export interface TechniqueItem extends Pick<Technique, 'id' | 'playbook' | 'family'> {
  readonly risky: boolean;
  readonly lang: string;
  readonly name: string;
  readonly summary: string | null;
}

export interface PersonaItem extends Pick<Persona, 'id' | 'playbook' | 'prefer' | 'avoid'> {
  readonly lang: string;
  readonly name: string;
  readonly description: string | null;
}

export type ListView =
  | { readonly kind: 'objections'; readonly lang: string; readonly items: readonly ObjectionItem[] }
  | { readonly kind: 'techniques'; readonly lang: string; readonly items: readonly TechniqueItem[] }
  | { readonly kind: 'personas'; readonly lang: string; readonly items: readonly PersonaItem[] };

/**
 * The items of one kind. `playbooks`, when given, keeps only items those playbooks define
 * (`parry list --playbook x.yaml` lists x.yaml, with the built-ins loaded for reference).
 */
export function buildListView(catalog: Catalog, kind: ListKind, display: Display, playbooks?: ReadonlySet<string>): ListView {
  const keep = (p: { playbook: string }) => !playbooks || playbooks.has(p.playbook);
  const lang = display.lang;
  switch (kind) {
    case 'objections':
      return {
        kind,
        lang,
        items: catalog.objections.filter(keep).map((o) => {
          const text = display.variants(o.text);
          return {
            id: o.id,
            playbook: o.playbook,
            category: o.category ?? null,
            lang: text?.lang ?? lang,
            text: text?.variants[0] ?? '',
            expect: o.expect,
            personas: o.personas,
            responses: o.responses.length,
          };
        }),
      };
    case 'techniques':
      return {
        kind,
        lang,
        items: [...catalog.techniques.values()].filter(keep).map((t) => {
          const name = display.text(t.name);
          return {
            id: t.id,
            playbook: t.playbook,
            family: t.family,
            risky: isRisky(t),
            lang: name?.lang ?? lang,
            name: name?.text ?? t.id,
            summary: display.text(t.summary)?.text ?? null,
          };
        }),
      };
    case 'personas':
      return {
        kind,
        lang,
        items: [...catalog.personas.values()].filter(keep).map((p) => {
          const name = display.text(p.name);
          return {
            id: p.id,
            playbook: p.playbook,
            lang: name?.lang ?? lang,
            name: name?.text ?? p.id,
            description: display.text(p.description)?.text ?? null,
            prefer: p.prefer,
            avoid: p.avoid,
          };
        }),
      };
  }
}
