// The built-in cues, compiled at build time (scripts/compile-cues.ts → dist/cues.json), so a
// scorer over the built-in techniques starts without compiling a thousand cues.
import { sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeCues, type EncodedCue } from '../scoring/cue-codec.ts';
import type { CompiledCue } from '../scoring/cues.ts';
import { readBuildJson } from './package-root.ts';

export const BUILTIN_CUES_JSON = 'dist/cues.json';
/** Bumped whenever the compiled form of a cue changes shape. */
export const CUE_FORMAT = 3;

export interface CueBundle {
  readonly format: number;
  readonly cues: readonly EncodedCue[];
}

let cached: readonly CompiledCue[] | null | undefined;

/**
 * The precompiled built-in cues, or undefined. Only the bundle uses them: it was built together
 * with dist/cues.json by the same code, whereas the sources (tests) may have changed since.
 */
export function loadBuiltinCues(): readonly CompiledCue[] | undefined {
  if (cached !== undefined) return cached ?? undefined;
  cached = null;
  if (!fileURLToPath(import.meta.url).includes(`${sep}dist${sep}`)) return undefined;
  const bundle = readBuildJson(BUILTIN_CUES_JSON) as Partial<CueBundle> | null | undefined;
  // Without usable compiled cues (a source checkout that was never built), the scorer compiles them.
  if (bundle?.format !== CUE_FORMAT || !Array.isArray(bundle.cues)) return undefined;
  try {
    cached = decodeCues(bundle.cues);
  } catch {
    // A bundle the codec cannot read: the scorer compiles the cues at run time instead.
  }
  return cached ?? undefined;
}
