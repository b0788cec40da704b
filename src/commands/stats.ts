// `parry stats`: progress from the attempt log — mastery per technique, score trend, streak,
// what is due, leeches, objections no playbook defines any more. `--export csv` prints the log.
import { ExitCode } from '../host.ts';
import { attemptsToCsv } from '../progress/csv.ts';
import { localOffset } from '../progress/local-zone.ts';
import { readProgress } from '../progress/open.ts';
import { replay } from '../progress/replay.ts';
import { renderStats } from '../ui/render-stats.ts';
import { statsText } from '../ui/stats-text.ts';
import { loadTheme } from '../ui/load-theme.ts';
import { write, type CommandContext, type CommonOptions } from './context.ts';
import { loadCatalogOrReport } from './load-catalog.ts';

export interface StatsOptions extends CommonOptions {
  export?: 'csv';
}

const LEECH_FAILS = 4;

export async function runStats(options: StatsOptions, ctx: CommandContext): Promise<number> {
  const { host } = ctx;
  const text = statsText(ctx.lang);
  if (options.json && options.export !== undefined) {
    // --json promises one JSON document on stdout; an export is a CSV file.
    await write(host.stderr, 'parry: --export prints CSV, not JSON: use one of --export and --json\n');
    return ExitCode.cannotRun;
  }
  const read = readProgress(options.dataDir, host.env, host.cwd());
  if (!read.ok) {
    await write(host.stderr, `parry: ${read.message}\n`);
    return ExitCode.cannotRun;
  }
  const { location, log } = read;
  // Problems go to stderr in every mode, so stdout stays one clean document.
  const errTheme = await loadTheme(ctx.colorErr);
  const warnings = log.problems.map((p) => errTheme.warn(text.problem(p, location.log))).join('\n');
  if (warnings) await write(host.stderr, `${warnings}\n`);

  if (options.export === 'csv') {
    await write(host.stdout, attemptsToCsv(log.attempts));
    return ExitCode.ok;
  }

  const catalog = await loadCatalogOrReport(options, ctx);
  if (!catalog) return ExitCode.cannotRun;

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
    return ExitCode.ok;
  }
  await write(host.stdout, renderStats(summary, { text, theme: await loadTheme(ctx.color), catalog, leechFails: LEECH_FAILS }));
  return ExitCode.ok;
}
