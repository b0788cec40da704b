// Test helper: attempts with sensible defaults.
import type { Attempt } from '../../../src/progress/model.ts';

export function attempt(overrides: Partial<Attempt> & { at: string }): Attempt {
  return {
    v: 1,
    playbook: 'sales',
    objection: 'too-expensive',
    lang: 'en',
    mode: 'type',
    answer: 'What are you comparing it with?',
    detected: [],
    expected: [],
    score: 70,
    durationMs: 1000,
    ...overrides,
  };
}

export const line = (a: Attempt): string => `${JSON.stringify(a)}\n`;
