// `locales: [en, zh]` is a promise: every localised field of the file has each language.
// `zh-Hant` is satisfied by `zh`, since it is derived from it for display. Pure.
import { findingAtPath } from '../at.ts';
import { describePath } from '../shape.ts';
import { contentRule, type ContentCheck } from './content.ts';

const has = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

export const localesCheck: ContentCheck = (_ctx, file, out) => {
  const locales = file.data.locales;
  if (!Array.isArray(locales)) return undefined;
  const promised = locales.filter((l): l is string => typeof l === 'string');
  if (promised.length === 0) return undefined;
  return {
    field(name, value, at) {
      let missing: string[] | undefined;
      for (const lang of promised) if (!has(value, lang) && !(lang === 'zh-Hant' && has(value, 'zh'))) (missing ??= []).push(lang);
      if (!missing) return;
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
    },
  };
};

export const localesRule = contentRule([localesCheck]);
