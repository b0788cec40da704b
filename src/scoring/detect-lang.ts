// The answer's language from its script, when the caller does not say (design §4).
// Han → zh, Cyrillic → ru, Arabic script → fa (Parry's Arabic-script language), Latin → en;
// a few other scripts get their usual language so reports say something sensible.
import type { Lang } from '../playbook/model.ts';

const SCRIPTS: readonly (readonly [RegExp, Lang])[] = [
  [/\p{Script=Han}/gu, 'zh'],
  [/\p{Script=Cyrillic}/gu, 'ru'],
  [/\p{Script=Arabic}/gu, 'fa'],
  [/\p{Script=Latin}/gu, 'en'],
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, 'ja'],
  [/\p{Script=Hangul}/gu, 'ko'],
  [/\p{Script=Greek}/gu, 'el'],
  [/\p{Script=Hebrew}/gu, 'he'],
  [/\p{Script=Devanagari}/gu, 'hi'],
  [/\p{Script=Thai}/gu, 'th'],
];

/**
 * The language whose script has the most letters. A Han character carries about as much as a
 * short word, so it counts three times against alphabetic letters; kana makes Japanese win over Han.
 * Text without letters is `fallback` (English unless the caller says otherwise).
 */
export function detectLang(text: string, fallback: Lang = 'en'): Lang {
  let best: Lang = fallback;
  let bestCount = 0;
  const counts = new Map<Lang, number>();
  for (const [re, lang] of SCRIPTS) {
    re.lastIndex = 0;
    const n = text.match(re)?.length ?? 0;
    if (n > 0) counts.set(lang, n * (lang === 'zh' ? 3 : 1));
  }
  if ((counts.get('ja') ?? 0) > 0 && counts.has('zh')) counts.set('ja', (counts.get('ja') ?? 0) + (counts.get('zh') ?? 0));
  for (const [lang, n] of counts) {
    if (n > bestCount) {
      best = lang;
      bestCount = n;
    }
  }
  return best;
}
