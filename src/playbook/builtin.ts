// The built-in playbooks. `npm run build` compiles playbooks/**/*.yaml to dist/builtin.json
// (scripts/compile-builtins.ts) so commands that only read them never parse YAML at run time.
import { readFileSync, readdirSync, realpathSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Playbook } from './model.ts';
import { packageRoot } from './package-root.ts';
import { toPlaybook } from './to-model.ts';

export const BUILTIN_JSON = 'dist/builtin.json';
/** The same without the techniques' cues: for commands that never score (lookup, list, completion). */
export const BUILTIN_LEAN_JSON = 'dist/builtin-lean.json';

export function builtinYamlFiles(root: string = packageRoot()): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.ya?ml$/.test(entry.name)) out.push(path);
    }
  };
  walk(join(root, 'playbooks'));
  // The core vocabulary first: every other playbook refers to it.
  return out.sort((a, b) => Number(!a.includes(`${join('playbooks', 'core')}`)) - Number(!b.includes(`${join('playbooks', 'core')}`)));
}

/** Read the compiled built-ins; in a source checkout that was never built, parse the YAML instead. */
export async function loadBuiltinPlaybooks(opts: { cues?: boolean } = {}): Promise<Playbook[]> {
  const root = packageRoot();
  try {
    // Thousands of cue strings are most of the file: a command that never scores skips them.
    return JSON.parse(readFileSync(join(root, opts.cues === false ? BUILTIN_LEAN_JSON : BUILTIN_JSON), 'utf8')) as Playbook[];
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  // yaml is CommonJS: its bundled chunk has only a default export (Node's import has it too).
  const { parse } = (await import('yaml')).default;
  return builtinYamlFiles(root).map((file) =>
    toPlaybook(parse(readFileSync(file, 'utf8')), { file: relative(root, file), builtin: true }),
  );
}

/**
 * The built-ins minus those whose source file is itself being loaded: `parry validate playbooks/`
 * inside this repository (or an installed package) checks those files, not two copies of them.
 */
export function withoutShadowedBuiltins(builtins: readonly Playbook[], loadedFiles: readonly string[]): Playbook[] {
  if (loadedFiles.length === 0) return [...builtins];
  const real = (p: string): string => {
    try {
      return realpathSync(p);
    } catch {
      return resolve(p);
    }
  };
  const loaded = new Set(loadedFiles.map(real));
  const root = packageRoot();
  return builtins.filter((pb) => pb.file === undefined || !loaded.has(real(join(root, pb.file))));
}
