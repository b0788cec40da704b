// `locales: [en, zh]` is a promise: every localised field of the file has each language.
// `zh-Hant` is satisfied by `zh`, since it is derived from it for display. Pure.
import { findingAtPath } from '../at.ts';
import type { Finding } from '../finding.ts';
import type { Rule } from '../rule.ts';
import { describePath, localizedFields } from '../shape.ts';

export const localesRule: Rule = (ctx) => {
  const out: Finding[] = [];
  for (const file of ctx.files) {
    const locales = file.data.locales;
    if (!Array.isArray(locales)) continue;
    const promised = locales.filter((l): l is string => typeof l === 'string');
    if (promised.length === 0) continue;
    for (const field of localizedFields(file.data)) {
      const has = (lang: string) => Object.prototype.hasOwnProperty.call(field.value, lang);
      const missing = promised.filter((lang) => !has(lang) && !(lang === 'zh-Hant' && has('zh')));
      if (missing.length === 0) continue;
      const list = missing.map((l) => `\`${l}\``).join(', ');
      out.push(
        findingAtPath(
          file,
          field.path,
          'missing-locale',
          `\`${field.field}\` of ${describePath(file.data, field.path)} has no ${list}; add ${missing.map((l) => `\`${l}: …\``).join(' and ')} (the playbook promises locales ${promised.join(', ')}).`,
          'key',
        ),
      );
    }
  }
  return out;
};
