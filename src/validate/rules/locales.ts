// `locales: [en, zh]` is a promise: every localised field of the file has each language.
// `zh-Hant` is satisfied by `zh`, since it is derived from it for display. Pure.
import { findingAtPath } from '../at.ts';
import type { Finding } from '../finding.ts';
import type { Rule } from '../rule.ts';
import { describePath, forEachLocalizedField } from '../shape.ts';

export const localesRule: Rule = (ctx) => {
  const out: Finding[] = [];
  for (const file of ctx.files) {
    const locales = file.data.locales;
    if (!Array.isArray(locales)) continue;
    const promised = locales.filter((l): l is string => typeof l === 'string');
    if (promised.length === 0) continue;
    forEachLocalizedField(file.data, (name, value, at) => {
      const has = (lang: string) => Object.prototype.hasOwnProperty.call(value, lang);
      const missing = promised.filter((lang) => !has(lang) && !(lang === 'zh-Hant' && has('zh')));
      if (missing.length === 0) return;
      const path = at();
      const list = missing.map((l) => `\`${l}\``).join(', ');
      out.push(
        findingAtPath(
          file,
          path,
          'missing-locale',
          `\`${name}\` of ${describePath(file.data, path)} has no ${list}; add ${missing.map((l) => `\`${l}: …\``).join(' and ')} (the playbook promises locales ${promised.join(', ')}).`,
          'key',
        ),
      );
    });
  }
  return out;
};
