import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/validate/finding.ts';
import { formatGithub } from '../../../src/validate/format/github.ts';
import { formatJson } from '../../../src/validate/format/json.ts';
import { formatJunit } from '../../../src/validate/format/junit.ts';
import { formatPretty } from '../../../src/validate/format/pretty.ts';
import { NO_PAINT, type Report } from '../../../src/validate/format/report.ts';
import { formatSarif } from '../../../src/validate/format/sarif.ts';
import { summarize } from '../../../src/validate/run.ts';

const SOURCE = 'parry: 1\nid: demo\ntitle: { zh: 演示, en: "bad\u001b[31m" }\n';
const FINDINGS: Finding[] = [
  { file: 'a b.yaml', line: 3, column: 26, endLine: 3, endColumn: 31, severity: 'error', code: 'control-character', message: 'a terminal escape, 100%: delete it,\nnow' },
  { file: 'a b.yaml', line: 2, column: 5, severity: 'warning', code: 'placeholder', message: '<`xx`> & "more"' },
];

function report(findings: Finding[] = FINDINGS, warningsFail = false): Report {
  return {
    findings,
    summary: summarize(findings, 2),
    files: ['a b.yaml', 'clean.yaml'],
    sources: new Map([['a b.yaml', SOURCE]]),
    version: '9.9.9',
    warningsFail,
  };
}

describe('formats', () => {
  it('json: one versioned document with 1-based positions', () => {
    const doc = JSON.parse(formatJson(report()));
    expect(doc.version).toBe(1);
    expect(doc.summary).toEqual({ files: 2, errors: 1, warnings: 1 });
    expect(doc.findings[0]).toEqual({ file: 'a b.yaml', line: 3, column: 26, endLine: 3, endColumn: 31, severity: 'error', code: 'control-character', message: FINDINGS[0]!.message });
    expect(doc.findings[1]).not.toHaveProperty('endLine');
  });

  it('github: workflow commands escaped as @actions/core does, escape sequences removed', () => {
    const lines = formatGithub(report()).trimEnd().split('\n');
    expect(lines[0]).toBe('::error file=a b.yaml,line=3,col=26,endLine=3,endColumn=31,title=parry control-character::a terminal escape, 100%25: delete it, now');
    expect(lines[1]).toBe('::warning file=a b.yaml,line=2,col=5,title=parry placeholder::<`xx`> & "more"');
    expect(lines[2]).toBe('2 problems (1 error, 1 warning) in 1 of 2 files.');
  });

  it('sarif: 2.1.0 with every code as a rule and UTF-16 columns', () => {
    const doc = JSON.parse(formatSarif(report()));
    expect(doc.version).toBe('2.1.0');
    const run = doc.runs[0];
    expect(run.tool.driver).toMatchObject({ name: 'parry', version: '9.9.9' });
    expect(run.columnKind).toBe('utf16CodeUnits');
    const ids = run.tool.driver.rules.map((r: { id: string }) => r.id);
    expect(ids).toContain('mojibake');
    expect(run.results[0]).toMatchObject({
      ruleId: 'control-character',
      ruleIndex: ids.indexOf('control-character'),
      level: 'error',
      locations: [{ physicalLocation: { artifactLocation: { uri: 'a%20b.yaml' }, region: { startLine: 3, startColumn: 26, endLine: 3, endColumn: 31 } } }],
    });
    expect(run.results[1].level).toBe('warning');
  });

  it('junit: a suite per file, errors fail, warnings fail only when they fail the run', () => {
    const xml = formatJunit(report());
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="parry validate" tests="2" failures="1" errors="0">/);
    expect(xml).toContain('<testsuite name="a b.yaml" tests="1" failures="1" errors="0">');
    expect(xml).toContain('<failure type="control-character" message="a terminal escape, 100%: delete it,\nnow">');
    expect(xml).toContain('&lt;`xx`&gt; &amp; &quot;more&quot;');
    expect(xml).toContain('<testsuite name="clean.yaml" tests="1" failures="0" errors="0">\n    <testcase classname="clean.yaml" name="valid"></testcase>');
    expect(xml).not.toMatch(/\u001b/);
    expect(formatJunit(report(FINDINGS, true))).toContain('failures="2"');
  });

  it('pretty: grouped by file, code frame with the caret under the spot (wide CJK counted), sanitised', () => {
    const out = formatPretty(report(), NO_PAINT);
    expect(out).toBe(
      [
        'a b.yaml',
        '  3:26  error    a terminal escape, 100%: delete it, now  control-character',
        '    2 | id: demo',
        '  > 3 | title: { zh: 演示, en: "bad" }',
        // 13 columns, two wide characters (4), then 10: the caret sits at display column 28.
        `      | ${' '.repeat(27)}^`,
        '  2:5  warning  <`xx`> & "more"  placeholder',
        '    1 | parry: 1',
        '  > 2 | id: demo',
        '      |     ^',
        '    3 | title: { zh: 演示, en: "bad" }',
        '',
        '✖ 2 problems (1 error, 1 warning) in 1 of 2 files.',
        '',
      ].join('\n'),
    );
  });

  it('pretty: a clean run is one line', () => {
    expect(formatPretty(report([]), NO_PAINT)).toBe('✔ 2 files checked, no problems.\n');
  });
});
