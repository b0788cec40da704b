// The scoring API the rest of the program uses (practice, lookup, validate, score, eval).
export type { Detection, Scorer, ScoreResult } from './types.ts';
export { createScorer, undetectedUses, type CompiledScorer } from './scorer.ts';
export { compileCue, CUE_LIMITS, type CompiledCue, type CueError } from './cues.ts';
export { scoreAnswer, WEIGHTS } from './score.ts';
export { detectLang } from './detect-lang.ts';
export { normalize, fold, hasHan, originalSpan, type Normalized, type HanConverter } from './normalize.ts';
export { tokenize, type Token } from './segment.ts';
