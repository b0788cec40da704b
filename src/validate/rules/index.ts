// The rules `parry validate` runs, in the order their findings are most useful. A new check is
// one more entry here (scorer-based rules join when the scorer lands).
import type { Rule } from '../rule.ts';
import { duplicateIdsRule } from './duplicate-ids.ts';
import { emptyTextCheck } from './empty-text.ts';
import { localeTagsRule } from './locale-tags.ts';
import { localesRule } from './locales.ts';
import { mojibakeCheck } from './mojibake.ts';
import { placeholderCheck } from './placeholders.ts';
import { referencesRule } from './references.ts';
import { schemaRule } from './schema.ts';
import { soundAnswerRule } from './sound-answer.ts';
import { textRule } from './text.ts';

export const RULES: readonly Rule[] = [
  schemaRule,
  duplicateIdsRule,
  referencesRule,
  localeTagsRule,
  localesRule,
  // Checks of single strings, in one walk (rules/text.ts).
  textRule([emptyTextCheck, placeholderCheck, mojibakeCheck]),
  soundAnswerRule,
];
