// The text normalisation the lookup index and queries share. INTERIM: the scorer's
// `src/scoring/normalize.ts` owns normalisation for the whole program; until it lands on main,
// lookup builds against this small stand-in with the same intent. Replace, do not keep both.
//
// Pure. Chinese traditional→simplified is injected (opencc-js is too heavy to load on every lookup).

/** Text → its comparable form. Index and query must go through the same function. */
export type Normalize = (text: string) => string;

/** Traditional → simplified Chinese converter (OpenCC t→s), given by the caller when needed. */
export type HanToSimplified = (text: string) => string;

const ARABIC_FORMS: Readonly<Record<string, string>> = {
  'ي': 'ی', // Arabic yeh → Persian yeh
  'ى': 'ی', // alef maksura
  'ك': 'ک', // Arabic kaf → Persian keheh
  'ة': 'ه',
  'ۀ': 'ه',
  'أ': 'ا',
  'إ': 'ا',
  'ٱ': 'ا',
};

export function createNormalize(hanToSimplified?: HanToSimplified): Normalize {
  return (text) => {
    let s = text.normalize('NFKC').toLowerCase();
    if (hanToSimplified) s = hanToSimplified(s);
    s = s
      .replace(/[يىكةۀأإٱ]/g, (c) => ARABIC_FORMS[c] ?? c)
      .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
      .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
      // ZWNJ, ZWJ, tatweel and Arabic diacritics carry no meaning for matching.
      .replace(/[\u200c\u200d\u0640\u064b-\u065f\u0670]/g, '')
      .replace(/ё/g, 'е')
      .replace(/[\p{P}\p{S}]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    return s;
  };
}
