// Turning an answer into a result, per mode. Pure: the scorer is passed in, times come from the loop.
import type { Lang } from '../playbook/model.ts';
import type { ScoreResult, Scorer } from '../scoring/types.ts';
import type {
  ChooseQuestion,
  ChooseResult,
  OptionKind,
  SpotQuestion,
  SpotResult,
  TypeQuestion,
  TypeResult,
} from './question.ts';

/** Points for each kind of `choose` option: only the best answer counts as a success. */
export const CHOOSE_SCORES: Readonly<Record<OptionKind, number>> = { best: 100, weak: 30, avoid: 10, risky: 0 };

export interface Timing {
  readonly durationMs: number;
  readonly at: Date;
}

/** Free text: the scorer decides, with the persona's prefer/avoid lists. An empty answer scores 0. */
export function gradeType(question: TypeQuestion, answer: string, scorer: Scorer, timing: Timing, answerLang?: Lang): TypeResult {
  const { expect } = question.objection;
  const opts = answerLang ? { lang: answerLang } : undefined;
  const scored: ScoreResult =
    answer.trim() === ''
      ? { score: 0, lang: answerLang ?? question.lang, detections: [], matched: [], missing: [...expect], bonus: [], risky: [] }
      : scorer.score(
          answer,
          { expect, ...(question.persona ? { prefer: question.persona.prefer, avoid: question.persona.avoid } : {}) },
          opts,
        );
  const detected = [...new Set(scored.detections.map((d) => d.technique))];
  return { mode: 'type', question, questionIndex: question.index, answer, score: clampScore(scored.score), detected, scored, ...timing };
}

export function gradeChoose(question: ChooseQuestion, picked: number, answerText: string, timing: Timing): ChooseResult {
  const option = question.options[picked];
  if (!option) throw new RangeError(`no option ${picked}`);
  return {
    mode: 'choose',
    question,
    questionIndex: question.index,
    picked,
    answer: answerText,
    detected: [...option.response.uses],
    score: CHOOSE_SCORES[option.kind],
    ...timing,
  };
}

/** Ticked techniques against the response's own: the share of the union that agrees (Jaccard), 0–100. */
export function gradeSpot(question: SpotQuestion, ticked: readonly string[], timing: Timing): SpotResult {
  const truth = new Set(question.response.uses.filter((id) => question.choices.includes(id)));
  const picked = [...new Set(ticked)];
  const correct = picked.filter((id) => truth.has(id));
  const wrong = picked.filter((id) => !truth.has(id));
  const missed = [...truth].filter((id) => !picked.includes(id));
  const union = correct.length + wrong.length + missed.length;
  return {
    mode: 'spot',
    question,
    questionIndex: question.index,
    answer: picked.join(','),
    detected: picked,
    correct,
    wrong,
    missed,
    score: union === 0 ? 100 : Math.round((100 * correct.length) / union),
    ...timing,
  };
}

function clampScore(score: number): number {
  return Number.isFinite(score) ? Math.max(0, Math.min(100, Math.round(score))) : 0;
}
