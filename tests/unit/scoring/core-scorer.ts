// The scorer built from the core playbook as it is in the source tree (tests only).
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { toPlaybook } from '../../../src/playbook/to-model.ts';
import type { Technique } from '../../../src/playbook/model.ts';
import { createScorer, type CompiledScorer } from '../../../src/scoring/scorer.ts';

let cached: { scorer: CompiledScorer; techniques: readonly Technique[] } | undefined;

export function coreScorer(): { scorer: CompiledScorer; techniques: readonly Technique[] } {
  if (!cached) {
    const file = new URL('../../../playbooks/core/techniques.yaml', import.meta.url);
    const techniques = toPlaybook(parse(readFileSync(file, 'utf8'))).techniques;
    cached = { scorer: createScorer(techniques), techniques };
  }
  return cached;
}
