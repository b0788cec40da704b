// `--format sarif`: SARIF 2.1.0 for code-scanning dashboards (GitHub code scanning and others).
// Every code is a rule with its one-line summary; columns are UTF-16 code units. Pure.
import { CODES, type CodeInfo } from '../codes.ts';
import type { Report } from './report.ts';

const level = (s: string) => (s === 'error' ? 'error' : 'warning');

function uri(file: string): string {
  return encodeURI(file.replace(/\\/g, '/'));
}

export function formatSarif(report: Report): string {
  const ids = Object.keys(CODES);
  const rules = ids.map((id) => {
    const info = (CODES as Record<string, CodeInfo>)[id]!;
    return { id, shortDescription: { text: info.summary }, defaultConfiguration: { level: level(info.severity) } };
  });
  const results = report.findings.map((f) => ({
    ruleId: f.code,
    ...(ids.includes(f.code) ? { ruleIndex: ids.indexOf(f.code) } : {}),
    level: level(f.severity),
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: uri(f.file), uriBaseId: '%SRCROOT%' },
          region: {
            startLine: f.line,
            startColumn: f.column,
            ...(f.endLine !== undefined ? { endLine: f.endLine, endColumn: f.endColumn } : {}),
          },
        },
      },
    ],
  }));
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'parry', version: report.version, rules } },
        columnKind: 'utf16CodeUnits',
        artifacts: report.files.map((f) => ({ location: { uri: uri(f), uriBaseId: '%SRCROOT%' } })),
        results,
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
