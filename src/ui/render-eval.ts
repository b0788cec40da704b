// Text for `parry eval`: figures per technique and per language, then the misses. Pure.
import type { EvalReport, Figures, Miss } from '../scoring/eval-metrics.ts';
import { sanitizeLine } from './sanitize.ts';
import type { Theme } from './theme.ts';

const pct = (x: number) => x.toFixed(2);

function row(cells: readonly string[], widths: readonly number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
}

function figureCells(name: string, f: Figures): string[] {
  return [name, pct(f.precision), pct(f.recall), pct(f.f1), String(f.support), String(f.tp), String(f.fp), String(f.fn)];
}

function table(title: string, rows: [string, Figures][], theme: Theme): string[] {
  const header = [title, 'P', 'R', 'F1', 'support', 'tp', 'fp', 'fn'];
  const body = rows.map(([n, f]) => figureCells(n, f));
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  return [theme.heading(row(header, widths)), ...body.map((r) => row(r, widths))];
}

function renderMiss(m: Miss, theme: Theme): string[] {
  const where = [m.file, m.id].filter(Boolean).map((s) => sanitizeLine(String(s))).join(' ');
  const lines = [`${theme.strong(where || '(case)')} ${theme.dim(`[${sanitizeLine(m.lang)}${m.objection ? ` · ${sanitizeLine(m.objection)}` : ''}]`)}`];
  lines.push(`  ${sanitizeLine(m.answer)}`);
  lines.push(`  ${theme.dim('expected:')} ${m.expected.join(', ') || '(none)'}   ${theme.dim('found:')} ${m.found.join(', ') || '(none)'}`);
  if (m.missed.length > 0) lines.push(`  ${theme.warn('missed:')} ${m.missed.join(', ')}`);
  for (const u of m.unexpected)
    lines.push(`  ${theme.error('unexpected:')} ${u.technique} ${theme.highlight(sanitizeLine(u.text))} ${theme.dim(`cue ${sanitizeLine(u.cue)}`)}`);
  return lines;
}

export function renderEval(report: EvalReport, theme: Theme, opts: { misses?: boolean } = {}): string {
  const out: string[] = [];
  out.push(...table('technique', Object.entries(report.techniques), theme));
  out.push('');
  const langRows: [string, Figures][] = Object.entries(report.languages).map(([lang, g]) => [`${lang} (${g.cases} cases)`, g.micro]);
  out.push(...table('language (micro)', langRows, theme));
  out.push('');
  out.push(
    ...table(
      'overall',
      [
        ['micro', report.micro],
        ['risky techniques', report.risky],
      ],
      theme,
    ),
  );
  out.push(`macro  P ${pct(report.macro.precision)}  R ${pct(report.macro.recall)}  F1 ${pct(report.macro.f1)}`);
  out.push(`${report.cases} cases: ${theme.ok(`${report.passed} exact`)}, ${report.failed > 0 ? theme.warn(`${report.failed} not exact`) : '0 not exact'}`);
  if (opts.misses !== false && report.misses.length > 0) {
    out.push('');
    out.push(theme.heading('Misses'));
    for (const m of report.misses) out.push(...renderMiss(m, theme), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
