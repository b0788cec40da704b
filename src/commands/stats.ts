// `parry stats`: progress from the attempt log — mastery per technique, score trend, streak,
// what is due, leeches, objections no playbook defines any more. `--export csv` prints the log.
import { loadCatalog } from '../playbook/load.ts';
import { attemptsToCsv } from '../progress/csv.ts';
import { localOffset } from '../progress/local-zone.ts';
import { resolveDataLocation } from '../progress/paths.ts';
import { replay } from '../progress/replay.ts';
import { describeStoreError, loadLog } from '../progress/store.ts';
import { renderStats } from '../ui/render-stats.ts';
import { statsText } from '../ui/stats-text.ts';
import { createTheme } from '../ui/theme.ts';
import { write, type CommandContext, type CommonOptions } from './context.ts';

export interface StatsOptions extends CommonOptions {
  export?: 'csv';
}

const LEECH_FAILS = 4;

export async function runStats(options: StatsOptions, ctx: CommandContext): Promise<number> {
  const { host } = ctx;
  const text = statsText(ctx.lang);
  const errTheme = createTheme(ctx.colorErr);
  const location = resolveDataLocation(options.dataDir, host.env, host.cwd());
  const loaded = loadLog(location.log);
  if (!loaded.ok) {
    await write(host.stderr, `parry: ${describeStoreError(loaded.error, 'read progress')}\n`);
    return 2;
  }
  const { log } = loaded;
  // Problems go to stderr in every mode, so stdout stays one clean document.
  const warnings = log.problems.map((p) => errTheme.warn(text.problem(p, location.log))).join('\n');
  if (warnings) await write(host.stderr, `${warnings}\n`);

  if (options.export === 'csv') {
    await write(host.stdout, attemptsToCsv(log.attempts));
    return 0;
  }

  const { catalog, problems } = await loadCatalog({
    paths: options.playbook ?? [],
    builtin: options.builtin !== false,
    cwd: host.cwd(),
  });
  if (problems.length > 0) {
    await write(host.stderr, problems.map((p) => `parry: ${p.message}\n`).join(''));
    return 2;
  }

  const { summary } = replay(log.attempts, {
    now: ctx.now().getTime(),
    offsetAt: localOffset,
    known: catalog.objections,
    leechFails: LEECH_FAILS,
  }, log.times);

  if (options.json) {
    const doc = {
      dataDir: location.dir,
      log: location.log,
      dataDirFrom: location.from,
      ...summary,
      problems: log.problems,
    };
    await write(host.stdout, `${JSON.stringify(doc, null, 2)}\n`);
    return 0;
  }
  await write(host.stdout, renderStats(summary, { text, theme: createTheme(ctx.color), catalog, leechFails: LEECH_FAILS }));
  return 0;
}
