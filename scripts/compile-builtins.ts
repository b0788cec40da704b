// Build step: the built-in playbooks, YAML → one JSON file (design §8, "compiled at build time").
// Run by scripts/build.mjs after bundling; fails the build if a built-in playbook cannot be read.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parse } from 'yaml';
import { BUILTIN_JSON, BUILTIN_LEAN_JSON, builtinYamlFiles } from '../src/playbook/builtin.ts';
import { packageRoot } from '../src/playbook/package-root.ts';
import { toPlaybook } from '../src/playbook/to-model.ts';

const root = packageRoot();
const playbooks = builtinYamlFiles(root).map((file) => {
  const shown = relative(root, file);
  try {
    return toPlaybook(parse(readFileSync(file, 'utf8')), { file: shown, builtin: true });
  } catch (err) {
    // A broken built-in must stop the build with a readable message, not a stack trace.
    console.error(`${shown}: ${(err as Error).message}`);
    process.exit(1);
  }
});
const out = join(root, BUILTIN_JSON);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(playbooks));
// The lean copy for commands that never score: the same playbooks without the techniques' cues.
const lean = playbooks.map((pb) => ({ ...pb, techniques: pb.techniques.map((t) => ({ ...t, cues: {} })) }));
writeFileSync(join(root, BUILTIN_LEAN_JSON), JSON.stringify(lean));
console.log(`compiled ${playbooks.length} built-in playbooks → ${BUILTIN_JSON}`);
