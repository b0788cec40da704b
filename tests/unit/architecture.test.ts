// The architecture of design §8, checked on the source itself: a functional core that touches
// nothing, adapters that touch the world, and only bin/parry.js touching `process`.
//
// The import graph is read with the TypeScript parser (tests/unit/architecture/import-graph.ts),
// and "no work on import" is observed, not guessed: every module of src/ is imported in a child
// process that watches what it does (tests/unit/architecture/import-probe.mjs).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { packageOf, readSourceTree, ROOT, runtimeReach, targetExists, type SourceModule } from './architecture/import-graph.ts';

/**
 * The pure core: data in, data out. A folder ends in `/`; every module below it is pure unless
 * it is one of the ADAPTERS.
 */
const PURE: readonly string[] = [
  'src/scoring/', // normalise, segment, cues, detect, score, eval figures
  'src/lookup/', // index, search, the lookup view
  'src/session/', // plan, state machine, grading, the run loop over injected ports
  'src/progress/', // log parsing, replay, FSRS scheduling, summaries (adapters excepted below)
  'src/validate/rules/', // rules beyond the schema
  'src/ui/', // renderers that return strings (adapters excepted below)
  'src/completion/', // completion scripts built from the program's spec, as strings
  'src/config/', // the interface language, from the environment it is given
  'src/playbook/model.ts',
  'src/playbook/catalog.ts',
  'src/playbook/localize.ts',
  'src/playbook/to-model.ts',
  'src/playbook/display.ts', // the converter to traditional Chinese is passed in
  'src/playbook/list-view.ts',
  'src/cli-spec.ts', // walks the commander program cli.ts passes in; imports commander's types only
  'src/host.ts', // the Host interface and exit codes
  'src/version.ts', // a constant defined at build time
];

/** Modules inside the pure folders that touch the world, and why. */
const ADAPTERS: Readonly<Record<string, string>> = {
  'src/progress/store.ts': 'reads and appends the attempt log on disk',
  'src/progress/paths.ts': 'finds the data folder (env-paths, the home folder)',
  'src/progress/open.ts': 'opens the log for a practice session',
  'src/progress/local-zone.ts': "reads the system's time zone",
  'src/ui/theme.ts': 'colours through chalk',
  'src/ui/load-theme.ts': 'loads chalk when there is colour to print',
  'src/ui/inquirer-prompts.ts': 'the prompt port on a terminal, through @inquirer/prompts',
  'src/ui/plain-prompts.ts': 'the prompt port on plain stdin/stdout (node:readline)',
};

/** What a pure module may never load, directly or through the modules it imports. */
const IMPURE_PACKAGES: Readonly<Record<string, string>> = {
  'node:fs': 'the file system',
  'node:process': 'the process (only bin/parry.js)',
  'node:child_process': 'other programs',
  'node:readline': 'terminal input',
  'node:tty': 'the terminal',
  'node:net': 'the network',
  'node:http': 'the network',
  'node:https': 'the network',
  'node:os': 'the machine (home folder, user)',
  'env-paths': 'the user folders, from the real environment',
  chalk: 'colour: only through the theme an adapter passes in',
  ora: 'spinners on the terminal',
  '@inquirer/prompts': 'prompts on the terminal',
  '@inquirer/core': 'prompts on the terminal',
  commander: 'the command line: only src/cli.ts',
};

/** The only modules that may read `import.meta`, and why. */
const IMPORT_META: Readonly<Record<string, string>> = {
  'src/playbook/package-root.ts': "finds the installed package's folder from its own location",
  'src/playbook/builtin-cues.ts': 'uses the precompiled cues only when running from the bundle',
};

const isPure = (file: string) => !(file in ADAPTERS) && PURE.some((p) => (p.endsWith('/') ? file.startsWith(p) : file === p));

let tree: Map<string, SourceModule>;
beforeAll(() => {
  tree = readSourceTree();
});
const modules = () => [...tree.values()];

describe('architecture (design §8)', () => {
  it('knows the modules it names', () => {
    // A renamed or deleted module must not silently leave a stale rule behind.
    for (const file of [...Object.keys(ADAPTERS), ...Object.keys(IMPORT_META), ...PURE.filter((p) => !p.endsWith('/'))])
      expect(tree.has(file), `${file} is named by the architecture test but does not exist`).toBe(true);
    expect(modules().filter((m) => isPure(m.file)).length).toBeGreaterThan(50);
  });

  it('pure modules load no file system, process, terminal or CLI library, directly or indirectly', () => {
    const violations: string[] = [];
    for (const m of modules()) {
      if (!isPure(m.file)) continue;
      for (const [pkg, path] of runtimeReach(tree, m.file)) {
        const why = IMPURE_PACKAGES[pkg] ?? (pkg.startsWith('@inquirer/') ? 'prompts on the terminal' : undefined);
        if (why) violations.push(`${m.file} reaches ${pkg} (${why}): ${path.join(' → ')}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('nothing below bin/ uses process: the Host passed in is the only way out', () => {
    const uses = modules().flatMap((m) => m.processUses.map((line) => `${m.file}:${line}`));
    const imports = modules().flatMap((m) =>
      m.imports.filter((r) => r.target === undefined && packageOf(r.specifier) === 'node:process').map((r) => `${m.file}:${r.line}`),
    );
    expect(uses).toEqual([]);
    expect(imports).toEqual([]);
  });

  it('nothing below bin/ calls process.exit, and bin/ sets the exit code instead of exiting', () => {
    // Covered by the rule above for src/; said outright because it is the rule most often broken.
    const exits = modules().filter((m) => /\bprocess\s*\.\s*exit\s*\(/.test(readFileSync(join(ROOT, m.file), 'utf8')));
    expect(exits.map((m) => m.file)).toEqual([]);
    // process.exit() would cut off output still in a pipe; exitCode lets it drain.
    const bin = readFileSync(join(ROOT, 'bin/parry.js'), 'utf8');
    expect(bin).not.toMatch(/\bprocess\s*\.\s*exit\s*\(/);
    expect(bin).toMatch(/process\.exitCode\s*=/);
  });

  it('import.meta is read only where the package locates itself', () => {
    const uses = modules()
      .filter((m) => m.importMetaUses.length > 0 && !(m.file in IMPORT_META))
      .map((m) => `${m.file}:${m.importMetaUses.join(',')}`);
    expect(uses).toEqual([]);
  });

  it('src/cli.ts is the only module that loads commander', () => {
    const loaders = modules().filter((m) => m.imports.some((r) => !r.typeOnly && r.target === undefined && packageOf(r.specifier) === 'commander'));
    expect(loaders.map((m) => m.file)).toEqual(['src/cli.ts']);
  });

  it('imports flow one way: only the program imports commands, and no command is imported by the core', () => {
    const wrong = modules().flatMap((m) =>
      m.imports
        .filter((r) => r.target?.startsWith('src/commands/') && m.file !== 'src/cli.ts' && !m.file.startsWith('src/commands/'))
        .map((r) => `${m.file}:${r.line} imports ${r.target}`),
    );
    const intoCli = modules().flatMap((m) =>
      m.imports.filter((r) => r.target === 'src/cli.ts').map((r) => `${m.file}:${r.line} imports src/cli.ts`),
    );
    expect([...wrong, ...intoCli]).toEqual([]);
  });

  it('relative imports name an existing .ts file, and every lazy import is a literal', () => {
    const bad = modules().flatMap((m) => [
      ...m.imports
        .filter((r) => r.specifier.startsWith('.') && (!r.specifier.endsWith('.ts') || !targetExists(r)))
        .map((r) => `${m.file}:${r.line} imports ${r.specifier}`),
      ...m.opaqueImports.map((line) => `${m.file}:${line} imports a computed specifier`),
    ]);
    expect(bad).toEqual([]);
  });

  it('importing any module of src/ does no work: no files, output, timers, listeners or exit code', () => {
    const files = modules().map((m) => join(ROOT, m.file));
    const probe = join(ROOT, 'tests/unit/architecture/import-probe.mjs');
    const hooks = join(ROOT, 'tests/unit/architecture/register-ts-hooks.mjs');
    const { NODE_OPTIONS: _ignored, ...env } = process.env;
    const run = spawnSync(process.execPath, ['--import', hooks, probe, ...files], { cwd: ROOT, env, encoding: 'utf8', timeout: 60_000 });
    expect(run.status, run.stderr).toBe(0);
    // The report is the last line: anything a module printed comes before it (and is an effect).
    const last = run.stdout.trimEnd().split('\n').pop() ?? '';
    const report = JSON.parse(last) as { effects: { module: string; what: string; at: string }[]; failed: { module: string; message: string }[] };
    const shown = (file: string) => file.replace(`${ROOT}/`, '');
    expect(report.failed.map((f) => `${shown(f.module)}: ${f.message}`)).toEqual([]);
    expect(report.effects.map((e) => `${shown(e.module)}: ${e.what} ${e.at}`)).toEqual([]);
  });
});
