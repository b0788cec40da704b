// What `parry list` shows, as data (also its --json). Pure.
import type { Display } from './display.ts';
import type { Catalog, Family } from './model.ts';

export type ListKind = 'objections' | 'techniques' | 'personas';

export interface ObjectionItem {
  readonly id: string;
  readonly playbook: string;
  readonly category: string | null;
  readonly lang: string;
  readonly text: string;
  readonly expect: readonly string[];
  readonly personas: readonly string[];
  readonly responses: number;
}

export interface TechniqueItem {
  readonly id: string;
  readonly playbook: string;
  readonly family: Family;
  readonly risky: boolean;
  readonly lang: string;
  readonly name: string;
  readonly summary: string | null;
}

export interface PersonaItem {
  readonly id: string;
  readonly playbook: string;
  readonly lang: string;
  readonly name: string;
  readonly description: string | null;
  readonly prefer: readonly string[];
  readonly avoid: readonly string[];
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
            risky: t.family === 'risky',
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
