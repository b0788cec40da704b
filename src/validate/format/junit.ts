// `--format junit`: a JUnit XML report for CI test tabs. One test suite per file; each error is
// a failed test case; warnings fail only when they fail the run (--strict, --max-warnings),
// otherwise they are listed as output; a clean file is one passing case. Pure.
import type { Finding } from '../finding.ts';
import type { Report } from './report.ts';

function xml(s: string): string {
  return (
    s
      // Characters XML 1.0 cannot carry at all.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '\ufffd')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

export function formatJunit(report: Report): string {
  const byFile = new Map<string, Finding[]>(report.files.map((f) => [f, []]));
  for (const f of report.findings) (byFile.get(f.file) ?? byFile.set(f.file, []).get(f.file)!).push(f);
  const fails = (f: Finding) => f.severity === 'error' || report.warningsFail;
  let tests = 0;
  let failures = 0;
  const suites: string[] = [];
  for (const [file, findings] of byFile) {
    const cases: string[] = [];
    const failing = findings.filter(fails);
    const passing = findings.filter((f) => !fails(f));
    for (const f of failing) {
      const where = `${f.file}:${f.line}:${f.column}`;
      cases.push(
        `    <testcase classname="${xml(file)}" name="${xml(`${f.line}:${f.column} ${f.code}`)}">\n` +
          `      <failure type="${xml(f.code)}" message="${xml(f.message)}">${xml(`${where} ${f.severity} ${f.code}: ${f.message}`)}</failure>\n` +
          '    </testcase>',
      );
    }
    const out = passing.map((f) => `${f.file}:${f.line}:${f.column} ${f.severity} ${f.code}: ${f.message}`).join('\n');
    if (failing.length === 0)
      cases.push(`    <testcase classname="${xml(file)}" name="valid">${out ? `\n      <system-out>${xml(out)}</system-out>\n    ` : ''}</testcase>`);
    else if (out) cases.push(`    <system-out>${xml(out)}</system-out>`);
    const n = failing.length === 0 ? 1 : failing.length;
    tests += n;
    failures += failing.length;
    suites.push(`  <testsuite name="${xml(file)}" tests="${n}" failures="${failing.length}" errors="0">\n${cases.join('\n')}\n  </testsuite>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="parry validate" tests="${tests}" failures="${failures}" errors="0">\n${suites.join('\n')}\n</testsuites>\n`;
}
