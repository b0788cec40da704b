#!/usr/bin/env node
// Benchmark of cold starts (design §9): median wall time of `node -e 0` (the floor),
// `parry --version` and `parry lookup` (several queries and languages), run interleaved in the
// same process so machine load affects all alike. Budgets: --version ≤ 1.3 × floor,
// lookup ≤ 1.7 × floor. Writes the "lookup" section of docs/benchmarks.md.
//
//   node scripts/bench-lookup.mjs [--runs N] [--check] [--no-write]
//
// --check exits 1 when a budget is exceeded. Builds first when dist/ is missing.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || Number(process.env.BENCH_RUNS) || 30;
const check = args.includes('--check');
const writeDoc = !args.includes('--no-write');

if (!existsSync(`${root}/dist/cli.js`) || !existsSync(`${root}/dist/lookup-index.json`)) {
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
}

const BIN = 'bin/parry.js';
const cases = [
  { name: 'node -e 0 (floor)', args: ['-e', '0'], floor: true },
  { name: 'parry --version', args: [BIN, '--version'], budget: 1.3 },
  { name: 'lookup "too expensive"', args: [BIN, 'lookup', 'too expensive'], budget: 1.7 },
  { name: 'lookup "cheaper elsew" (partial)', args: [BIN, 'lookup', 'cheaper', 'elsew'], budget: 1.7 },
  { name: 'lookup 太贵了 --lang zh', args: [BIN, 'lookup', '太贵了', '--lang', 'zh'], budget: 1.7 },
  { name: 'lookup 太貴了 --lang zh-TW', args: [BIN, 'lookup', '太貴了', '--lang', 'zh-TW'], budget: 1.7 },
  { name: 'lookup дорого --lang ru', args: [BIN, 'lookup', 'дорого', '--lang', 'ru'], budget: 1.7 },
  { name: 'lookup گرون --lang fa', args: [BIN, 'lookup', 'گرون', '--lang', 'fa'], budget: 1.7 },
  { name: 'lookup think-about-it --json', args: [BIN, 'lookup', 'think-about-it', '--json'], budget: 1.7 },
];

const env = { ...process.env, NO_COLOR: '1', PARRY_LANG: 'en' };
delete env.FORCE_COLOR;

function once(c) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, c.args, { cwd: root, env, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${c.name} exited ${r.status}: ${r.stderr.trim()}`);
  return ms;
}

const times = cases.map(() => []);
for (let round = -3; round < runs; round++) {
  cases.forEach((c, i) => {
    const ms = once(c);
    if (round >= 0) times[i].push(ms); // the first rounds warm the file cache
  });
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const floor = median(times[0]);
const rows = cases.map((c, i) => {
  const med = median(times[i]);
  const ratio = med / floor;
  const min = Math.min(...times[i]);
  return { name: c.name, ms: med, min, ratio, minRatio: min / Math.min(...times[0]), budget: c.budget, ok: c.budget === undefined || ratio <= c.budget };
});

const table = [
  '| command | median ms | × floor | budget | fastest ms | fastest × fastest floor |',
  '|---|---:|---:|---|---:|---:|',
  ...rows.map(
    (r) =>
      `| \`${r.name}\` | ${r.ms.toFixed(1)} | ${r.ratio.toFixed(2)} | ${r.budget === undefined ? '—' : `≤ ${r.budget} ${r.ok ? '✓' : '✗ over'}`} | ${r.min.toFixed(1)} | ${r.minRatio.toFixed(2)} |`,
  ),
].join('\n');
const lookupRows = rows.filter((r) => r.name.startsWith('lookup'));
const worst = Math.max(...lookupRows.map((r) => r.ratio));
const load = loadavg()[0]?.toFixed(2) ?? '?';
const summary = `${runs} interleaved runs each (after 3 warm-up rounds); the budget applies to the medians. Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, load average ${load} at the end, ${new Date().toISOString().slice(0, 10)}. Worst lookup: ${worst.toFixed(2)} × floor.`;

console.log(table);
console.log(`\n${summary}`);

if (writeDoc) {
  const doc = `${root}/docs/benchmarks.md`;
  const section = `## lookup\n\nCold starts, measured by \`node scripts/bench-lookup.mjs\` on the built-in playbooks: ${summary}\n\n${table}\n`;
  const current = existsSync(doc) ? readFileSync(doc, 'utf8') : '# Benchmarks\n\nMeasured by the scripts in `scripts/`, never by timed tests (design §9).\n';
  const re = /## lookup\n[\s\S]*?(?=\n## |$)/;
  const next = re.test(current) ? current.replace(re, section.trimEnd() + '\n') : `${current.trimEnd()}\n\n${section}`;
  writeFileSync(doc, next);
  console.log(`wrote the "lookup" section of docs/benchmarks.md`);
}

if (check && rows.some((r) => !r.ok)) process.exitCode = 1;
