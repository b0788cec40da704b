import { describe, expect, it } from 'vitest';
import { scoreAnswer, WEIGHTS } from '../../../src/scoring/score.ts';
import { coreScorer } from './core-scorer.ts';

const risky = new Set(['pressure', 'argue']);
const base = { isRisky: (t: string) => risky.has(t), blank: false };

describe('scoreAnswer', () => {
  it.each([
    ['nothing found', [], ['clarify', 'roi'], 0],
    ['one of two expected', ['clarify'], ['clarify', 'roi'], WEIGHTS.coverage / 2],
    ['both expected', ['clarify', 'roi'], ['clarify', 'roi'], WEIGHTS.coverage],
    ['two of three expected is full coverage', ['clarify', 'roi'], ['clarify', 'roi', 'compare'], WEIGHTS.coverage],
    ['expected plus two others', ['clarify', 'roi', 'empathize', 'compare', 'guarantee'], ['clarify', 'roi'], 100],
    ['only an unexpected sound technique', ['empathize'], ['clarify', 'roi'], WEIGHTS.bonus],
    ['risky only', ['pressure'], ['clarify'], 0],
    ['risky costs points', ['clarify', 'pressure'], ['clarify'], WEIGHTS.coverage - WEIGHTS.risky],
    ['no objection: two sound techniques', ['clarify', 'empathize'], [], WEIGHTS.coverage],
  ])('%s', (_name, found, expect_, want) => {
    expect(scoreAnswer({ ...base, found, expect: expect_ }).score).toBe(want);
  });

  it('a blank answer scores 0 whatever is claimed', () => {
    expect(scoreAnswer({ ...base, blank: true, found: ['clarify'], expect: ['clarify'] }).score).toBe(0);
  });

  it('persona: preferred techniques add, avoided ones subtract', () => {
    const plain = scoreAnswer({ ...base, found: ['clarify'], expect: ['clarify', 'roi'] }).score;
    expect(scoreAnswer({ ...base, found: ['clarify'], expect: ['clarify', 'roi'], prefer: ['clarify'] }).score).toBe(plain + WEIGHTS.prefer);
    expect(scoreAnswer({ ...base, found: ['clarify', 'urgency'], expect: ['clarify', 'roi'], avoid: ['urgency'] }).score).toBe(
      plain + WEIGHTS.bonus - WEIGHTS.avoid,
    );
  });

  it('says what matched, what is missing, the bonus and the risky ones', () => {
    const r = scoreAnswer({ ...base, found: ['empathize', 'clarify', 'argue'], expect: ['clarify', 'roi'] });
    expect(r).toMatchObject({ matched: ['clarify'], missing: ['roi'], bonus: ['empathize'], risky: ['argue'] });
  });
});

describe('Scorer.score on real answers', () => {
  const { scorer } = coreScorer();
  it('rewards an answer that shows the expected techniques', () => {
    const r = scorer.score('I completely understand. What exactly are you comparing it with?', { expect: ['empathize', 'clarify'] });
    expect(r.score).toBe(WEIGHTS.coverage);
    expect(r.lang).toBe('en');
  });
  it('gives nothing to an off-topic answer and flags a risky one', () => {
    expect(scorer.score('The weather is nice today.', { expect: ['clarify'] }).score).toBe(0);
    const r = scorer.score('你真过分，这一点都不贵！', { expect: ['clarify'] });
    expect(r.score).toBe(0);
    expect(r.risky).toContain('argue');
    expect(r.lang).toBe('zh');
  });
});
