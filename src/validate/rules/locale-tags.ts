// Language keys that are well-formed but wrong: country codes used as languages (`cn` for
// Chinese is the classic) and tags Intl rejects. Malformed tags are the schema's finding. Pure.
import { findingAtPath } from '../at.ts';
import { forEachLangValue } from '../shape.ts';
import { contentRule, type ContentCheck } from './content.ts';

const PATTERN = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
/** Language, optional script, optional region: well-formed without asking Intl (whose first call loads ICU data). */
const SIMPLE = /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|\d{3}))?$/;

/** Country or vendor codes people write for a language, none of them a language code itself. */
const MISTAKES: Record<string, string> = {
  cn: 'zh',
  chs: 'zh',
  cht: 'zh-Hant',
  jp: 'ja',
  kr: 'ko',
  ua: 'uk',
  ir: 'fa',
  gr: 'el',
  dk: 'da',
  cz: 'cs',
  vn: 'vi',
  us: 'en',
  gb: 'en',
};

/** What is wrong with a tag, if anything; a file repeats a handful of tags thousands of times, so cached. */
const verdicts = new Map<string, string | undefined>();
function verdict(tag: string): string | undefined {
  if (verdicts.has(tag)) return verdicts.get(tag);
  let message: string | undefined;
  const fix = MISTAKES[tag.split('-')[0]!.toLowerCase()];
  if (!PATTERN.test(tag)) message = undefined; // malformed: the schema's finding
  else if (fix) message = `\`${tag}\` is not a language code (it is a country or vendor code); write \`${fix}\`.`;
  else if (!SIMPLE.test(tag)) {
    try {
      Intl.getCanonicalLocales(tag);
    } catch {
      message = `\`${tag}\` is not a valid BCP 47 language tag; use tags such as \`en\`, \`zh-Hant\`, \`pt-BR\`.`;
    }
  }
  verdicts.set(tag, message);
  return message;
}

export const localeTagsCheck: ContentCheck = (_ctx, file, out) => {
  // Tags outside localised fields: `locales` entries and cases' `lang`.
  forEachLangValue(file.data, (lang, at) => {
    const message = verdict(lang);
    if (message) out.push(findingAtPath(file, at(), 'invalid-locale', message, 'value'));
  });
  return {
    field(_name, value, at) {
      for (const lang of Object.keys(value)) {
        const message = verdict(lang);
        if (message) out.push(findingAtPath(file, [...at(), lang], 'invalid-locale', message, 'key'));
      }
    },
  };
};

export const localeTagsRule = contentRule([localeTagsCheck]);
