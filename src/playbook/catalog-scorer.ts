// The scorer for a loaded catalog, reusing the build's compiled built-in cues. Commands (score,
// eval, practice, validate) use this; the pure createScorer stays free of file access.
import { createScorer, type CompiledScorer } from '../scoring/scorer.ts';
import { loadBuiltinCues } from './builtin-cues.ts';
import type { Catalog } from './model.ts';

export function scorerForCatalog(catalog: Catalog): CompiledScorer {
  return createScorer(catalog.techniques.values(), { precompiled: loadBuiltinCues() });
}
