// Simplified → traditional Chinese for display (OpenCC, via opencc-js), loaded only when a command
// needs it: the dictionaries take ~190 ms to load, more than a whole lookup. (The other direction,
// for matching, is the scorer's: src/scoring/han.ts.)
// For the built-in playbooks the traditional text is computed at build time
// (dist/builtin-hant.json, scripts/build-lookup.ts); OpenCC is loaded at run time only for
// text that table does not cover (user playbooks).
import { createDisplay, needsTraditional, type Display } from './display.ts';
import type { Catalog, Lang } from './model.ts';
import { packageRoot, readBuildJson } from './package-root.ts';

export const BUILTIN_HANT_JSON = 'dist/builtin-hant.json';

/** Regional standard of the traditional text: Hong Kong and Macau differ from Taiwan in places. */
export type HantRegion = 'tw' | 'hk';

export function hantRegion(lang: Lang): HantRegion {
  return /-(hk|mo)\b/i.test(lang) ? 'hk' : 'tw';
}

/** The build-time table: simplified → traditional, only strings that change. */
export type HantTable = Readonly<Record<HantRegion, Readonly<Record<string, string>>>>;

/** Undefined in a source checkout that was never built: OpenCC does the work then. */
function readBuiltinHantTable(root: string = packageRoot()): HantTable | undefined {
  return readBuildJson(BUILTIN_HANT_JSON, root) as HantTable | undefined;
}

/** OpenCC simplified → traditional for a region. */
export async function loadOpenccToTraditional(region: HantRegion): Promise<(s: string) => string> {
  const { Converter } = await import('opencc-js/cn2t');
  return Converter({ from: 'cn', to: region });
}

/**
 * A simplified → traditional converter for `lang`. With `coveredByTable` (every string to show
 * comes from the built-ins) the table alone answers; a string not in it did not change.
 * Otherwise OpenCC is loaded and the table is only a cache.
 */
export async function loadToTraditional(
  lang: Lang,
  opts: { coveredByTable: boolean; root?: string },
): Promise<(s: string) => string> {
  const region = hantRegion(lang);
  const table = readBuiltinHantTable(opts.root)?.[region];
  if (table && opts.coveredByTable) return (s) => table[s] ?? s;
  const opencc = await loadOpenccToTraditional(region);
  return (s) => table?.[s] ?? opencc(s);
}

/**
 * How to show the catalog's text in `lang`: with a converter to traditional Chinese when the
 * reader wants traditional script (the build-time table alone when everything shown is built in).
 */
export async function loadDisplay(catalog: Catalog, lang: Lang): Promise<Display> {
  const toTraditional = needsTraditional(lang)
    ? await loadToTraditional(lang, { coveredByTable: catalog.playbooks.every((p) => p.builtin) })
    : undefined;
  return createDisplay(lang, toTraditional);
}
