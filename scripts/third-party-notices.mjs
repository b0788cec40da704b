// Build step: the licence texts of every package esbuild bundled into dist/.
// The published package has no runtime `dependencies` (everything is in the bundle), so the
// copyright notices the MIT/ISC/Apache licences ask us to keep must travel inside dist/.
// Which packages: exactly those esbuild's metafile says it read, so the list cannot drift.
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Package folders (relative to the project) whose code is in the outputs of esbuild metafiles. */
export function bundledPackageDirs(metafiles) {
  // Outputs, not inputs: `inputs` also lists modules that tree shaking dropped entirely.
  const inputs = metafiles.flatMap((m) =>
    Object.values(m.outputs).flatMap((o) => Object.entries(o.inputs).filter(([, v]) => v.bytesInOutput > 0).map(([k]) => k)),
  );
  const dirs = new Set();
  for (const input of inputs) {
    // The last node_modules segment names the package that owns the file (nested installs too).
    const matches = [...input.matchAll(/(?:^|\/)(node_modules\/(?:@[^/]+\/)?[^/]+)\//g)];
    const last = matches.at(-1);
    if (last) dirs.add(input.slice(0, last.index + last[0].length - 1).replace(/^\//, ''));
  }
  return [...dirs];
}

function licenceTexts(dir) {
  const texts = [];
  for (const name of readdirSync(dir).sort()) {
    if (!/^licen[cs]es?(\.(md|txt))?$/i.test(name)) continue;
    const path = join(dir, name);
    // opencc-js keeps a second licence (Apache-2.0, for the OpenCC dictionaries) in a folder.
    const files = statSync(path).isDirectory() ? readdirSync(path).sort().map((f) => join(path, f)) : [path];
    for (const file of files) texts.push(readFileSync(file, 'utf8').trim());
  }
  return texts;
}

/**
 * Write `outfile` listing each bundled package (name, version, licence id) with its licence text.
 * `metafiles`: the main bundle's, plus any a build step left in dist/.meta/ (a step that bundles
 * code of its own, such as a compiled validator, writes its esbuild metafile there).
 */
export function writeThirdPartyNotices(metafiles, rootDir, outfile) {
  const entries = bundledPackageDirs(metafiles)
    .map((rel) => {
      const dir = join(rootDir, rel);
      const pkgFile = join(dir, 'package.json');
      if (!existsSync(pkgFile)) throw new Error(`third-party notices: no package.json in ${rel}`);
      const pkg = JSON.parse(readFileSync(pkgFile, 'utf8'));
      const texts = licenceTexts(dir);
      if (texts.length === 0 && !pkg.license) throw new Error(`third-party notices: ${pkg.name} has no licence`);
      return { name: pkg.name, version: pkg.version, license: pkg.license ?? 'see text', texts };
    })
    .sort((a, b) => (a.name === b.name ? a.version.localeCompare(b.version) : a.name.localeCompare(b.name)));
  const seen = new Set();
  const parts = ['Parry bundles the following packages into dist/. Their licences follow.\n'];
  for (const e of entries) {
    const key = `${e.name}@${e.version}`;
    if (seen.has(key)) continue;
    seen.add(key);
    parts.push(`${'='.repeat(72)}\n${key} (${e.license})\n${'='.repeat(72)}\n\n${e.texts.join('\n\n') || `License: ${e.license}`}\n`);
  }
  writeFileSync(outfile, parts.join('\n'));
  return seen.size;
}

/** Metafiles build steps left in `dir` (then removed: they are not for the package). */
export function takeStepMetafiles(dir) {
  if (!existsSync(dir)) return [];
  const metafiles = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));
  rmSync(dir, { recursive: true, force: true });
  return metafiles;
}
