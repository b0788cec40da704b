// `--format json` / `--json`: one JSON document on stdout, with a version so its shape can be
// relied on. Lines and columns are 1-based (columns in UTF-16 code units). Pure.
import type { Report } from './report.ts';

export function formatJson(report: Report): string {
  return `${JSON.stringify(
    {
      version: 1,
      tool: { name: 'parry', version: report.version },
      summary: report.summary,
      files: report.files,
      unreadable: report.unreadable ?? [],
      findings: report.findings.map((f) => ({
        file: f.file,
        line: f.line,
        column: f.column,
        ...(f.endLine !== undefined ? { endLine: f.endLine, endColumn: f.endColumn } : {}),
        severity: f.severity,
        code: f.code,
        message: f.message,
      })),
    },
    null,
    2,
  )}\n`;
}
