// Module hooks for the import probe: TypeScript sources are compiled by esbuild as the build
// compiles them (verbatimModuleSyntax, the version constant defined). They run on Node's hooks
// thread, so the file reads of loading never show up among the probed module's own actions.
import { readFile } from 'node:fs/promises';
import { transform } from 'esbuild';

export async function load(url, context, nextLoad) {
  if (!url.startsWith('file:') || !url.endsWith('.ts')) return nextLoad(url, context);
  const source = await readFile(new URL(url), 'utf8');
  const { code } = await transform(source, {
    loader: 'ts',
    format: 'esm',
    target: 'node20',
    sourcefile: url,
    tsconfigRaw: { compilerOptions: { verbatimModuleSyntax: true } },
    define: { __PARRY_VERSION__: '"0.0.0-probe"' },
  });
  return { format: 'module', source: code, shortCircuit: true };
}
