// `--format pretty` (the default): findings grouped by file, each with `line:col severity
// message code` and a code frame of the line with the spot underlined. Everything from a
// playbook is sanitised first, so no escape sequence in a file reaches the terminal. Pure.
import stringWidth from 'string-width';
import { LineIndex } from '../../playbook/lines.ts';
import { sanitizeLine } from '../../ui/sanitize.ts';
import type { Finding } from '../finding.ts';
import { prettySummary, type Paint, type Report } from './report.ts';

/** Text for the frame: sanitised, and cut around the spot when the line is very long. */
function frameLine(raw: string): string {
  return sanitizeLine(raw);
}

function codeFrame(lines: LineIndex, f: Finding, paint: Paint): string[] {
  const out: string[] = [];
  const first = Math.max(1, f.line - 1);
  const last = f.line + 1;
  const width = String(last).length;
  for (let l = first; l <= last; l++) {
    if (l > lines.lineCount) break;
    const raw = lines.lineText(l);
    if (l === lines.lineCount && raw === '' && l !== f.line) break; // the empty "line" after the final newline
    if (raw.length > 400 && l !== f.line) continue;
    const mark = l === f.line ? paint.error('>') : ' ';
    const shown = l === f.line && raw.length > 400 ? raw.slice(Math.max(0, f.column - 60), f.column + 200) : raw;
    out.push(`  ${mark} ${paint.dim(`${String(l).padStart(width)} |`)} ${frameLine(shown)}`);
    if (l === f.line) {
      const from = raw.length > 400 ? Math.min(60, f.column - 1) : f.column - 1;
      const prefix = frameLine(shown.slice(0, from));
      const spanLen = f.endLine === f.line && f.endColumn !== undefined ? f.endColumn - f.column : 1;
      const spanText = frameLine(shown.slice(from, from + Math.max(1, spanLen)));
      const caret = '^'.repeat(Math.max(1, stringWidth(spanText)));
      out.push(`    ${paint.dim(`${' '.repeat(width)} |`)} ${' '.repeat(stringWidth(prefix))}${f.severity === 'error' ? paint.error(caret) : paint.warn(caret)}`);
    }
  }
  return out;
}

export function formatPretty(report: Report, paint: Paint): string {
  const out: string[] = [];
  let current: string | undefined;
  const indexes = new Map<string, LineIndex>();
  for (const f of report.findings) {
    if (f.file !== current) {
      if (current !== undefined) out.push('');
      out.push(paint.strong(sanitizeLine(f.file)));
      current = f.file;
    }
    const sev = f.severity === 'error' ? paint.error('error  ') : paint.warn('warning');
    out.push(`  ${paint.dim(`${f.line}:${f.column}`)}  ${sev}  ${sanitizeLine(f.message)}  ${paint.dim(f.code)}`);
    const text = report.sources.get(f.file);
    if (text === undefined) continue;
    let lines = indexes.get(f.file);
    if (!lines) indexes.set(f.file, (lines = new LineIndex(text)));
    out.push(...codeFrame(lines, f, paint));
  }
  if (out.length > 0) out.push('');
  out.push(prettySummary(report, paint));
  return `${out.join('\n')}\n`;
}
