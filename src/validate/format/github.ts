// `--format github`: workflow commands that GitHub Actions turns into annotations on the
// pull request, escaped as @actions/core escapes them. Every finding is printed (GitHub shows
// the first ten per kind inline), then a plain summary line. Pure.
import { sanitizeLine } from '../../ui/sanitize.ts';
import { summaryLine, type Report } from './report.ts';

const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function formatGithub(report: Report): string {
  const lines = report.findings.map((f) => {
    const props = [`file=${escapeProperty(f.file)}`, `line=${f.line}`, `col=${f.column}`];
    // GitHub accepts an end column only on a single-line range.
    if (f.endLine !== undefined && f.endLine === f.line && f.endColumn !== undefined) props.push(`endLine=${f.endLine}`, `endColumn=${f.endColumn}`);
    props.push(`title=${escapeProperty(`parry ${f.code}`)}`);
    return `::${f.severity} ${props.join(',')}::${escapeData(sanitizeLine(f.message))}`;
  });
  lines.push(summaryLine(report));
  return `${lines.join('\n')}\n`;
}
