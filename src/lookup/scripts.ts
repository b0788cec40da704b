// Which writing systems a normalised string uses, as bits. Two strings that share no script
// cannot match by any pass (exact, substring, word or fuzzy), so search skips those pairs.
export const LATIN = 1;
export const CYRILLIC = 2;
export const ARABIC = 4;
export const HAN = 8;
/** Digits, other scripts: compared with everything of the same kind. */
export const OTHER = 16;

export function scriptsOf(text: string): number {
  let bits = 0;
  if (/[a-z]/.test(text)) bits |= LATIN;
  if (/\p{Script=Cyrillic}/u.test(text)) bits |= CYRILLIC;
  if (/\p{Script=Arabic}/u.test(text)) bits |= ARABIC;
  if (/\p{Script=Han}/u.test(text)) bits |= HAN;
  if (/[^a-z\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Han} ]/u.test(text)) bits |= OTHER;
  return bits;
}
