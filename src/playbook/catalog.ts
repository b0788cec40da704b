import type { Catalog, Objection, Persona, Playbook, Response, Technique } from './model.ts';

/**
 * Merge loaded playbooks into one catalog. Later playbooks do not override earlier ids:
 * duplicates are a validation finding (`duplicate-id`), so here the first definition wins.
 */
export function buildCatalog(playbooks: readonly Playbook[]): Catalog {
  const techniques = new Map<string, Technique>();
  const personas = new Map<string, Persona>();
  const objections: Objection[] = [];
  for (const playbook of playbooks) {
    for (const t of playbook.techniques) if (!techniques.has(t.id)) techniques.set(t.id, t);
    for (const p of playbook.personas) if (!personas.has(p.id)) personas.set(p.id, p);
    objections.push(...playbook.objections);
  }
  return {
    playbooks,
    techniques,
    personas,
    objections,
    cases: playbooks.flatMap((p) => p.cases),
  };
}

/**
 * Find an objection by `id` or `playbook/id`. A bare id that several playbooks define
 * resolves to the first loaded (the built-ins load first).
 */
export function findObjection(catalog: Catalog, ref: string): Objection | undefined {
  const slash = ref.indexOf('/');
  if (slash > 0) {
    const playbook = ref.slice(0, slash);
    const id = ref.slice(slash + 1);
    return catalog.objections.find((o) => o.playbook === playbook && o.id === id);
  }
  return catalog.objections.find((o) => o.id === ref);
}

/**
 * A technique that must never be rewarded (design §2): one of the `risky` family, or one with a
 * `risk` note saying why it is flagged. The scorer decides the same way (src/scoring/scorer.ts),
 * so what lookup, list and practice mark as risky is what scoring warns about.
 */
export function isRisky(technique: Technique | undefined): boolean {
  return technique !== undefined && (technique.family === 'risky' || technique.risk !== undefined);
}

/** A "don't say this" example: it uses a risky technique (design §5). Shown as such, never as a model. */
export function isRiskyResponse(response: Response, catalog: Catalog): boolean {
  return response.uses.some((id) => isRisky(catalog.techniques.get(id)));
}
