// Text that is only white space shows as nothing to a learner. (An empty string is the
// schema's `minLength` finding, with the same code.) Pure.
import { findingAtPath } from '../at.ts';
import type { Finding } from '../finding.ts';
import type { Rule } from '../rule.ts';
import { describePath, texts } from '../shape.ts';

export const emptyTextRule: Rule = (ctx) => {
  const out: Finding[] = [];
  for (const file of ctx.files)
    for (const t of texts(file.data))
      if (t.value !== '' && t.value.trim() === '')
        out.push(findingAtPath(file, t.path, 'empty-text', `\`${t.field}\` (${t.lang}) of ${describePath(file.data, t.path)} is only white space; write the text or remove it.`));
  return out;
};
