import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/**
 * The installed package's folder: the nearest ancestor of this module holding `package.json`
 * and `playbooks/`. Works from `src/` (tests), from `dist/` (the bundle) and from a tarball install.
 */
export function packageRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'playbooks'))) return (cached = dir);
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the parry package folder (is the install complete?)');
    dir = parent;
  }
}

/**
 * A JSON file the build wrote into the package (dist/…), or undefined when it is missing or not
 * JSON: every such file is an optimisation, and its reader falls back to computing the data.
 */
export function readBuildJson(relative: string, root: string = packageRoot()): unknown {
  try {
    return JSON.parse(readFileSync(join(root, relative), 'utf8'));
  } catch {
    return undefined;
  }
}
