// Every id a playbook refers to must exist among the loaded playbooks (built-ins included,
// unless --no-builtin), and a risky technique is never what a strong answer is expected to use.
// Pure.
import { findingAtPath } from '../at.ts';
import type { Finding } from '../finding.ts';
import type { Rule } from '../rule.ts';
import { forEachReference } from '../shape.ts';
import { didYouMean } from '../suggest.ts';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const QUALIFIED = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)?$/;

export const referencesRule: Rule = (ctx) => {
  const out: Finding[] = [];
  for (const file of ctx.files) {
    forEachReference(file.data, (kind, id, field, inCase, at) => {
      if (kind === 'technique') {
        const known = ctx.techniques.get(id);
        // Malformed ids are the schema's finding (`invalid-id`, with the corrected spelling).
        if (!known && !KEBAB.test(id)) return;
        if (!known) {
          out.push(
            findingAtPath(
              file,
              at(),
              'unknown-technique',
              `unknown technique \`${id}\` in \`${field}\`.${didYouMean(id, ctx.techniques.keys())} Define it under \`techniques:\` or use a core id (\`parry list techniques\`).`,
            ),
          );
        } else if (known.family === 'risky' && (field === 'prefer' || (field === 'expect' && !inCase))) {
          // (A case's `expect` labels what an answer does, risky or not: no finding there.)
          const what = field === 'expect' ? 'expected of a strong answer' : 'preferred for this persona';
          out.push(
            findingAtPath(
              file,
              at(),
              'risky-expected',
              `\`${id}\` is a risky technique, so it cannot be ${what}; remove it${field === 'prefer' ? ' (list it under `avoid` instead)' : ''}.`,
            ),
          );
        }
      } else if (kind === 'persona') {
        if (!ctx.personas.has(id) && KEBAB.test(id))
          out.push(findingAtPath(file, at(), 'unknown-persona', `unknown persona \`${id}\`.${didYouMean(id, ctx.personas)} Define it under \`personas:\` or remove it.`));
      } else if (!ctx.objections.has(id) && QUALIFIED.test(id)) {
        out.push(
          findingAtPath(
            file,
            at(),
            'unknown-objection',
            `unknown objection \`${id}\`.${didYouMean(id, ctx.objections)} Load the playbook that defines it (\`--playbook\`) or fix the id.`,
          ),
        );
      }
    });
  }
  return out;
};
