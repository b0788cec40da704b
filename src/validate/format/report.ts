// What every output format gets: the findings in reading order, the counts, and the sources
// (for code frames). Pure data.
import type { Finding } from '../finding.ts';
import type { Summary } from '../run.ts';

export interface Report {
  readonly findings: readonly Finding[];
  readonly summary: Summary;
  /** The files checked, in order, as shown in findings. */
  readonly files: readonly string[];
  /** Text of each file that could be decoded, by shown path. */
  readonly sources: ReadonlyMap<string, string>;
  readonly version: string;
  /** Whether warnings fail this run (--strict, or more than --max-warnings). */
  readonly warningsFail: boolean;
  /** Paths given that could not be read (the run exits 2). */
  readonly unreadable?: readonly string[];
}

/** Colours for the pretty format; identity functions when colour is off. */
export interface Paint {
  error(s: string): string;
  warn(s: string): string;
  dim(s: string): string;
  strong(s: string): string;
  ok(s: string): string;
  code(s: string): string;
}

export const NO_PAINT: Paint = {
  error: (s) => s,
  warn: (s) => s,
  dim: (s) => s,
  strong: (s) => s,
  ok: (s) => s,
  code: (s) => s,
};

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function summaryLine(report: Report): string {
  const { errors, warnings, files } = report.summary;
  const problems = errors + warnings;
  const affected = new Set(report.findings.map((f) => f.file)).size;
  const counts = `${plural(problems, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
  const unreadable = report.unreadable?.length ? ` ${plural(report.unreadable.length, 'path')} could not be read.` : '';
  if (files === 0) return (problems === 0 ? 'No files checked.' : `${counts}; no playbook files checked.`) + unreadable;
  if (problems === 0) return `${plural(files, 'file')} checked, no problems.${unreadable}`;
  return `${counts} in ${affected} of ${plural(files, 'file')}.${unreadable}`;
}

/** The last line of the pretty format (all of it for a clean run, which needs no code frames). */
export function prettySummary(report: Report, paint: Paint): string {
  const { errors, warnings } = report.summary;
  const line = summaryLine(report);
  const failed = errors > 0 || (warnings > 0 && report.warningsFail) || (report.unreadable?.length ?? 0) > 0;
  if (failed) return paint.error(`✖ ${line}`);
  return errors + warnings === 0 ? paint.ok(`✔ ${line}`) : paint.warn(`⚠ ${line}`);
}
