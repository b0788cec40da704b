// `parry validate`, `parry init` and `parry schema` as a user runs them: the built binary, every
// output format, every exit code, hostile files.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runParry } from './run-binary.ts';

const FIXTURES = new URL('../fixtures/validate/', import.meta.url).pathname;
let dir: string;

const CLEAN = `parry: 1
id: team-sales
objections:
  - id: too-expensive
    text: { en: "It's too expensive." }
    expect: [clarify]
    responses:
      - uses: [clarify]
        text: { en: What are you comparing it with? }
`;
const WARNING = CLEAN.replace('What are you comparing it with?', '"What are you comparing it with, Mr. xx?"');
const ERROR = CLEAN.replace('team-sales', 'team-errors').replace('expect: [clarify]', 'expect: [clarfy]');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parry-validate-e2e-'));
  writeFileSync(join(dir, 'clean.yaml'), CLEAN);
  writeFileSync(join(dir, 'warning.yaml'), WARNING);
  writeFileSync(join(dir, 'error.yaml'), ERROR);
  mkdirSync(join(dir, 'team'));
  writeFileSync(join(dir, 'team', 'a.yaml'), CLEAN);
  writeFileSync(join(dir, 'team', 'b.yml'), CLEAN.replace('team-sales', 'team-support'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (args: string[], env: Record<string, string | undefined> = {}) => runParry(['validate', ...args], { cwd: dir, env: { GITHUB_ACTIONS: undefined, ...env } });
const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at .+:\d+:\d+/);

describe('parry validate (built binary)', () => {
  it('checks the built-in playbooks when given no paths: clean, exit 0', () => {
    const r = runParry(['validate']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^✔ \d+ files checked, no problems\.\n$/);
    expect(r.code).toBe(0);
  });

  it('pretty (the default off a terminal too): file, line:col, severity, message, code, a code frame', () => {
    const r = run(['error.yaml']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      [
        'error.yaml',
        '  6:14  error    unknown technique `clarfy` in `expect`. Did you mean `clarify`? Define it under `techniques:` or use a core id (`parry list techniques`).  unknown-technique',
        '    5 |     text: { en: "It\'s too expensive." }',
        '  > 6 |     expect: [clarfy]',
        '      |              ^^^^^^',
        '    7 |     responses:',
        '',
        '✖ 1 problem (1 error, 0 warnings) in 1 of 1 file.',
        '',
      ].join('\n'),
    );
  });

  it.each(['pretty', 'json', 'github', 'sarif', 'junit'])('--format %s: exit 0 clean, 1 with an error', (format) => {
    expect(run(['--format', format, 'clean.yaml']).code).toBe(0);
    const bad = run(['--format', format, 'clean.yaml', 'error.yaml']);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain(format === 'sarif' ? '"ruleId": "unknown-technique"' : 'unknown-technique');
    expect(bad.stderr).toBe('');
  });

  it('--json prints exactly one JSON document', () => {
    const r = run(['--json', 'clean.yaml', 'error.yaml']);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ version: 1, summary: { files: 2, errors: 1, warnings: 0 }, files: ['clean.yaml', 'error.yaml'] });
    expect(doc.findings).toEqual([
      expect.objectContaining({ file: 'error.yaml', line: 6, column: 14, endLine: 6, endColumn: 20, severity: 'error', code: 'unknown-technique' }),
    ]);
  });

  it('sarif is SARIF 2.1.0 and junit is JUnit XML', () => {
    const sarif = JSON.parse(run(['--format', 'sarif', 'error.yaml']).stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results[0].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'error.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 6, startColumn: 14, endLine: 6, endColumn: 20 },
    });
    const junit = run(['--format', 'junit', 'clean.yaml', 'error.yaml']).stdout;
    expect(junit).toMatch(/<testsuites name="parry validate" tests="2" failures="1" errors="0">/);
    expect(junit).toContain('<testcase classname="error.yaml" name="6:14 unknown-technique">');
  });

  it('github annotations are chosen automatically inside GitHub Actions', () => {
    const r = run(['error.yaml'], { GITHUB_ACTIONS: 'true' });
    expect(r.stdout.split('\n')[0]).toMatch(/^::error file=error\.yaml,line=6,col=14,endLine=6,endColumn=20,title=parry unknown-technique::unknown technique/);
    expect(r.code).toBe(1);
  });

  it('warnings pass, unless --strict or over --max-warnings', () => {
    expect(run(['warning.yaml']).code).toBe(0);
    expect(run(['--strict', 'warning.yaml']).code).toBe(1);
    expect(run(['--max-warnings', '0', 'warning.yaml']).code).toBe(1);
    expect(run(['--max-warnings', '1', 'warning.yaml']).code).toBe(0);
    expect(run(['--json', 'warning.yaml']).stdout).toContain('"code": "placeholder"');
  });

  it('takes folders (recursively) and quoted globs', () => {
    expect(JSON.parse(run(['--json', 'team']).stdout).files).toEqual(['team/a.yaml', 'team/b.yml']);
    expect(JSON.parse(run(['--json', 'team/*.yml']).stdout).files).toEqual(['team/b.yml']);
    expect(JSON.parse(run(['--json', '**/a.yaml']).stdout).files).toEqual(['team/a.yaml']);
  });

  it('reports ids defined twice across files', () => {
    const r = run(['--json', 'clean.yaml', 'team/a.yaml']);
    expect(JSON.parse(r.stdout).findings.map((f: { file: string; code: string }) => `${f.file} ${f.code}`)).toEqual(['team/a.yaml duplicate-id']);
    expect(r.code).toBe(1);
  });

  it('--no-builtin leaves core technique ids unresolved', () => {
    const r = run(['--json', '--no-builtin', 'clean.yaml']);
    expect(JSON.parse(r.stdout).findings.map((f: { code: string }) => f.code)).toEqual(['unknown-technique', 'unknown-technique']);
  });

  it('exits 2 with a one-line message for an unreadable path', () => {
    const r = run(['clean.yaml', 'missing.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('parry validate: cannot read missing.yaml: ENOENT\n');
  });

  it('exits 2 on contradictory or unknown options', () => {
    const both = run(['--json', '--format', 'sarif', 'clean.yaml']);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/contradict/);
    expect(run(['--format', 'xml', 'clean.yaml']).code).toBe(2);
    expect(run(['--max-warnings', 'lots', 'clean.yaml']).code).toBe(2);
  });

  it('never prompts: runs with stdin closed', () => {
    const r = runParry(['validate', 'clean.yaml'], { cwd: dir, input: '' });
    expect(r.code).toBe(0);
  });

  it.each([
    ['excessive-aliases.yaml', 'excessive-aliases'],
    ['nesting-too-deep.yaml', 'nesting-too-deep'],
    ['binary-file.yaml', 'binary-file'],
    ['not-utf8.yaml', 'not-utf8'],
    ['empty-file.yaml', 'empty-file'],
  ])('hostile file %s: a finding, exit 1, no stack trace', (file, code) => {
    const r = runParry(['validate', '--json', join(FIXTURES, file)], { timeout: 10_000 });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings.map((f: { code: string }) => f.code)).toEqual([code]);
    noStack(r.stderr);
  });

  it('hostile files made on the spot: 10,000-deep nesting, __proto__ keys, a folder with no playbooks', () => {
    writeFileSync(join(dir, 'deep.yaml'), `a: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`);
    writeFileSync(join(dir, 'proto.yaml'), CLEAN.replace('id: team-sales', 'id: proto\n__proto__: { polluted: true }'));
    mkdirSync(join(dir, 'nothing'), { recursive: true });
    const r = run(['--json', 'deep.yaml', 'proto.yaml', 'nothing']);
    expect(r.code).toBe(1);
    noStack(r.stderr);
    expect(JSON.parse(r.stdout).findings.map((f: { file: string; code: string; line: number }) => `${f.file}:${f.line} ${f.code}`)).toEqual([
      'deep.yaml:1 nesting-too-deep',
      'proto.yaml:3 unknown-key',
      'nothing:1 no-playbooks',
    ]);
  });
});

describe('parry init and parry schema (built binary)', () => {
  it('init writes a starter that validates cleanly, and never overwrites', () => {
    const first = runParry(['init', 'starter'], { cwd: dir });
    expect(first.code).toBe(0);
    expect(first.stdout).toBe('Wrote starter/playbook.yaml. Check it with `parry validate starter`.\n');
    const text = readFileSync(join(dir, 'starter', 'playbook.yaml'), 'utf8');
    expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=\S+playbook\.schema\.json$/);
    const check = run(['starter']);
    expect(check.stdout).toBe('✔ 1 file checked, no problems.\n');
    expect(check.code).toBe(0);
    const again = runParry(['init', 'starter'], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/^parry init: starter\/playbook\.yaml already exists; Parry never overwrites a file\./);
    expect(readFileSync(join(dir, 'starter', 'playbook.yaml'), 'utf8')).toBe(text);
  });

  it('schema prints the shipped JSON Schema', () => {
    const r = runParry(['schema']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.$id).toBeTruthy();
    expect(r.stdout).toBe(readFileSync(new URL('../../schema/playbook.schema.json', import.meta.url), 'utf8'));
  });
});

describe('parry validate --scorer (built binary)', () => {
  it('adds the scorer checks: undetected uses (a warning), failing cases (an error)', () => {
    const text = `${CLEAN.replace('team-sales', 'team-scored').replace('uses: [clarify]', 'uses: [clarify, roi]')}cases:\n  - lang: en\n    answer: What are you comparing it with?\n    expect: [roi]\n`;
    writeFileSync(join(dir, 'scored.yaml'), text);
    expect(run(['--json', 'scored.yaml']).code).toBe(0);
    const r = run(['--json', '--scorer', 'scored.yaml']);
    expect(JSON.parse(r.stdout).findings.map((f: { code: string; line: number }) => `${f.line} ${f.code}`)).toEqual(['9 undetected-technique', '13 failing-case']);
    expect(r.code).toBe(1);
  });
});
