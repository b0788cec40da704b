// Load the playbooks a command works on: the built-ins (unless --no-builtin) and every
// --playbook path (file or folder). Problems come back as values; the command decides
// what they mean (most commands print them and exit 2; `validate` reports them as findings).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import { buildCatalog } from './catalog.ts';
import { loadBuiltinPlaybooks } from './builtin.ts';
import type { Catalog, Playbook } from './model.ts';
import { toPlaybook } from './to-model.ts';

export interface LoadProblem {
  readonly file: string;
  readonly code: 'unreadable' | 'no-playbooks' | 'yaml-syntax';
  readonly message: string;
}

export interface LoadOptions {
  readonly paths: readonly string[];
  readonly builtin: boolean;
  readonly cwd: string;
}

const YAML_FILE = /\.ya?ml$/i;

/** Expand files and folders (recursively) into YAML files, sorted for stable output. */
export function expandPaths(paths: readonly string[], cwd: string): { files: string[]; problems: LoadProblem[] } {
  const files: string[] = [];
  const problems: LoadProblem[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (YAML_FILE.test(entry.name)) files.push(path);
    }
  };
  for (const p of paths) {
    const abs = resolve(cwd, p);
    try {
      if (statSync(abs).isDirectory()) {
        const before = files.length;
        walk(abs);
        if (files.length === before)
          problems.push({ file: p, code: 'no-playbooks', message: `no .yaml or .yml files in ${p}` });
      } else files.push(abs);
    } catch (err) {
      problems.push({ file: p, code: 'unreadable', message: `cannot read ${p}: ${(err as NodeJS.ErrnoException).code ?? String(err)}` });
    }
  }
  return { files: [...new Set(files)], problems };
}

export async function loadCatalog(opts: LoadOptions): Promise<{ catalog: Catalog; problems: LoadProblem[] }> {
  const playbooks: Playbook[] = opts.builtin ? await loadBuiltinPlaybooks() : [];
  const { files, problems } = expandPaths(opts.paths, opts.cwd);
  if (files.length > 0) {
    // Imported only when a file is not JSON. yaml is CommonJS: its bundled chunk has only a default
    // export (Node's import has it too).
    let parseDocument: typeof import('yaml').parseDocument | undefined;
    const parseDocumentLazily = async () => (parseDocument ??= (await import('yaml')).default.parseDocument);
    for (const file of files) {
      const shown = relative(opts.cwd, file) || file;
      let source: string;
      try {
        source = readFileSync(file, 'utf8');
      } catch (err) {
        problems.push({ file: shown, code: 'unreadable', message: `cannot read ${shown}: ${(err as NodeJS.ErrnoException).code ?? String(err)}` });
        continue;
      }
      // JSON is YAML too, but JSON.parse reads a large eval set many times faster; anything it
      // rejects goes through the YAML parser, which says where the problem is.
      if (/\.json$/i.test(file)) {
        try {
          playbooks.push(toPlaybook(JSON.parse(source), { file: shown, fallbackId: basename(file, extname(file)) }));
          continue;
        } catch {
          // fall through
        }
      }
      const doc = (await parseDocumentLazily())(source, { prettyErrors: true });
      const first = doc.errors[0];
      if (first) {
        const at = first.linePos?.[0];
        problems.push({ file: shown, code: 'yaml-syntax', message: `${shown}${at ? `:${at.line}:${at.col}` : ''}: ${first.message.split('\n')[0]}` });
        continue;
      }
      let data: unknown;
      try {
        data = doc.toJS({ maxAliasCount: 100 });
      } catch (err) {
        problems.push({ file: shown, code: 'yaml-syntax', message: `${shown}: ${(err as Error).message}` });
        continue;
      }
      playbooks.push(toPlaybook(data, { file: shown, fallbackId: basename(file, extname(file)) }));
    }
  }
  return { catalog: buildCatalog(playbooks), problems };
}
