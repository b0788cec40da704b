// `npm run bench`: every benchmark in scripts/bench-*.mjs, one after another (they time whole
// processes, so running them in parallel on a small machine would spoil each other's numbers).
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const dir = new URL('.', import.meta.url);
const only = process.argv.slice(2);
const benches = readdirSync(dir)
  .filter((f) => /^bench-.+\.mjs$/.test(f))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
for (const file of benches) {
  console.log(`\n## ${file}\n`);
  execFileSync(process.execPath, [new URL(file, dir).pathname], { stdio: 'inherit' });
}
