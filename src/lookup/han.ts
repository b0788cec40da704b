// Whether a query needs Chinese traditional→simplified conversion before it can be compared
// with the index. Loading OpenCC costs more than a whole lookup, so it is loaded only when the
// query holds a character that some t→s rule rewrites. The set of such characters is computed
// at build time from OpenCC's dictionaries (scripts/build-lookup.ts). Pure.

const HAN = /\p{Script=Han}/u;

/** True when `text` has a character in `traditionalChars` (or, without that set, any Han character). */
export function needsToSimplified(text: string, traditionalChars: ReadonlySet<string> | undefined): boolean {
  if (!HAN.test(text)) return false;
  if (!traditionalChars) return true; // unknown set: be correct rather than fast
  for (const ch of text) if (traditionalChars.has(ch)) return true;
  return false;
}

/**
 * Characters an OpenCC dictionary may rewrite, from its "source target|source target" entries:
 * every source character that differs from its target at the same position (all of them when
 * the lengths differ). Phrase entries contribute the characters they change, so 乾 in 乾燥 counts.
 */
export function rewrittenChars(dicts: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const dict of dicts) {
    for (const entry of dict.split('|')) {
      const [from = '', to = ''] = entry.split(' ');
      const a = [...from];
      const b = [...to];
      if (a.length !== b.length) for (const ch of a) out.add(ch);
      else a.forEach((ch, i) => ch !== b[i] && out.add(ch));
    }
  }
  return out;
}
