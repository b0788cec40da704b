// The scoring API the rest of the program uses (practice, lookup, validate, score, eval).
// Importing this module loads OpenCC's tables (through the scorer). Code that must start fast and
// may never see Chinese (lookup on a Latin query) imports normalize.ts directly and loads
// han.ts only when hasHan(text) says so.
export type { Detection, Scorer, ScoreResult } from './types.ts';
export { createScorer, undetectedUses, type CompiledScorer, type ScorerOptions } from './scorer.ts';
export { compileCue, CUE_LIMITS, type CompiledCue, type CueError } from './cues.ts';
export { cueNeverMatches, cueTooBroad, cueNeutralMatches, sampleOf, TOO_BROAD_AT } from './cue-lint.ts';
export { scoreAnswer, WEIGHTS } from './score.ts';
export { detectLang } from './detect-lang.ts';
export { normalize, fold, hasHan, originalSpan, type Normalized, type HanConverter } from './normalize.ts';
export { tokenize, type Token } from './segment.ts';
export { evaluate, figures, type EvalReport, type CaseResult } from './eval-metrics.ts';
