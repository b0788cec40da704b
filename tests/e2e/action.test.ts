// The composite GitHub Action (action.yml), run the way the runner runs it: each `run:` step with
// `bash --noprofile --norc -eo pipefail`, GITHUB_ACTION_PATH at a checkout of this repository
// (a clone of the working tree, so `npm ci` there never touches this folder's node_modules),
// the step's `env:` filled from the inputs, the working directory a sample workspace.
// Needs the npm registry (npm ci).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTool, show, type ToolResult } from './npm-tools.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

interface Step {
  name: string;
  shell: string;
  run: string;
  env?: Record<string, string>;
}
interface Action {
  runs: { using: string; steps: Step[] };
  inputs: Record<string, { description: string; default?: string }>;
}

const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as Action;

let tmp: string;
let actionPath: string;
let workspace: string;
let install: ToolResult;

/** Run one step as the runner does, with `${{ inputs.x }}` in its env replaced. */
function runStep(step: Step, inputs: Record<string, string>): ToolResult {
  const value = (name: string) => inputs[name] ?? action.inputs[name]?.default ?? '';
  const env: Record<string, string> = { GITHUB_ACTION_PATH: actionPath, GITHUB_WORKSPACE: workspace };
  for (const [k, v] of Object.entries(step.env ?? {})) env[k] = v.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, n: string) => value(n));
  expect(step.run).not.toMatch(/\$\{\{/); // expressions belong in env:, never spliced into the script
  return runTool('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run], { cwd: workspace, env, timeout: 300_000 });
}

const validateStep = () => action.runs.steps.find((s) => s.name === 'Validate playbooks')!;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'parry-action-'));
  actionPath = join(tmp, 'action');
  const clone = spawnSync('bash', [join(ROOT, 'scripts', 'clone-worktree.sh'), actionPath], { encoding: 'utf8' });
  expect(clone.status, clone.stderr).toBe(0);

  workspace = join(tmp, 'workspace');
  mkdirSync(join(workspace, 'playbooks'), { recursive: true });
  writeFileSync(
    join(workspace, 'playbooks', 'team.yaml'),
    [
      'parry: 1',
      'id: action-sample',
      'title: { en: Action sample }',
      'objections:',
      '  - id: action-sample-late',
      '    category: timing',
      '    text: { en: It is too late in the quarter. }',
      '    expect: [no-such-technique]',
      '',
    ].join('\n'),
  );
  mkdirSync(join(workspace, 'good'));
  writeFileSync(
    join(workspace, 'good', 'team.yaml'),
    [
      'parry: 1',
      'id: action-good',
      'title: { en: Action sample }',
      'locales: [en]',
      'techniques:',
      '  - id: pilot-offer',
      '    family: offer',
      '    name: { en: Pilot offer }',
      '    summary: { en: Offer a small paid pilot instead of a discount. }',
      '    cues:',
      '      en: [pilot, start small]',
      'objections:',
      '  - id: action-good-budget',
      '    category: budget',
      '    text: { en: Our budget is frozen until next year. }',
      '    expect: [pilot-offer]',
      '    responses:',
      '      - uses: [pilot-offer]',
      '        text: { en: Then let us start small with a three-week pilot that fits this quarter. }',
      '',
    ].join('\n'),
  );
  install = runStep(action.runs.steps.find((s) => s.name === 'Install Parry')!, {});
}, 360_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('GitHub Action (composite)', () => {
  it('is a composite action whose steps run in bash', () => {
    expect(action.runs.using).toBe('composite');
    for (const step of action.runs.steps) expect(step.shell).toBe('bash');
    expect(Object.keys(action.inputs).sort()).toEqual(['max-warnings', 'paths', 'sarif', 'scorer', 'strict']);
  });

  it('installs: npm ci in the action folder builds dist/ through `prepare`', () => {
    expect(install.code, show(install)).toBe(0);
    expect(existsSync(join(actionPath, 'dist', 'cli.js'))).toBe(true);
    expect(existsSync(join(actionPath, 'dist', 'builtin.json'))).toBe(true);
  });

  it('annotates findings, fails the step, and writes SARIF', () => {
    const r = runStep(validateStep(), { paths: 'playbooks', sarif: 'reports/parry.sarif' });
    expect(r.code, show(r)).toBe(1);
    expect(r.stdout).toMatch(/^::error file=playbooks\/team\.yaml,line=8,col=\d+/m);
    const sarif = JSON.parse(readFileSync(join(workspace, 'reports', 'parry.sarif'), 'utf8')) as {
      version: string;
      runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
    };
    expect(sarif.version).toBe('2.1.0');
    const uris = sarif.runs.flatMap((run) => run.results.flatMap((res) => res.locations.map((l) => l.physicalLocation.artifactLocation.uri)));
    expect(uris).toContain('playbooks/team.yaml');
  });

  it('passes on a valid playbook, with --strict', () => {
    const r = runStep(validateStep(), { paths: 'good', strict: 'true' });
    expect(r.code, show(r)).toBe(0);
    expect(r.stdout).not.toMatch(/^::error/m);
  });
});
