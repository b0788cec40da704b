// Build step for a fast `parry lookup` (design §9): run after compile-builtins by scripts/build.mjs.
// Writes, from dist/builtin.json:
// - dist/lookup-index.json   the normalised search index of the built-in objections;
// - dist/builtin-hant.json   traditional Chinese (Taiwan, Hong Kong) of every simplified string,
//                            so `--lang zh-TW` never loads OpenCC for built-in text;
// - dist/han-traditional.txt the characters a t→s conversion may rewrite, so a query without
//                            them is normalised without OpenCC.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCatalog } from '../src/playbook/catalog.ts';
import { BUILTIN_JSON } from '../src/playbook/builtin.ts';
import { BUILTIN_HANT_JSON, loadOpenccToTraditional } from '../src/playbook/hant.ts';
import { toSimplified } from '../src/scoring/han.ts';
import type { Playbook } from '../src/playbook/model.ts';
import { isSimplifiedChinese } from '../src/playbook/display.ts';
import { packageRoot } from '../src/playbook/package-root.ts';
import { buildHanTable } from '../src/lookup/han.ts';
import { buildIndex, serializeIndex } from '../src/lookup/index.ts';
import { createNormalize } from '../src/lookup/normalize.ts';
import { HAN_TABLE_JSON, LOOKUP_INDEX_JSON } from '../src/lookup/files.ts';
import CJKCompatibility from 'opencc-js/dict/CJK_Compatibility_Ideographs';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import HKVariantsRevPhrases from 'opencc-js/dict/HKVariantsRevPhrases';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import TWVariantsRevPhrases from 'opencc-js/dict/TWVariantsRevPhrases';

// CJK unified ideographs (with extension A), compatibility ideographs, and the supplementary planes.
const HAN_RANGES: readonly (readonly [number, number])[] = [
  [0x2e80, 0x2fdf],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
  [0x20000, 0x3134f],
];

const root = packageRoot();
const playbooks = JSON.parse(readFileSync(join(root, BUILTIN_JSON), 'utf8')) as Playbook[];
const catalog = buildCatalog(playbooks);

// 1. The index.
// The index uses the program's own normalisation and OpenCC converter (src/scoring/).
const normalize = createNormalize(toSimplified);
const index = buildIndex(catalog.objections, normalize);
writeFileSync(join(root, LOOKUP_INDEX_JSON), JSON.stringify(serializeIndex(index)));

// 2. Traditional Chinese for every simplified string in the built-ins (only those that change).
const NOT_SHOWN = new Set(['cues', 'cases']);
const simplified = new Set<string>();
const walk = (v: unknown, key?: string): void => {
  if (Array.isArray(v)) for (const x of v) walk(x, key);
  else if (typeof v === 'string') {
    if (key !== undefined && isSimplifiedChinese(key)) simplified.add(v);
  } else if (v && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) if (!NOT_SHOWN.has(k)) walk(x, k); // cues and cases are never displayed
};
walk(playbooks);
const table: Record<string, Record<string, string>> = {};
for (const region of ['tw', 'hk'] as const) {
  const toHant = await loadOpenccToTraditional(region);
  const out: Record<string, string> = {};
  for (const s of [...simplified].sort()) {
    const t = toHant(s);
    if (t !== s) out[s] = t;
  }
  table[region] = out;
}
writeFileSync(join(root, BUILTIN_HANT_JSON), JSON.stringify(table));

// 3. Traditional→simplified by table for queries (src/lookup/han.ts): every Han character
//    through the same converter the normalisation uses, and the phrases of OpenCC's dictionaries
//    (Taiwan and Hong Kong variants included) to find the characters that need their context.
const codePoints = function* () {
  for (const [lo, hi] of HAN_RANGES) for (let cp = lo; cp <= hi; cp++) yield cp;
};
const phrases = [TSPhrases, TWVariantsRevPhrases, HKVariantsRevPhrases, TSCharacters, TWVariantsRev, HKVariantsRev, CJKCompatibility]
  .flatMap((dict) => dict.split('|').map((entry) => entry.split(' ')[0] ?? ''))
  .filter((phrase) => [...phrase].length > 1);
const han = buildHanTable(toSimplified, codePoints(), phrases);
writeFileSync(join(root, HAN_TABLE_JSON), JSON.stringify(han));

console.log(
  `lookup: ${index.text.length} index entries for ${index.ids.length} objections; ` +
    `${Object.keys(table.tw ?? {}).length} traditional strings; t→s table of ${Object.keys(han.chars).length} characters, ` +
    `${[...han.context].length} needing context`,
);
