// Checks of the content of a document (its localised fields and their strings) share one walk
// over it: a 10,000-objection playbook has a hundred thousand fields and a quarter of a million
// strings, and walking them once per check cost more than the checks. A content check is
// called once per file and returns the visitor for that file (or nothing, when it has nothing
// to check there); `contentRule` turns a list of them into a rule. Pure.
import { findingAtPath, findingInText } from '../at.ts';
import type { Code } from '../codes.ts';
import type { Finding } from '../finding.ts';
import type { Rule, RuleContext } from '../rule.ts';
import { describePath, forEachContent, type ContentVisitor } from '../shape.ts';
import type { SourceFile } from '../source.ts';

export type ContentCheck = (ctx: RuleContext, file: SourceFile, out: Finding[]) => ContentVisitor | undefined;

export function contentRule(checks: readonly ContentCheck[]): Rule {
  return (ctx) => {
    const out: Finding[] = [];
    for (const file of ctx.files) {
      const visitors = checks.map((check) => check(ctx, file, out)).filter((v): v is ContentVisitor => v !== undefined);
      const fields = visitors.filter((v) => v.field);
      const texts = visitors.filter((v) => v.text);
      if (fields.length === 0 && texts.length === 0) continue;
      // One visitor, with plain loops: this runs for every string of the file.
      const visitor: ContentVisitor = {};
      if (fields.length === 1) visitor.field = fields[0]!.field;
      else if (fields.length > 1)
        visitor.field = (field, value, at) => {
          for (let i = 0; i < fields.length; i++) fields[i]!.field!(field, value, at);
        };
      if (texts.length === 1) visitor.text = texts[0]!.text;
      else if (texts.length > 1)
        visitor.text = (value, lang, field, display, at) => {
          for (let i = 0; i < texts.length; i++) texts[i]!.text!(value, lang, field, display, at);
        };
      forEachContent(file.data, visitor);
    }
    return out;
  };
}

/** What a check of one string finds. */
export interface TextHit {
  readonly code: Code;
  /** Finishes the sentence "`text` (en) of response 2 of objection `x` …". */
  readonly message: string;
  /** The offending part, located inside the value when it is written verbatim. */
  readonly needle?: string;
}

/**
 * A check of one string: its value, language (`und` when unknown), field (`text`, `cues`,
 * `answer`, …) and whether learners see it as content (not cues, not eval answers).
 */
export type TextCheck = (value: string, lang: string, field: string, display: boolean) => readonly TextHit[] | undefined;

/** A content check made of checks of single strings (one visitor for all of them). */
export function textCheck(...checks: readonly TextCheck[]): ContentCheck {
  return (_ctx, file, out) => ({
    text(value, lang, field, display, at) {
      for (let c = 0; c < checks.length; c++) {
        const hits = checks[c]!(value, lang, field, display);
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
    },
  });
}
