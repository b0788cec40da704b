// A scored answer as a line of the progress log (src/progress/model.ts). Pure.
import type { Attempt } from '../progress/model.ts';
import type { QuestionResult } from './question.ts';

export function toAttempt(result: QuestionResult): Attempt {
  const { question } = result;
  return {
    v: 1,
    at: result.at.toISOString(),
    playbook: question.objection.playbook,
    objection: question.objection.id,
    lang: question.lang,
    mode: result.mode,
    answer: result.answer,
    detected: [...result.detected],
    expected: [...question.objection.expect],
    score: result.score,
    durationMs: Math.max(0, Math.round(result.durationMs)),
    ...(question.persona ? { persona: question.persona.id } : {}),
  };
}
