// Build step: compile the cues of the built-in techniques once, at build time → dist/cues.json.
// Runs after compile-builtins (it reads dist/builtin.json). Fails the build if a cue does not compile.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_CUES_JSON, CUE_FORMAT, type CueBundle } from '../src/playbook/builtin-cues.ts';
import { BUILTIN_JSON } from '../src/playbook/builtin.ts';
import type { Playbook } from '../src/playbook/model.ts';
import { packageRoot } from '../src/playbook/package-root.ts';
import { encodeCues } from '../src/scoring/cue-codec.ts';
import { createScorer } from '../src/scoring/scorer.ts';

const root = packageRoot();
const playbooks = JSON.parse(readFileSync(join(root, BUILTIN_JSON), 'utf8')) as Playbook[];
const scorer = createScorer(playbooks.flatMap((p) => p.techniques));
if (scorer.errors.length > 0) {
  for (const e of scorer.errors) console.error(`cue ${JSON.stringify(e.source)} of ${e.technique} [${e.lang}]: ${e.message}`);
  process.exit(1);
}
const bundle: CueBundle = { format: CUE_FORMAT, cues: encodeCues(scorer.cues) };
writeFileSync(join(root, BUILTIN_CUES_JSON), JSON.stringify(bundle));
console.log(`compiled ${scorer.cues.length} built-in cues → ${BUILTIN_CUES_JSON}`);
