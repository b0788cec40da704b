// The end-of-session numbers (design §6): per question, per technique, time. Pure.
import type { DueItem } from './ports.ts';
import type { QuestionResult } from './question.ts';

export interface TechniqueTally {
  readonly technique: string;
  /** Times it was shown (type: in the answer; spot: ticked correctly). */
  readonly hits: number;
  /** Times it was asked for (type: in the objection's expect list; spot: used by the response). */
  readonly chances: number;
}

export interface SessionSummary {
  readonly results: readonly QuestionResult[];
  /** Questions planned (more than results when the learner finished early). */
  readonly planned: number;
  /** Mean score of the answered questions; undefined when none was answered. */
  readonly averageScore: number | undefined;
  /** Weakest first, then by id. */
  readonly techniques: readonly TechniqueTally[];
  /** Risky techniques used in typed answers, with how often. */
  readonly risky: readonly { readonly technique: string; readonly count: number }[];
  readonly elapsedMs: number;
  readonly endedAt: Date;
  /** What is due next, when progress can tell. */
  readonly due?: readonly DueItem[];
}

export function summarise(
  results: readonly QuestionResult[],
  opts: { planned: number; startedAt: Date; endedAt: Date; due?: readonly DueItem[] },
): SessionSummary {
  const tally = new Map<string, { hits: number; chances: number }>();
  const count = (id: string, hit: boolean) => {
    const t = tally.get(id) ?? { hits: 0, chances: 0 };
    t.chances += 1;
    if (hit) t.hits += 1;
    tally.set(id, t);
  };
  const risky = new Map<string, number>();
  for (const r of results) {
    if (r.mode === 'type') {
      for (const id of r.question.objection.expect) count(id, r.scored.matched.includes(id));
      for (const id of r.scored.risky) risky.set(id, (risky.get(id) ?? 0) + 1);
    } else if (r.mode === 'spot') {
      for (const id of r.correct) count(id, true);
      for (const id of r.missed) count(id, false);
    }
  }
  const techniques = [...tally]
    .map(([technique, t]) => ({ technique, ...t }))
    .sort((a, b) => a.hits / a.chances - b.hits / b.chances || a.technique.localeCompare(b.technique));
  return {
    results,
    planned: opts.planned,
    averageScore: results.length === 0 ? undefined : Math.round(results.reduce((s, r) => s + r.score, 0) / results.length),
    techniques,
    risky: [...risky].map(([technique, n]) => ({ technique, count: n })).sort((a, b) => b.count - a.count || a.technique.localeCompare(b.technique)),
    elapsedMs: Math.max(0, opts.endedAt.getTime() - opts.startedAt.getTime()),
    endedAt: opts.endedAt,
    ...(opts.due ? { due: opts.due } : {}),
  };
}
