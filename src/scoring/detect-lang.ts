// The answer's language from its script, when the caller does not say (design §4).
// Han → zh, Cyrillic → ru, Arabic script → fa (Parry's Arabic-script language), Latin → en;
// a few other scripts get their usual language so reports say something sensible.
import type { Lang } from '../playbook/model.ts';

const enum S {
  None,
  Han,
  Cyrillic,
  Arabic,
  Latin,
  Kana,
  Hangul,
  Greek,
  Hebrew,
  Devanagari,
  Thai,
}
const LANGS: readonly Lang[] = ['', 'zh', 'ru', 'fa', 'en', 'ja', 'ko', 'el', 'he', 'hi', 'th'];

function scriptOf(c: number): S {
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? S.Latin : S.None;
  if (c >= 0x4e00 && c <= 0x9fff) return S.Han;
  if ((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff)) return S.Latin;
  if (c >= 0x0400 && c <= 0x052f) return S.Cyrillic;
  if ((c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff)) return S.Arabic;
  if ((c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x20000 && c <= 0x3134f)) return S.Han;
  if (c >= 0x3040 && c <= 0x30ff) return S.Kana;
  if ((c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff)) return S.Hangul;
  if (c >= 0x0370 && c <= 0x03ff) return S.Greek;
  if (c >= 0x0590 && c <= 0x05ff) return S.Hebrew;
  if (c >= 0x0900 && c <= 0x097f) return S.Devanagari;
  if (c >= 0x0e00 && c <= 0x0e7f) return S.Thai;
  if (c >= 0xff21 && c <= 0xff5a) return S.Latin; // full-width Latin
  return S.None;
}

/**
 * The language whose script has the most letters. A Han character carries about as much as a
 * short word, so it counts three times against alphabetic letters; kana makes Japanese win over
 * Han. Text without letters is `fallback` (English unless the caller says otherwise).
 */
export function detectLang(text: string, fallback: Lang = 'en'): Lang {
  const counts = new Array<number>(LANGS.length).fill(0);
  for (const ch of text) counts[scriptOf(ch.codePointAt(0)!)]! += 1;
  counts[S.Han]! *= 3;
  if (counts[S.Kana]! > 0) counts[S.Kana]! += counts[S.Han]!;
  let best = S.None;
  let bestCount = 0;
  for (let s = 1; s < counts.length; s++) {
    if (counts[s]! > bestCount) {
      best = s as S;
      bestCount = counts[s]!;
    }
  }
  return best === S.None ? fallback : LANGS[best]!;
}
