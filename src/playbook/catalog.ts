import type { Catalog, Objection, Persona, Playbook, Technique } from './model.ts';

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

export function isRisky(technique: Technique | undefined): boolean {
  return technique?.family === 'risky';
}
