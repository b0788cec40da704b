// Lookup's comparable form of a string: the program's shared normalisation (`fold`: NFKC, case,
// width, Persian letters and digits, no ZWNJ, ё→е, traditional→simplified Chinese when a
// converter is given), then punctuation removed so only words remain. Index and query must go
// through the same function. Pure.
import { fold } from '../scoring/normalize.ts';

/** Text → its comparable form. */
export type Normalize = (text: string) => string;

/** Traditional → simplified Chinese (the scorer's OpenCC converter, or the build-time table of src/lookup/han.ts). */
export type ToSimplified = (text: string) => string;

/** Words only: apostrophes join ("it's" → "its"), other punctuation and symbols separate. */
export function lookupKey(folded: string): string {
  return folded
    .replace(/['\u2019]/g, '')
    .replace(/[\p{P}\p{S}\s]+/gu, ' ')
    .trim();
}

export function createNormalize(toSimplified?: ToSimplified): Normalize {
  const opts = toSimplified ? { toSimplified } : {};
  return (text) => lookupKey(fold(text, opts));
}
