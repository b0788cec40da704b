// Practice shows a model answer after every attempt, and a response that uses a risky
// technique is a "don't say this" example, never a model. So every objection needs at least
// one response whose techniques are all sound. Pure.
import { findingAtPath } from '../at.ts';
import type { Finding } from '../finding.ts';
import type { Rule } from '../rule.ts';
import { forEachObjection } from '../shape.ts';

export const soundAnswerRule: Rule = (ctx) => {
  const out: Finding[] = [];
  const risky = (id: unknown) => typeof id === 'string' && ctx.techniques.get(id)?.family === 'risky';
  for (const file of ctx.files) {
    forEachObjection(file.data, (id, responses, at) => {
      const list = Array.isArray(responses) ? responses : [];
      let count = 0;
      let sound = false;
      for (const r of list) {
        if (r === null || typeof r !== 'object') continue;
        count++;
        const uses: unknown = (r as Record<string, unknown>).uses;
        // (A response without `uses` is the schema's finding; it does not count as risky here.)
        if (!Array.isArray(uses) || !uses.some(risky)) {
          sound = true;
          break;
        }
      }
      if (sound) return;
      const name = id ? `objection \`${id}\`` : 'this objection';
      if (count === 0) {
        const written = Array.isArray(responses);
        out.push(
          findingAtPath(
            file,
            [...at(), written ? 'responses' : 'id'],
            'no-sound-answer',
            `${name} has no model response; add one under \`responses:\` so practice can show a good answer.`,
            written ? 'key' : 'value',
          ),
        );
      } else {
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
