// Practice shows a model answer after every attempt, and a response that uses a risky
// technique is a "don't say this" example, never a model. So every objection needs at least
// one response whose techniques are all sound. Pure.
import { findingAtPath } from '../at.ts';
import type { Finding } from '../finding.ts';
import type { Rule } from '../rule.ts';
import { forEachObjection } from '../shape.ts';

export const soundAnswerRule: Rule = (ctx) => {
  const out: Finding[] = [];
  const risky = (id: string) => ctx.techniques.get(id)?.family === 'risky';
  for (const file of ctx.files) {
    forEachObjection(file.data, (o, at) => {
      const name = o.id ? `objection \`${o.id}\`` : 'this objection';
      if (o.responses.length === 0) {
        const path = o.hasResponses ? [...at(), 'responses'] : [...at(), 'id'];
        out.push(findingAtPath(file, path, 'no-sound-answer', `${name} has no model response; add one under \`responses:\` so practice can show a good answer.`, o.hasResponses ? 'key' : 'value'));
      } else if (o.responses.every((uses) => uses.some(risky))) {
        out.push(
          findingAtPath(
            file,
            [...at(), 'responses'],
            'no-sound-answer',
            `every response of ${name} uses a risky technique, so each is a "don't say this" example; add a response that uses only sound techniques.`,
            'key',
          ),
        );
      }
    });
  }
  return out;
};
