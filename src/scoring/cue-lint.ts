// Checks on single cues for `parry validate` (issue 3, item 8): a cue that can never match, and
// a cue that matches most unrelated text. Pure; the validator turns the answers into findings.
import type { CompiledCue, CueElement } from './cues.ts';
import { CueIndex } from './detect.ts';
import { NEUTRAL_SENTENCES } from './neutral-corpus.ts';
import { toSimplified } from './han.ts';
import { normalize } from './normalize.ts';
import { tokenize, type Token } from './segment.ts';

/** The shortest text the cue describes: first alternatives, no optional words, no gaps. */
export function sampleOf(cue: CompiledCue): string {
  const words: string[] = [];
  const walk = (elements: readonly CueElement[]) => {
    for (const e of elements) {
      if (e.kind === 'word' || e.kind === 'exact') words.push(e.norm);
      else if (e.kind === 'prefix') words.push(e.prefix);
      else if (e.kind === 'num') words.push('7');
      else if (e.kind === 'alt') {
        const first = e.options.find((o) => o.length > 0);
        if (first && !e.options.some((o) => o.length === 0)) walk(first);
      }
    }
  };
  walk(cue.elements);
  // Han characters are written without spaces, everything else with.
  return words.reduce((text, w) => (text === '' ? w : /\p{Script=Han}$/u.test(text) && /^\p{Script=Han}/u.test(w) ? text + w : `${text} ${w}`), '');
}

const tokensOf = (text: string): Token[] => tokenize(normalize(text, { toSimplified }).text);

/** True when the cue does not even match the text it describes (its words fold or split differently). */
export function cueNeverMatches(cue: CompiledCue): boolean {
  return new CueIndex([cue]).detect(tokensOf(sampleOf(cue))).length === 0;
}

/** How many everyday sentences (no technique in them) the cue matches, out of how many. */
export function cueNeutralMatches(cue: CompiledCue): { matched: number; of: number } {
  const index = new CueIndex([cue]);
  let matched = 0;
  for (const s of NEUTRAL_SENTENCES) if (index.detect(tokensOf(s)).length > 0) matched++;
  return { matched, of: NEUTRAL_SENTENCES.length };
}

/** A cue that matches at least this many neutral sentences matches "most unrelated text". */
export const TOO_BROAD_AT = 3;

export function cueTooBroad(cue: CompiledCue): boolean {
  return cueNeutralMatches(cue).matched >= TOO_BROAD_AT;
}
