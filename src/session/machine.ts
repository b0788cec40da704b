// A practice session as an explicit state machine (design §8): the loop in run.ts reads the state,
// talks to the learner, and feeds events back. Pure and total: every state/event pair has an answer,
// and an event that makes no sense in a state leaves it unchanged.
import type { QuestionResult } from './question.ts';

export type SessionState =
  /** Question `index` is shown; waiting for the answer. */
  | { readonly kind: 'asking'; readonly index: number; readonly results: readonly QuestionResult[] }
  /** The answer to question `index` is scored and saved; feedback is shown; waiting for "next". */
  | { readonly kind: 'feedback'; readonly index: number; readonly results: readonly QuestionResult[] }
  /** Every question answered, or the learner stopped: show the summary. */
  | { readonly kind: 'summary'; readonly results: readonly QuestionResult[] }
  /** Ctrl+C: what was saved stays saved; say goodbye. */
  | { readonly kind: 'cancelled'; readonly results: readonly QuestionResult[] }
  /** Something outside the session broke (the attempt could not be saved). */
  | { readonly kind: 'failed'; readonly results: readonly QuestionResult[]; readonly message: string };

export type SessionEvent =
  | { readonly type: 'answer'; readonly result: QuestionResult }
  | { readonly type: 'next' }
  /** The learner ends the session early (the "finish" choice, or end of input with --plain). */
  | { readonly type: 'stop' }
  | { readonly type: 'cancel' }
  | { readonly type: 'fail'; readonly message: string };

export type SessionStateKind = SessionState['kind'];

type FinishedState = Extract<SessionState, { kind: 'summary' | 'cancelled' | 'failed' }>;

/** The first state of a session of `total` questions (a session with none goes straight to the summary). */
export function startSession(total: number): SessionState {
  return total > 0 ? { kind: 'asking', index: 0, results: [] } : { kind: 'summary', results: [] };
}

export function isFinished(state: SessionState): state is FinishedState {
  return state.kind === 'summary' || state.kind === 'cancelled' || state.kind === 'failed';
}

export function transition(total: number, state: SessionState, event: SessionEvent): SessionState {
  // A finished session stays finished; stop, cancel and fail end a live one whether it is asking or
  // showing feedback. Only answer and next depend on which of the two it is.
  if (isFinished(state)) return state;
  switch (event.type) {
    case 'answer':
      if (state.kind !== 'asking' || event.result.questionIndex !== state.index) return state;
      return { kind: 'feedback', index: state.index, results: [...state.results, event.result] };
    case 'next':
      if (state.kind !== 'feedback') return state;
      return state.index + 1 < total
        ? { kind: 'asking', index: state.index + 1, results: state.results }
        : { kind: 'summary', results: state.results };
    case 'stop':
      return { kind: 'summary', results: state.results };
    case 'cancel':
      return { kind: 'cancelled', results: state.results };
    case 'fail':
      return { kind: 'failed', results: state.results, message: event.message };
    default:
      return unreachable(event);
  }
}

function unreachable(value: never): never {
  throw new Error(`unhandled ${JSON.stringify(value)}`);
}
