// Chinese traditional→simplified for lookup queries without loading OpenCC on every lookup.
// OpenCC takes 10–20 ms to build its converter, more than the rest of a lookup. At build time
// (scripts/build-lookup.ts) the converter is run over every Han character and every phrase of
// its dictionaries; the result is a character table and the short list of characters whose
// conversion depends on the phrase around them. A query made only of characters the table
// covers is converted by the table, which gives exactly what OpenCC would; a query with a
// context-dependent character gets OpenCC itself. Pure.

export interface HanTable {
  /** Traditional character → what the converter makes of it alone (only characters that change). */
  readonly chars: Readonly<Record<string, string>>;
  /** Characters some phrase converts differently from the character alone. */
  readonly context: string;
}

const HAN = /\p{Script=Han}/u;

/** What converting `text` to simplified needs: nothing, the table, or OpenCC. */
export function simplifiedNeeds(text: string, table: HanTable | undefined): 'none' | 'table' | 'opencc' {
  if (!HAN.test(text)) return 'none';
  if (!table) return 'opencc'; // no build-time table: be correct rather than fast
  let need: 'none' | 'table' = 'none';
  for (const ch of text) {
    if (table.context.includes(ch)) return 'opencc';
    if (Object.hasOwn(table.chars, ch)) need = 'table';
  }
  return need;
}

/** The table as a converter (code point by code point, so lengths and offsets are kept). */
export function tableToSimplified(table: HanTable): (text: string) => string {
  return (text) => {
    let out = '';
    for (const ch of text) out += Object.hasOwn(table.chars, ch) ? (table.chars[ch] as string) : ch;
    return out;
  };
}

/**
 * Build the table from a converter: `codePoints` are the characters to try, `phrases` the
 * dictionary phrases whose in-context conversion may differ from character-by-character.
 */
export function buildHanTable(
  convert: (text: string) => string,
  codePoints: Iterable<number>,
  phrases: Iterable<string>,
): HanTable {
  const chars: Record<string, string> = {};
  for (const cp of codePoints) {
    const ch = String.fromCodePoint(cp);
    const out = convert(ch);
    if (out !== ch) chars[ch] = out;
  }
  const byTable = tableToSimplified({ chars, context: '' });
  const context = new Set<string>();
  for (const phrase of phrases) {
    const exact = [...convert(phrase)];
    const approx = [...byTable(phrase)];
    const src = [...phrase];
    if (exact.length !== approx.length) src.forEach((ch) => HAN.test(ch) && context.add(ch));
    else exact.forEach((ch, i) => ch !== approx[i] && context.add(src[i] as string));
  }
  return { chars, context: [...context].sort().join('') };
}
