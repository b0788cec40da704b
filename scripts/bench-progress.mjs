// Benchmark: replaying the attempt log (design §9 style: a script, never a timed test).
//   node scripts/bench-progress.mjs [--attempts 100000] [--runs 7]
// Budget (issue 6): replaying 100,000 attempts in under 300 ms. Reports, for a synthetic log of
// realistic lines (300 objections × 4 languages, ~one attempt every few minutes of practice):
//   replay  – attempts → FSRS cards + every number `parry stats` shows (the budget)
//   parse   – log text → attempts (JSON.parse per line, validation, reading the times)
//   read    – the file from disk
// and the same end to end through the built binary (`parry stats --json`) for context.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const ATTEMPTS = arg('attempts', 100_000);
const RUNS = arg('runs', 7);
const root = new URL('..', import.meta.url);
const work = mkdtempSync(join(tmpdir(), 'parry-bench-progress-'));

try {
  // The pure modules, bundled as the CLI bundles them.
  const entry = join(work, 'entry.ts');
  writeFileSync(
    entry,
    `export { parseLog } from ${JSON.stringify(new URL('src/progress/parse-log.ts', root).pathname)};
export { replay } from ${JSON.stringify(new URL('src/progress/replay.ts', root).pathname)};
export { fixedOffset } from ${JSON.stringify(new URL('src/progress/day.ts', root).pathname)};`,
  );
  const outfile = join(work, 'progress.mjs');
  await build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning' });
  const { parseLog, replay, fixedOffset } = await import(pathToFileURL(outfile).href);

  // A synthetic log: deterministic, realistic answers and technique lists.
  const techniques = ['clarify', 'isolate', 'empathize', 'value-over-price', 'daily-cost', 'roi', 'social-proof', 'guarantee', 'trial-close', 'next-step'];
  const langs = ['en', 'zh', 'ru', 'fa'];
  const answers = {
    en: 'I understand. What are you comparing it with? Over three years that is about 40 cents a day, less than a coffee.',
    zh: '我理解您的顾虑。您是和哪一款比较的？按三年算，每天不到三块钱，比一杯咖啡还便宜。',
    ru: 'Понимаю вас. С чем вы сравниваете? За три года это около сорока центов в день — меньше чашки кофе.',
    fa: 'کاملاً درک می‌کنم. با چه چیزی مقایسه می‌کنید؟ در سه سال، روزی کمتر از یک فنجان قهوه می‌شود.',
  };
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const start = Date.parse('2020-01-01T08:00:00Z');
  const lines = [];
  let t = start;
  for (let i = 0; i < ATTEMPTS; i++) {
    t += Math.floor(rand() * 600_000) + (i % 20 === 19 ? 86_400_000 - 20 * 300_000 : 0);
    const lang = langs[i % 4];
    const expected = [techniques[i % 10], techniques[(i * 7) % 10], techniques[(i * 3 + 1) % 10]].filter((x, j, a) => a.indexOf(x) === j);
    const detected = expected.filter(() => rand() < 0.6);
    lines.push(
      JSON.stringify({
        v: 1,
        at: new Date(t).toISOString(),
        playbook: 'bench',
        objection: `objection-${Math.floor(rand() * 300)}`,
        lang,
        mode: 'type',
        answer: answers[lang],
        detected,
        expected,
        score: Math.floor(rand() * 101),
        durationMs: Math.floor(rand() * 60_000),
      }),
    );
  }
  const file = join(work, 'attempts.jsonl');
  writeFileSync(file, `${lines.join('\n')}\n`);
  const bytes = readFileSync(file).length;
  const known = Array.from({ length: 300 }, (_, i) => ({ playbook: 'bench', id: `objection-${i}` }));

  // Wall time, and CPU time of this process (less sensitive to other work on a shared machine).
  const time = (fn) => {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const out = fn();
    const ms = performance.now() - t0;
    const c = process.cpuUsage(c0);
    return { ms, cpu: (c.user + c.system) / 1000, out };
  };
  const samples = { read: [], parse: [], replay: [], replayCpu: [] };
  let cards = 0;
  for (let r = 0; r < RUNS; r++) {
    const read = time(() => readFileSync(file, 'utf8'));
    const parsed = time(() => parseLog(read.out));
    if (parsed.out.attempts.length !== ATTEMPTS) throw new Error(`parsed ${parsed.out.attempts.length} of ${ATTEMPTS}`);
    const replayed = time(() => replay(parsed.out.attempts, { now: t, offsetAt: fixedOffset(60), known }, parsed.out.times));
    cards = replayed.out.cards.size;
    samples.read.push(read.ms);
    samples.parse.push(parsed.ms);
    samples.replay.push(replayed.ms);
    samples.replayCpu.push(replayed.cpu);
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const min = (xs) => Math.min(...xs);
  const fmt = (x) => `${x.toFixed(0)} ms`;
  const cell = (xs) => `${fmt(median(xs))} (best ${fmt(min(xs))}, first ${fmt(xs[0])})`;

  // End to end: the built binary, for context (includes Node start-up and loading the command).
  let e2e = 'not measured (run `npm run build` first)';
  try {
    const bin = new URL('bin/parry.js', root).pathname;
    const runs = [];
    for (let r = 0; r < 3; r++) {
      const t0 = performance.now();
      execFileSync(process.execPath, [bin, 'stats', '--json', '--no-builtin', '--data-dir', work], { stdio: 'pipe', env: { ...process.env, NO_COLOR: '1' } });
      runs.push(performance.now() - t0);
    }
    const floor = [];
    for (let r = 0; r < 3; r++) {
      const t0 = performance.now();
      execFileSync(process.execPath, ['-e', '0']);
      floor.push(performance.now() - t0);
    }
    e2e = `${fmt(median(runs))} (floor \`node -e 0\`: ${fmt(median(floor))})`;
  } catch (err) {
    e2e = `failed: ${err.message.split('\n')[0]}`;
  }

  const load = (await import('node:os')).loadavg()[0].toFixed(2);
  const report = [
    `Node ${process.version}, ${ATTEMPTS.toLocaleString('en')} attempts (${(bytes / 1e6).toFixed(1)} MB, ${cards} cards), ${RUNS} runs in one process: median (best, first = cold); load average ${load}`,
    '',
    '| step | time |',
    '|---|---|',
    `| replay: attempts → FSRS cards + stats (budget < 300 ms) | **${cell(samples.replay)}** |`,
    `| replay, CPU time of the process | ${cell(samples.replayCpu)} |`,
    `| parse: log text → attempts | ${cell(samples.parse)} |`,
    `| read the file | ${cell(samples.read)} |`,
    `| \`parry stats --json\` end to end | ${e2e} |`,
  ].join('\n');
  console.log(report);
  const ok = median(samples.replay) < 300;
  console.log(ok ? '\nreplay is within budget' : '\nreplay is OVER budget (300 ms)');
  process.exitCode = ok ? 0 : 1;
} finally {
  if (process.env.KEEP_BENCH_LOG) console.log(work); else rmSync(work, { recursive: true, force: true });
}
