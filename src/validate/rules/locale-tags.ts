// Language keys that are well-formed but wrong: country codes used as languages (`cn` for
// Chinese is the classic) and tags Intl rejects. Malformed tags are the schema's finding. Pure.
import { findingAtPath } from '../at.ts';
import type { Finding } from '../finding.ts';
import type { Rule } from '../rule.ts';
import { langTags } from '../shape.ts';

const PATTERN = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

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

export const localeTagsRule: Rule = (ctx) => {
  const out: Finding[] = [];
  for (const file of ctx.files) {
    for (const tag of langTags(file.data)) {
      if (!PATTERN.test(tag.lang)) continue;
      const primary = tag.lang.split('-')[0]!.toLowerCase();
      const fix = MISTAKES[primary];
      if (fix) {
        out.push(
          findingAtPath(file, tag.path, 'invalid-locale', `\`${tag.lang}\` is not a language code (it is a country or vendor code); write \`${fix}\`.`, tag.part),
        );
        continue;
      }
      try {
        Intl.getCanonicalLocales(tag.lang);
      } catch {
        out.push(findingAtPath(file, tag.path, 'invalid-locale', `\`${tag.lang}\` is not a valid BCP 47 language tag; use tags such as \`en\`, \`zh-Hant\`, \`pt-BR\`.`, tag.part));
      }
    }
  }
  return out;
};
