// Every id a playbook refers to must exist among the loaded playbooks (built-ins included,
// unless --no-builtin), and a risky technique is never what a strong answer is expected to use.
// Pure.
import { findingAtPath } from '../at.ts';
import type { Finding } from '../finding.ts';
import type { Rule } from '../rule.ts';
import { references } from '../shape.ts';
import { didYouMean } from '../suggest.ts';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const QUALIFIED = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)?$/;

export const referencesRule: Rule = (ctx) => {
  const out: Finding[] = [];
  for (const file of ctx.files) {
    for (const ref of references(file.data)) {
      // Malformed ids are the schema's finding (`invalid-id`, with the corrected spelling).
      if (!(ref.kind === 'objection' ? QUALIFIED : KEBAB).test(ref.id)) continue;
      if (ref.kind === 'technique') {
        const known = ctx.techniques.get(ref.id);
        if (!known) {
          out.push(
            findingAtPath(
              file,
              ref.path,
              'unknown-technique',
              `unknown technique \`${ref.id}\` in \`${ref.field}\`.${didYouMean(ref.id, ctx.techniques.keys())} Define it under \`techniques:\` or use a core id (\`parry list techniques\`).`,
            ),
          );
        } else if (known.family === 'risky' && (ref.field === 'prefer' || (ref.field === 'expect' && ref.path[0] !== 'cases'))) {
          // (A case's `expect` labels what an answer does, risky or not: no finding there.)
          const what = ref.field === 'expect' ? 'expected of a strong answer' : 'preferred for this persona';
          out.push(
              findingAtPath(
                file,
                ref.path,
                'risky-expected',
                `\`${ref.id}\` is a risky technique, so it cannot be ${what}; remove it${ref.field === 'prefer' ? ' (list it under `avoid` instead)' : ''}.`,
              ),
            );
        }
      } else if (ref.kind === 'persona') {
        if (!ctx.personas.has(ref.id))
          out.push(
            findingAtPath(file, ref.path, 'unknown-persona', `unknown persona \`${ref.id}\`.${didYouMean(ref.id, ctx.personas)} Define it under \`personas:\` or remove it.`),
          );
      } else if (!ctx.objections.has(ref.id)) {
        out.push(
          findingAtPath(
            file,
            ref.path,
            'unknown-objection',
            `unknown objection \`${ref.id}\`.${didYouMean(ref.id, ctx.objections)} Load the playbook that defines it (\`--playbook\`) or fix the id.`,
          ),
        );
      }
    }
  }
  return out;
};
