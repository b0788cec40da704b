import { describe, expect, it } from 'vitest';
import {
  isFinished,
  startSession,
  transition,
  type SessionEvent,
  type SessionState,
  type SessionStateKind,
} from '../../../src/session/machine.ts';
import type { QuestionResult } from '../../../src/session/question.ts';

const TOTAL = 3;
const result = (questionIndex: number) => ({ questionIndex, mode: 'type', score: 50 }) as unknown as QuestionResult;
const r0 = result(0);

const states: Record<string, SessionState> = {
  'asking 0': { kind: 'asking', index: 0, results: [] },
  'asking 2': { kind: 'asking', index: 2, results: [r0, result(1)] },
  'feedback 0': { kind: 'feedback', index: 0, results: [r0] },
  'feedback 2 (last)': { kind: 'feedback', index: 2, results: [r0, result(1), result(2)] },
  summary: { kind: 'summary', results: [r0] },
  cancelled: { kind: 'cancelled', results: [r0] },
  failed: { kind: 'failed', results: [], message: 'disk full' },
};
const events: Record<string, SessionEvent> = {
  'answer 0': { type: 'answer', result: r0 },
  'answer 2': { type: 'answer', result: result(2) },
  next: { type: 'next' },
  stop: { type: 'stop' },
  cancel: { type: 'cancel' },
  fail: { type: 'fail', message: 'EACCES' },
};

type Expected = `${SessionStateKind}${'' | ` ${number}`}` | 'same';
// Every state against every event. 'same' means the event is ignored (the state object is returned).
// prettier-ignore
const table: [string, string, Expected, number?][] = [
  // state               event        → next state     results
  ['asking 0',           'answer 0',  'feedback 0',    1],
  ['asking 0',           'answer 2',  'same'],          // an answer to another question is ignored
  ['asking 0',           'next',      'same'],
  ['asking 0',           'stop',      'summary',       0],
  ['asking 0',           'cancel',    'cancelled',     0],
  ['asking 0',           'fail',      'failed',        0],
  ['asking 2',           'answer 0',  'same'],
  ['asking 2',           'answer 2',  'feedback 2',    3],
  ['asking 2',           'next',      'same'],
  ['asking 2',           'stop',      'summary',       2],
  ['asking 2',           'cancel',    'cancelled',     2],
  ['asking 2',           'fail',      'failed',        2],
  ['feedback 0',         'answer 0',  'same'],
  ['feedback 0',         'answer 2',  'same'],
  ['feedback 0',         'next',      'asking 1',      1],
  ['feedback 0',         'stop',      'summary',       1],
  ['feedback 0',         'cancel',    'cancelled',     1],
  ['feedback 0',         'fail',      'failed',        1],
  ['feedback 2 (last)',  'answer 0',  'same'],
  ['feedback 2 (last)',  'answer 2',  'same'],
  ['feedback 2 (last)',  'next',      'summary',       3],
  ['feedback 2 (last)',  'stop',      'summary',       3],
  ['feedback 2 (last)',  'cancel',    'cancelled',     3],
  ['feedback 2 (last)',  'fail',      'failed',        3],
  ...(['summary', 'cancelled', 'failed'] as const).flatMap((s) =>
    Object.keys(events).map((e): [string, string, Expected] => [s, e, 'same'])),
];

describe('session state machine', () => {
  it('covers every state and event in the table', () => {
    for (const s of Object.keys(states)) for (const e of Object.keys(events)) expect(table.some(([ts, te]) => ts === s && te === e)).toBe(true);
  });

  it.each(table)('%s + %s → %s', (stateName, eventName, expected, results) => {
    const state = states[stateName] as SessionState;
    const next = transition(TOTAL, state, events[eventName] as SessionEvent);
    if (expected === 'same') {
      expect(next).toBe(state);
      return;
    }
    const [kind, index] = expected.split(' ');
    expect(next.kind).toBe(kind);
    if (index !== undefined) expect((next as { index: number }).index).toBe(Number(index));
    expect(next.results).toHaveLength(results as number);
    if (kind === 'failed') expect(next).toMatchObject({ message: 'EACCES' });
  });

  it('starts at the first question, or at the summary when there is none', () => {
    expect(startSession(3)).toEqual({ kind: 'asking', index: 0, results: [] });
    expect(startSession(0)).toEqual({ kind: 'summary', results: [] });
  });

  it('knows which states end the session', () => {
    expect(Object.entries(states).filter(([, s]) => isFinished(s)).map(([n]) => n)).toEqual(['summary', 'cancelled', 'failed']);
  });

  it('walks a whole session of three answers to the summary', () => {
    let s = startSession(TOTAL);
    for (let i = 0; i < TOTAL; i++) {
      s = transition(TOTAL, s, { type: 'answer', result: result(i) });
      expect(s).toMatchObject({ kind: 'feedback', index: i });
      s = transition(TOTAL, s, { type: 'next' });
    }
    expect(s.kind).toBe('summary');
    expect(s.results.map((r) => r.questionIndex)).toEqual([0, 1, 2]);
  });
});
