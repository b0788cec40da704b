// The source tree as the architecture test sees it: every module of src/, what it imports (static,
// dynamic, type-only or not), and where it reaches for `process` or `import.meta`. Read with the
// TypeScript parser, not with patterns, so comments, strings and type positions never count.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export interface ImportRef {
  /** As written: `./x.ts`, `node:fs`, `@inquirer/prompts`. */
  readonly specifier: string;
  /** The src/ file a relative import names (repo-relative, `/`-separated); undefined for packages. */
  readonly target: string | undefined;
  /** `import type` / `export type … from`: erased when compiled, so no run-time dependency. */
  readonly typeOnly: boolean;
  /** `import('…')` at run time (lazy), as opposed to a static import. */
  readonly dynamic: boolean;
  readonly line: number;
}

export interface SourceModule {
  /** Repo-relative path with `/`: `src/commands/list.ts`. */
  readonly file: string;
  readonly imports: readonly ImportRef[];
  /** Lines where the global `process` is used as a value (`process.env`, `globalThis.process`, …). */
  readonly processUses: readonly number[];
  /** Lines where `import.meta` is used. */
  readonly importMetaUses: readonly number[];
  /** Dynamic imports whose specifier is not a string literal (cannot be checked). */
  readonly opaqueImports: readonly number[];
}

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

const toPosix = (p: string) => p.split('\\').join('/');

export function sourceFiles(dir = join(ROOT, 'src')): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out.sort();
}

/** Package name of a bare specifier, with `node:` added to built-ins: `node:fs`, `chalk`, `@inquirer/prompts`. */
export function packageOf(specifier: string): string {
  if (specifier.startsWith('node:')) return specifier.split('/')[0] as string;
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] as string);
  return BUILTINS.has(name) ? `node:${name}` : name;
}

const BUILTINS = new Set(['fs', 'path', 'os', 'process', 'child_process', 'readline', 'net', 'http', 'https', 'tty', 'url', 'stream', 'module', 'worker_threads', 'util', 'events', 'crypto']);

function isInTypePosition(node: ts.Node): boolean {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    if (ts.isTypeNode(n) || ts.isInterfaceDeclaration(n) || ts.isTypeAliasDeclaration(n)) return true;
    if (ts.isStatement(n)) return false;
  }
  return false;
}

/** An identifier `process` that reads the global, not a property or a name being declared. */
function isGlobalProcess(node: ts.Identifier): boolean {
  if (node.text !== 'process') return false;
  const p = node.parent;
  if (ts.isPropertyAccessExpression(p) && p.name === node) return ts.isIdentifier(p.expression) && p.expression.text === 'globalThis';
  if (ts.isQualifiedName(p) || ts.isImportSpecifier(p) || ts.isExportSpecifier(p)) return false;
  if ((ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p) || ts.isPropertySignature(p) || ts.isMethodDeclaration(p)) && p.name === node) return false;
  if ((ts.isVariableDeclaration(p) || ts.isParameter(p) || ts.isFunctionDeclaration(p) || ts.isBindingElement(p)) && p.name === node) return false;
  return !isInTypePosition(node);
}

export function readModule(path: string): SourceModule {
  const text = readFileSync(path, 'utf8');
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const lineOf = (node: ts.Node) => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
  const imports: ImportRef[] = [];
  const processUses: number[] = [];
  const importMetaUses: number[] = [];
  const opaqueImports: number[] = [];
  const add = (specifier: string, node: ts.Node, typeOnly: boolean, dynamic: boolean) => {
    const target = specifier.startsWith('.') ? toPosix(relative(ROOT, resolve(dirname(path), specifier))) : undefined;
    imports.push({ specifier, target, typeOnly, dynamic, line: lineOf(node) });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      // With verbatimModuleSyntax, only `import type` is erased; `import { type X }` still loads the module.
      add(node.moduleSpecifier.text, node, node.importClause?.isTypeOnly === true, false);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      add(node.moduleSpecifier.text, node, node.isTypeOnly, false);
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteralLike(arg)) add(arg.text, node, false, true);
      else opaqueImports.push(lineOf(node));
    } else if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'require') {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteralLike(arg)) add(arg.text, node, false, false);
      else opaqueImports.push(lineOf(node));
    } else if (ts.isMetaProperty(node) && node.keywordToken === ts.SyntaxKind.ImportKeyword) {
      importMetaUses.push(lineOf(node));
    } else if (ts.isIdentifier(node) && isGlobalProcess(node)) {
      processUses.push(lineOf(node));
    } else if (
      ts.isElementAccessExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'globalThis' &&
      ts.isStringLiteralLike(node.argumentExpression) &&
      node.argumentExpression.text === 'process'
    ) {
      processUses.push(lineOf(node));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { file: toPosix(relative(ROOT, path)), imports, processUses, importMetaUses, opaqueImports };
}

export function readSourceTree(): Map<string, SourceModule> {
  return new Map(sourceFiles().map((f) => readModule(f)).map((m) => [m.file, m]));
}

/** Whether a relative import names a file that exists. */
export function targetExists(ref: ImportRef): boolean {
  return ref.target !== undefined && existsSync(join(ROOT, ref.target));
}

/**
 * Every package a module can load at run time, through any chain of run-time imports inside src/
 * (static and lazy alike: a lazy import is still a dependency), with one path that leads to each.
 */
export function runtimeReach(tree: ReadonlyMap<string, SourceModule>, start: string): Map<string, string[]> {
  const reached = new Map<string, string[]>();
  const seen = new Set<string>([start]);
  const queue: { file: string; path: string[] }[] = [{ file: start, path: [start] }];
  while (queue.length > 0) {
    const { file, path } = queue.shift() as { file: string; path: string[] };
    for (const ref of tree.get(file)?.imports ?? []) {
      if (ref.typeOnly) continue;
      if (ref.target === undefined) {
        const pkg = packageOf(ref.specifier);
        if (!reached.has(pkg)) reached.set(pkg, [...path, ref.specifier]);
      } else if (!seen.has(ref.target)) {
        seen.add(ref.target);
        queue.push({ file: ref.target, path: [...path, ref.target] });
      }
    }
  }
  return reached;
}
