// The scorer as the validation rules see it (rule.ts, ValidationScorer): built from a compiled
// scorer, with the cue lint of src/scoring/cue-lint.ts. Pure.
import { cueNeverMatches, TOO_BROAD_AT } from '../scoring/cue-lint.ts';
import type { CompiledCue } from '../scoring/cues.ts';
import { CueIndex } from '../scoring/detect.ts';
import { toSimplified } from '../scoring/han.ts';
import { NEUTRAL_SENTENCES } from '../scoring/neutral-corpus.ts';
import { normalize } from '../scoring/normalize.ts';
import type { CompiledScorer } from '../scoring/scorer.ts';
import { tokenize, type Token } from '../scoring/segment.ts';
import type { ValidationScorer } from './rule.ts';

const key = (technique: string, lang: string, source: string) => `${technique}\u0000${lang}\u0000${source}`;

/**
 * How many everyday sentences each cue matches, for all cues at once: one index over every cue,
 * each under a technique of its own (the index reports one match per technique), run once per
 * sentence. cue-lint's cueNeutralMatches builds an index and tokenises the sentences per cue,
 * which for the 1,266 built-in cues takes most of a second.
 */
function neutralCounts(cues: readonly CompiledCue[]): Map<CompiledCue, number> {
  // Each cue under a technique of its own. Built on the cue itself (not a spread copy): compiled
  // built-in cues decode their pattern lazily through a getter a spread would drop.
  const index = new CueIndex(cues.map((c, i): CompiledCue => Object.create(c, { technique: { value: String(i), enumerable: true } })));
  const counts = new Map<CompiledCue, number>();
  for (const sentence of NEUTRAL_SENTENCES) {
    const tokens: Token[] = tokenize(normalize(sentence, { toSimplified }).text);
    for (const d of index.detect(tokens)) {
      const cue = cues[Number(d.cue.technique)]!;
      counts.set(cue, (counts.get(cue) ?? 0) + 1);
    }
  }
  return counts;
}

export function validationScorer(scorer: CompiledScorer): ValidationScorer {
  const compiled = new Map(scorer.cues.map((c) => [key(c.technique, c.lang, c.source), c]));
  const errors = new Map(scorer.errors.map((e) => [key(e.technique, e.lang, e.source), e]));
  const withCues = new Set(scorer.cues.map((c) => `${c.technique}\u0000${c.lang}`));
  let neutral: Map<CompiledCue, number> | undefined;
  return {
    detect(text, lang) {
      return new Set(scorer.detect(text, lang === undefined ? {} : { lang }).detections.map((d) => d.technique));
    },
    hasCues: (technique, lang) => withCues.has(`${technique}\u0000${lang}`),
    lintCue(technique, lang, source) {
      const error = errors.get(key(technique, lang, source));
      if (error) return { code: 'invalid-cue', message: `does not compile: ${error.message}. The scorer skips it; fix it by the cue syntax (docs/scoring.md).` };
      const cue = compiled.get(key(technique, lang, source));
      if (!cue) return undefined;
      if (cueNeverMatches(cue)) {
        // The usual cause: traditional characters under `zh`, while answers are matched in simplified.
        const hint = /^zh$/i.test(lang) && /\p{Script=Han}/u.test(source) ? ' Cues under `zh` are simplified Chinese: write traditional ones under `zh-Hant`.' : '';
        return {
          code: 'cue-never-matches',
          message: `does not even match its own words (they fold or split differently once normalised); rewrite it as the words an answer would contain.${hint}`,
        };
      }
      neutral ??= neutralCounts(scorer.cues);
      const matched = neutral.get(cue) ?? 0;
      if (matched >= TOO_BROAD_AT)
        return {
          code: 'cue-too-broad',
          message: `matches ${matched} of ${NEUTRAL_SENTENCES.length} everyday sentences that use no technique; make it more specific (two or three words that only occur together in the technique).`,
        };
      return undefined;
    },
  };
}
