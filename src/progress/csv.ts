// The attempt log as CSV (RFC 4180): `parry stats --export csv`. Pure.
import type { Attempt } from './model.ts';
import { RATING_NAMES, ratingForScore } from './rating.ts';

export const CSV_COLUMNS = [
  'at',
  'playbook',
  'objection',
  'lang',
  'mode',
  'score',
  'rating',
  'duration_ms',
  'detected',
  'expected',
  'persona',
  'answer',
] as const;

/** Quote a field when it holds a comma, a quote, a line break or edge spaces; double inner quotes. */
export function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvRow(fields: readonly string[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

export function attemptRow(a: Attempt): string {
  return csvRow([
    a.at,
    a.playbook,
    a.objection,
    a.lang,
    a.mode,
    String(a.score),
    RATING_NAMES[ratingForScore(a.score)],
    String(a.durationMs),
    a.detected.join(' '),
    a.expected.join(' '),
    a.persona ?? '',
    a.answer,
  ]);
}

export function attemptsToCsv(attempts: readonly Attempt[]): string {
  let out = csvRow(CSV_COLUMNS);
  for (const a of attempts) out += attemptRow(a);
  return out;
}
