// The rules `parry validate` runs, in the order their findings are most useful. A new check is
// one more entry here.
import type { Rule } from '../rule.ts';
import { duplicateIdsRule } from './duplicate-ids.ts';
import { emptyTextCheck } from './empty-text.ts';
import { localeTagsCheck } from './locale-tags.ts';
import { localesCheck } from './locales.ts';
import { mojibakeCheck } from './mojibake.ts';
import { placeholderCheck } from './placeholders.ts';
import { referencesRule } from './references.ts';
import { schemaRule } from './schema.ts';
import { soundAnswerRule } from './sound-answer.ts';
import { contentRule, textCheck } from './content.ts';
import { cuesRule, failingCasesRule, undetectedUsesRule } from './scorer.ts';

export const RULES: readonly Rule[] = [
  schemaRule,
  duplicateIdsRule,
  referencesRule,
  // Checks of localised fields and their strings, in one walk (rules/content.ts).
  contentRule([localeTagsCheck, localesCheck, textCheck(emptyTextCheck, placeholderCheck, mojibakeCheck)]),
  soundAnswerRule,
  // Rules that ask the scorer (only with `--scorer`: they score every model answer).
  cuesRule,
  undetectedUsesRule,
  failingCasesRule,
];
