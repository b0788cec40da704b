// The published package, as a user gets it: `npm pack`, `npm install <tarball>` in an empty folder
// (the registry must be reachable for npm itself, though Parry needs nothing from it), then
// `npx parry …` there. Uses the dist/ that `npm test` built; packs with --ignore-scripts so
// the `prepare` build does not rewrite dist/ under the other e2e tests running in parallel.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTool, show, type ToolResult } from './npm-tools.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  dependencies?: Record<string, string>;
};

// Budgets for the tarball (docs/ecosystem.md has the measured sizes).
const MAX_PACKED = 2_000_000;
const MAX_UNPACKED = 7_500_000;

interface PackInfo {
  filename: string;
  size: number;
  unpackedSize: number;
  files: { path: string }[];
}

let tmp: string;
let app: string;
let packed: PackInfo;
let install: ToolResult;

const parry = (args: string[], opts: { input?: string } = {}) =>
  runTool('npx', ['--no', '--', 'parry', ...args], {
    cwd: app,
    input: opts.input,
    env: { PARRY_LANG: 'en', PARRY_HOME: join(tmp, 'home') },
    timeout: 60_000,
  });

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'parry-package-'));
  const pack = runTool('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', tmp], { cwd: ROOT });
  expect(pack.code, show(pack)).toBe(0);
  packed = (JSON.parse(pack.stdout) as PackInfo[])[0]!;

  app = join(tmp, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'parry-install-test', private: true }));
  install = runTool('npm', ['install', '--no-audit', '--no-fund', join(tmp, packed.filename)], { cwd: app, timeout: 180_000 });
}, 240_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('the npm tarball', () => {
  it('holds the runtime files and nothing from development', () => {
    const paths = packed.files.map((f) => f.path);
    for (const must of ['package.json', 'README.md', 'bin/parry.js', 'dist/cli.js', 'dist/builtin.json', 'dist/THIRD-PARTY-NOTICES.txt']) {
      expect(paths, must).toContain(must);
    }
    const top = new Set(paths.map((p) => p.split('/')[0]!));
    const allowed = new Set(['package.json', 'README.md', 'LICENSE', 'bin', 'dist', 'schema', 'playbooks']);
    expect([...top].filter((t) => !allowed.has(t))).toEqual([]);
    expect(paths.filter((p) => p.endsWith('.map') || p.endsWith('.ts') || p.startsWith('dist/.build'))).toEqual([]);
    // Whatever the repository ships in schema/ (the playbook schema) is in the tarball too.
    const schemaDir = join(ROOT, 'schema');
    const schemas = existsSync(schemaDir) ? readdirSync(schemaDir).map((f) => `schema/${f}`) : [];
    for (const s of schemas) expect(paths).toContain(s);
  });

  it('stays small', () => {
    expect(packed.size).toBeLessThan(MAX_PACKED);
    expect(packed.unpackedSize).toBeLessThan(MAX_UNPACKED);
  });

  it('bundles only the prompts Parry uses (not the editor prompt and its 670 kB of encodings)', () => {
    // A dynamic import('@inquirer/prompts') keeps every prompt; src/ui/inquirer.ts re-exports by name.
    const notices = readFileSync(join(ROOT, 'dist', 'THIRD-PARTY-NOTICES.txt'), 'utf8');
    for (const pkgName of ['@inquirer/editor', '@inquirer/external-editor', 'iconv-lite', 'chardet']) {
      expect(notices).not.toMatch(new RegExp(`^${pkgName}@`, 'm'));
    }
    expect(notices).toMatch(/^@inquirer\/confirm@/m);
  });

  it('declares no runtime dependencies: everything is bundled into dist/', () => {
    expect(pkg.dependencies ?? {}).toEqual({});
  });

  it('has a bundle that imports only Node built-ins and its own chunks', () => {
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    const bare: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (e.name.endsWith('.js')) {
          const code = readFileSync(p, 'utf8');
          // Not preceded by a quote: ajv keeps `'require("ajv/dist/runtime/equal")'` as a string.
          for (const m of code.matchAll(/(?<!["'`\w$.])(?:from\s*|import\s*\(\s*|require\s*\(\s*)["']([^"']+)["']/g)) {
            const spec = m[1]!;
            if (!spec.startsWith('.') && !builtins.has(spec)) bare.push(`${p.slice(ROOT.length)}: ${spec}`);
          }
        }
      }
    };
    walk(join(ROOT, 'dist'));
    expect(bare).toEqual([]);
  });
});

describe('installed from the tarball into an empty folder', () => {
  it('installs, and brings no other package along', () => {
    expect(install.code, show(install)).toBe(0);
    const modules = readdirSync(join(app, 'node_modules')).filter((n) => !n.startsWith('.'));
    expect(modules).toEqual(['parry']);
  });

  it('npx parry --help and --version work', () => {
    const help = parry(['--help']);
    expect(help.code, show(help)).toBe(0);
    expect(help.stdout).toMatch(/^Usage: parry /m);
    for (const cmd of ['practice', 'lookup', 'validate', 'list', 'completion']) expect(help.stdout).toMatch(new RegExp(`^\\s+${cmd}\\b`, 'm'));
    const version = parry(['--version']);
    expect(version.code, show(version)).toBe(0);
    expect(version.stdout.trim()).toBe(pkg.version);
  });

  it('npx parry validate passes on the built-in playbooks and fails on a broken one', () => {
    const ok = parry(['validate']);
    expect(ok.code, show(ok)).toBe(0);

    const dir = join(tmp, 'broken');
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'broken.yaml'),
      ['parry: 1', 'id: broken-sample', 'objections:', '  - id: late', '    text: { en: Too late. }', '    expect: [no-such-technique]', ''].join('\n'),
    );
    const bad = parry(['validate', '--format', 'json', dir]);
    expect(bad.code, show(bad)).toBe(1);
    const report = JSON.parse(bad.stdout) as { findings: { file: string; line: number; severity: string; code: string }[] };
    const errors = report.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.file.endsWith('broken.yaml'), f.line, f.code])).toEqual([[true, 6, 'unknown-technique']]);
  });

  it('npx parry lookup finds an objection in the built-in playbooks', () => {
    const r = parry(['lookup', 'too expensive']);
    expect(r.code, show(r)).toBe(0);
    expect(r.stdout).toMatch(/expensive/i);
    const none = parry(['lookup', 'qqqq zzzz xxxx']);
    expect(none.code, show(none)).toBe(1);
  });

  it('npx parry practice --plain runs a session from stdin', () => {
    const r = parry(['practice', '--plain', '--count', '1', '--objection', 'too-expensive', '--seed', '1', '--no-save'], {
      input: 'Fair question. What are you comparing it with? Over three years it is less than a coffee a day.\n',
    });
    expect(r.code, show(r)).toBe(0);
    // One question asked, the answer scored and coached.
    expect(r.stdout).toMatch(/\b1 of 1\b/);
    expect(r.stdout).toMatch(/\b\d{1,3}\/100\b/);
  });
});
