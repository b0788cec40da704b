// Blanks left to fill in: template sites and drafts leave `??`, `xx`, `__`, `TODO` in text
// that learners would then read as the model answer. Only text shown to learners is checked
// (not cues or eval answers). Pure.
import { contentRule, textCheck, type TextCheck } from './content.ts';

interface Blank {
  readonly pattern: RegExp;
  /** Extra test on the match, for blanks that are also ordinary writing (`Really??`). */
  readonly accept?: (m: RegExpExecArray, s: string) => boolean;
}

const HAN = /\p{Script=Han}/u;

const BLANKS: readonly Blank[] = [
  {
    // `??先生`, `市场??牌子`, `???`: a slot, not a doubled question mark ending a sentence.
    pattern: /\?{2,}/g,
    accept: (m, s) => {
      if (m[0].length >= 3 || m.index === 0) return true;
      const after = s.slice(m.index + 2, m.index + 3);
      const before = s.slice(m.index - 1, m.index);
      return /[\p{L}\p{N}(（]/u.test(after) && (!/\p{Script=Latin}/u.test(before) || /\p{N}/u.test(after));
    },
  },
  { pattern: /(?<!\p{Script=Latin})x{2,}(?!\p{Script=Latin})/gu },
  { pattern: /(?<=[\p{N}\p{Script=Han}])X{2,}|X{2,}(?=[\p{N}\p{Script=Han}])/gu },
  { pattern: /_{2,}/g },
  { pattern: /_/g, accept: (m, s) => HAN.test(s.slice(m.index - 1, m.index)) && HAN.test(s.slice(m.index + 1, m.index + 2)) },
  { pattern: /\b(?:TODO|TBD|FIXME|XXX)\b/g },
  { pattern: /×{2,}|某某/g },
  { pattern: /\{\{[^{}]*\}\}/g },
];

export function findBlanks(s: string): string[] {
  const found: { at: number; text: string }[] = [];
  for (const b of BLANKS) {
    b.pattern.lastIndex = 0;
    for (let m = b.pattern.exec(s); m !== null; m = b.pattern.exec(s)) if (!b.accept || b.accept(m, s)) found.push({ at: m.index, text: m[0] });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.text);
}

// Cheap gate: most text has none of these characters at all.
const MAYBE = /\?\?|xx|XX|_|××|某某|\{\{|TODO|TBD|FIXME/;

export const placeholderCheck: TextCheck = (value, _lang, _field, display) => {
  if (!display || !MAYBE.test(value)) return undefined;
  return [...new Set(findBlanks(value))].map((blank) => ({
    code: 'placeholder' as const,
    needle: blank,
    message: `holds \`${blank}\`, which looks like a blank left to fill in; write the real words.`,
  }));
};

export const placeholdersRule = contentRule([textCheck(placeholderCheck)]);
