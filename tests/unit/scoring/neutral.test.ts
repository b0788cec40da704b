import { describe, expect, it } from 'vitest';
import { coreScorer } from './core-scorer.ts';

import { NEUTRAL_SENTENCES } from '../../../src/scoring/neutral-corpus.ts';

describe('neutral answers', () => {
  const { scorer } = coreScorer();
  it.each(NEUTRAL_SENTENCES)('nothing found in %s', (answer) => {
    expect(scorer.detect(answer).detections.map((d) => `${d.technique} ← ${d.text} (${d.cue})`)).toEqual([]);
  });
});
