// Turn the text of the attempt log into attempts, never failing: a line that is not a valid
// attempt is reported with its line number and skipped, and stays in the file untouched.
// Pure: the store reads the file, this decides what its lines mean.
import type { Attempt } from './model.ts';
import { isoTime } from './timeline.ts';

export type LogProblemKind =
  /** The last line has no newline and is not a whole attempt: a write cut short (crash, power loss). */
  | 'torn'
  /** Not JSON. */
  | 'corrupt'
  /** JSON, but not an attempt (a field missing or of the wrong type). */
  | 'invalid'
  /** Written by a newer Parry (`v` greater than this one reads). */
  | 'newer-version';

export interface LogProblem {
  /** 1-based line number in the file. */
  readonly line: number;
  readonly kind: LogProblemKind;
  /** For `invalid`: the field at fault. */
  readonly field?: string;
}

export interface ParsedLog {
  /** Valid attempts in file order. */
  readonly attempts: Attempt[];
  /** Their times (ms since the epoch), read once here for replay. */
  readonly times: number[];
  readonly problems: LogProblem[];
  /** Whether the text ends with a newline (or is empty): if not, the next append must start a line. */
  readonly endsWithNewline: boolean;
}

export function parseLog(text: string): ParsedLog {
  const attempts: Attempt[] = [];
  const times: number[] = [];
  const problems: LogProblem[] = [];
  const endsWithNewline = text === '' || text.endsWith('\n');
  const length = text.length;
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0; // a BOM left by an editor
  let line = 0;
  while (start < length) {
    line++;
    let end = text.indexOf('\n', start);
    const last = end === -1;
    if (last) end = length;
    const raw = text.slice(start, end);
    start = end + 1;
    if (raw.charCodeAt(0) !== 0x7b /* { */ && raw.trim() === '') continue; // blank lines are not problems
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      problems.push({ line, kind: last ? 'torn' : 'corrupt' });
      continue;
    }
    const fault = attemptFault(value);
    if (fault === undefined) {
      attempts.push(value as Attempt);
      times.push(isoTime((value as Attempt).at));
    }
    else if (fault === 'v' && typeof (value as { v?: unknown }).v === 'number' && (value as { v: number }).v > 1)
      problems.push({ line, kind: 'newer-version' });
    // A last line that parses but is not an attempt is still just a bad line, not a torn write.
    else problems.push({ line, kind: 'invalid', field: fault });
  }
  return { attempts, times, problems, endsWithNewline };
}

const isText = (v: unknown): v is string => typeof v === 'string' && v !== '';
const isTextList = (v: unknown): boolean => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** The first field that makes a parsed line not an attempt, or undefined if it is one. */
export function attemptFault(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'line';
  const a = value as Record<string, unknown>;
  if (a.v !== 1) return 'v';
  if (typeof a.at !== 'string' || Number.isNaN(isoTime(a.at))) return 'at';
  if (!isText(a.playbook)) return 'playbook';
  if (!isText(a.objection)) return 'objection';
  if (!isText(a.lang)) return 'lang';
  if (!isText(a.mode)) return 'mode';
  if (typeof a.answer !== 'string') return 'answer';
  if (!isTextList(a.detected)) return 'detected';
  if (!isTextList(a.expected)) return 'expected';
  if (typeof a.score !== 'number' || !(a.score >= 0 && a.score <= 100)) return 'score';
  if (typeof a.durationMs !== 'number' || !(a.durationMs >= 0)) return 'durationMs';
  if (a.persona !== undefined && typeof a.persona !== 'string') return 'persona';
  return undefined;
}
