// Checks of single strings (white space only, blanks, mojibake) share one walk over every
// text of a document: a 10,000-objection playbook has a quarter of a million strings, and
// walking them once per check cost more than the checks. A text check is a pure function of
// one string; `textRule` turns a list of them into a rule. Pure.
import { findingAtPath, findingInText } from '../at.ts';
import type { Code } from '../codes.ts';
import type { Finding } from '../finding.ts';
import type { Rule } from '../rule.ts';
import { describePath, forEachText } from '../shape.ts';

export interface TextHit {
  readonly code: Code;
  /** Finishes the sentence "`text` (en) of response 2 of objection `x` …". */
  readonly message: string;
  /** The offending part, located inside the value when it is written verbatim. */
  readonly needle?: string;
}

/**
 * One string: its value, language (`und` when unknown), field (`text`, `cues`, `answer`, …) and
 * whether learners see it as content (not cues, not eval answers).
 */
export type TextCheck = (value: string, lang: string, field: string, display: boolean) => readonly TextHit[] | undefined;

export function textRule(checks: readonly TextCheck[]): Rule {
  return (ctx) => {
    const out: Finding[] = [];
    for (const file of ctx.files) {
      forEachText(file.data, (value, lang, field, display, at) => {
        for (const check of checks) {
          const hits = check(value, lang, field, display);
          if (!hits || hits.length === 0) continue;
          const path = at();
          const where = `\`${field}\`${lang === 'und' ? '' : ` (${lang})`} of ${describePath(file.data, path)}`;
          for (const hit of hits)
            out.push(
              hit.needle !== undefined
                ? findingInText(file, path, hit.needle, hit.code, `${where} ${hit.message}`)
                : findingAtPath(file, path, hit.code, `${where} ${hit.message}`),
            );
        }
      });
    }
    return out;
  };
}
