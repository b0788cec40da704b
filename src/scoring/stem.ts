// Match keys for words: English and Russian words are reduced to their Snowball stems
// (@orama/stemmers), so "offer", "offered" and "offering" match one cue word. Other scripts
// match on their normalised form, Persian in its written register (persian.ts). Which stemmer runs is decided by the word's script, not by
// the answer's language: people mix languages.
import { stemmer as stemEnglish } from '@orama/stemmers/english';
import { stemmer as stemRussian } from '@orama/stemmers/russian';
import { canonicalPersian } from './persian.ts';

const LATIN = /^[a-z][a-z']*$/;
const CYRILLIC = /^[а-я]+$/;
const ARABIC_SCRIPT = /^[\u0600-\u06ff]+$/;

const cache = new Map<string, string>();
const CACHE_MAX = 50_000;

/** The key a (normalised) word is matched by. */
export function wordKey(norm: string): string {
  let key = cache.get(norm);
  if (key !== undefined) return key;
  if (LATIN.test(norm)) key = norm.length > 2 ? stemEnglish(norm) : norm;
  else if (CYRILLIC.test(norm)) key = norm.length > 2 ? stemRussian(norm) : norm;
  else if (ARABIC_SCRIPT.test(norm)) key = canonicalPersian(norm);
  else key = norm;
  if (cache.size < CACHE_MAX) cache.set(norm, key);
  return key;
}
