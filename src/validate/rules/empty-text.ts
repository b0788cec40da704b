// Text that is only white space shows as nothing to a learner. (An empty string is the
// schema's `minLength` finding, with the same code.) Pure.
import { findingAtPath } from '../at.ts';
import type { Finding } from '../finding.ts';
import type { Rule } from '../rule.ts';
import { describePath, forEachText } from '../shape.ts';

const NOT_BLANK = /\S/;

export const emptyTextRule: Rule = (ctx) => {
  const out: Finding[] = [];
  for (const file of ctx.files)
    forEachText(file.data, (value, lang, field, _display, at) => {
      // Only white space; the empty string is the schema's finding. (A test, not trim(): no copies.)
      if (value === '' || NOT_BLANK.test(value)) return;
      const path = at();
      out.push(findingAtPath(file, path, 'empty-text', `\`${field}\` (${lang}) of ${describePath(file.data, path)} is only white space; write the text or remove it.`));
    });
  return out;
};
