// Build: bundle src/ into dist/ (code-split, so each command loads only what it needs),
// then run the build-time steps (compiled built-in playbooks).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url);
const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

// Bundled CommonJS dependencies call require() for Node built-ins; ESM has none, so give them one.
const banner = "import { createRequire as __parryCreateRequire } from 'node:module'; const require = __parryCreateRequire(import.meta.url);";

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  define: { __PARRY_VERSION__: JSON.stringify(version) },
  banner: { js: banner },
  logLevel: 'warning',
  legalComments: 'none',
};

rmSync(new URL('dist', root), { recursive: true, force: true });
mkdirSync(new URL('dist', root));
// bin/parry.js answers --version from this alone, without loading the program.
writeFileSync(new URL('dist/version.js', root), `export const version = ${JSON.stringify(version)};\n`);

await build({
  ...common,
  entryPoints: { cli: 'src/cli.ts' },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  // Dev-only packages never belong in the runtime bundle.
  external: ['@lydell/node-pty', 'vitest', 'fast-check'],
});

// Build-time steps: bundled to a temporary module, then run with node.
for (const step of ['compile-builtins', 'compile-cues', 'build-lookup']) {
  const outfile = `dist/.build/${step}.mjs`;
  await build({ ...common, entryPoints: [`scripts/${step}.ts`], outfile, external: ['yaml', 'ajv', 'opencc-js'] });
  execFileSync(process.execPath, [outfile], { stdio: 'inherit', cwd: new URL('.', root) });
}
rmSync(new URL('dist/.build', root), { recursive: true, force: true });
