// Picking the text to show in the reader's language, including traditional Chinese derived
// from simplified (design §2: `zh-Hant` "may be given or is derived from `zh` for display").
// Pure: the simplified→traditional converter is passed in (src/playbook/hant.ts loads one).
import { isTraditionalChinese, pickText, pickVariants } from './localize.ts';
import type { Lang, LocalizedText, LocalizedVariants } from './model.ts';

export type ToTraditional = (simplified: string) => string;

export interface Display {
  /** The language asked for (`--lang`). */
  readonly lang: Lang;
  text(t: LocalizedText | undefined): { lang: Lang; text: string } | undefined;
  variants(v: LocalizedVariants | undefined): { lang: Lang; variants: readonly string[] } | undefined;
}

/** Simplified Chinese tags: what a traditional reader is shown converted. */
export function isSimplifiedChinese(tag: Lang): boolean {
  const parts = tag.toLowerCase().split('-');
  return parts[0] === 'zh' && !isTraditionalChinese(tag);
}

/** Whether showing text in `lang` may need a simplified→traditional converter. */
export function needsTraditional(lang: Lang): boolean {
  return isTraditionalChinese(lang);
}

export function createDisplay(lang: Lang, toTraditional?: ToTraditional): Display {
  const derive = toTraditional && isTraditionalChinese(lang);
  return {
    lang,
    text(t) {
      const picked = pickText(t, lang);
      if (!picked || !derive || !isSimplifiedChinese(picked.lang)) return picked;
      return { lang: 'zh-Hant', text: toTraditional(picked.text) };
    },
    variants(v) {
      const picked = pickVariants(v, lang);
      if (!picked || !derive || !isSimplifiedChinese(picked.lang)) return picked;
      return { lang: 'zh-Hant', variants: picked.variants.map(toTraditional) };
    },
  };
}
