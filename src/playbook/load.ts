// Load the playbooks a command works on: the built-ins (unless --no-builtin) and every
// --playbook path (file, folder or glob). Problems come back as values; the command decides
// what they mean (most commands print them and exit 2; `validate` reports them as findings).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import type { Code } from '../validate/codes.ts';
import { buildCatalog } from './catalog.ts';
import { loadBuiltinPlaybooks, withoutShadowedBuiltins } from './builtin.ts';
import { globToRegExp, hasGlob, splitGlob } from './glob.ts';
import type { Catalog, Playbook } from './model.ts';
import { toPlaybook } from './to-model.ts';

export interface LoadProblem {
  readonly file: string;
  /** `unreadable` and `no-playbooks` for paths; a validation code for a file that cannot be used. */
  readonly code: 'unreadable' | 'no-playbooks' | 'yaml-syntax' | Code;
  /** One line, starting with the file (and line:col when known). */
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
}

export interface LoadOptions {
  readonly paths: readonly string[];
  readonly builtin: boolean;
  readonly cwd: string;
  /** False when the command never scores: the built-ins are read without their cues (start-up). */
  readonly cues?: boolean;
}

/** Bigger than any playbook needs (10,000 objections are about 11 MB); beyond it a file is refused unread. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

const YAML_FILE = /\.ya?ml$/i;

function walk(dir: string, visit: (path: string, name: string) => void): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, visit);
    else if (entry.isFile()) visit(path, entry.name);
  }
}

const errCode = (err: unknown) => (err as NodeJS.ErrnoException).code ?? String(err);

/** Expand files, folders (recursively: their .yaml/.yml files) and globs, in the order given. */
export function expandPaths(paths: readonly string[], cwd: string): { files: string[]; problems: LoadProblem[] } {
  const files: string[] = [];
  const problems: LoadProblem[] = [];
  for (const p of paths) {
    const before = files.length;
    if (hasGlob(p) && !safeExists(resolve(cwd, p))) {
      const { base, rest } = splitGlob(p);
      const root = resolve(cwd, base);
      const re = globToRegExp(rest);
      try {
        walk(root, (path) => {
          if (re.test(relative(root, path).split('\\').join('/'))) files.push(path);
        });
      } catch (err) {
        if (errCode(err) !== 'ENOENT') problems.push({ file: p, code: 'unreadable', message: `cannot read ${base}: ${errCode(err)}` });
      }
      if (files.length === before) problems.push({ file: p, code: 'no-playbooks', message: `no files match ${p}` });
      continue;
    }
    const abs = resolve(cwd, p);
    try {
      if (statSync(abs).isDirectory()) {
        walk(abs, (path, name) => {
          if (YAML_FILE.test(name)) files.push(path);
        });
        if (files.length === before) problems.push({ file: p, code: 'no-playbooks', message: `no .yaml or .yml files in ${p}` });
      } else files.push(abs);
    } catch (err) {
      problems.push({ file: p, code: 'unreadable', message: `cannot read ${p}: ${errCode(err)}` });
    }
  }
  return { files: [...new Set(files)], problems };
}

function safeExists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

export interface SourceRead {
  /** The path as shown to the user: relative to the working folder when inside it. */
  readonly shown: string;
  readonly abs: string;
  /** The file's bytes; absent when it is over MAX_FILE_BYTES (see `size`). */
  readonly bytes?: Uint8Array;
  readonly size: number;
}

export function showPath(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  return rel === '' || rel.startsWith('..') ? abs : rel.split('\\').join('/');
}

/** Read every file the paths name. Files over MAX_FILE_BYTES are listed unread. */
export function readSources(paths: readonly string[], cwd: string): { sources: SourceRead[]; problems: LoadProblem[] } {
  const { files, problems } = expandPaths(paths, cwd);
  const sources: SourceRead[] = [];
  for (const abs of files) {
    const shown = showPath(abs, cwd);
    try {
      const { size } = statSync(abs);
      if (size > MAX_FILE_BYTES) {
        sources.push({ shown, abs, size });
        continue;
      }
      sources.push({ shown, abs, bytes: readFileSync(abs), size });
    } catch (err) {
      problems.push({ file: shown, code: 'unreadable', message: `cannot read ${shown}: ${errCode(err)}` });
    }
  }
  return { sources, problems };
}

/** The id a file without `id:` gets: its name without extension. */
export function fallbackId(abs: string): string {
  return basename(abs, extname(abs));
}

export async function loadCatalog(opts: LoadOptions): Promise<{ catalog: Catalog; problems: LoadProblem[] }> {
  const { sources, problems } = readSources(opts.paths, opts.cwd);
  const playbooks: Playbook[] = opts.builtin
    ? withoutShadowedBuiltins(await loadBuiltinPlaybooks({ cues: opts.cues !== false }), sources.map((s) => s.abs))
    : [];
  for (const src of sources) {
    if (!src.bytes) {
      problems.push({ file: src.shown, code: 'file-too-large', message: `${src.shown}: ${src.size} bytes is more than a playbook can be (${MAX_FILE_BYTES} bytes)` });
      continue;
    }
    // JSON is YAML too, but JSON.parse reads a large eval set many times faster; anything it
    // rejects goes through the YAML reader, which says where the problem is.
    if (/\.json$/i.test(src.abs)) {
      try {
        playbooks.push(toPlaybook(JSON.parse(new TextDecoder().decode(src.bytes)), { file: src.shown, fallbackId: fallbackId(src.abs) }));
        continue;
      } catch {
        // fall through
      }
    }
    // The YAML reader (js-yaml and the checks) loads only when there is a file to read: lookup and
    // list on the built-ins alone stay within their start-up budget.
    const { analyseSource } = await import('../validate/source.ts');
    const analysed = analyseSource(src.shown, src.bytes, fallbackId(src.abs));
    if (analysed.file) {
      playbooks.push(analysed.file.playbook);
      continue;
    }
    // The file cannot be used: say why, with the first error's position.
    const first = analysed.findings.find((f) => f.severity === 'error') ?? analysed.findings[0];
    if (first)
      problems.push({
        file: src.shown,
        code: first.code as Code,
        message: `${src.shown}:${first.line}:${first.column}: ${first.message}`,
        line: first.line,
        column: first.column,
      });
  }
  return { catalog: buildCatalog(playbooks), problems };
}
