// Rules that ask the scorer (design §5): every technique a model response declares in `uses`
// is found in its text, in every language it is written in; every labelled case gets exactly
// its `expect` from the scorer; every cue of a checked playbook compiles, matches its own words
// and does not match everyday text. Pure: the scorer comes in through the context (`--scorer`),
// and without it these rules find nothing.
import type { Path } from '../../playbook/parse.ts';
import { findingAtPath } from '../at.ts';
import type { Finding } from '../finding.ts';
import type { Rule } from '../rule.ts';
import { describePath } from '../shape.ts';

type Data = Record<string, unknown>;
const isRecord = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const strings = (v: unknown): string[] => list(v).filter((x): x is string => typeof x === 'string');
const code = (ids: readonly string[]) => ids.map((id) => `\`${id}\``).join(', ');

export const undetectedUsesRule: Rule = (ctx) => {
  const { scorer } = ctx;
  if (!scorer) return [];
  const out: Finding[] = [];
  for (const file of ctx.files) {
    list(file.data.objections).forEach((o, oi) => {
      if (!isRecord(o)) return;
      list(o.responses).forEach((r, ri) => {
        if (!isRecord(r) || !isRecord(r.text)) return;
        // Unknown ids are the references rule's finding.
        const uses = strings(r.uses).filter((u) => ctx.techniques.has(u));
        if (uses.length === 0) return;
        for (const [lang, text] of Object.entries(r.text)) {
          if (typeof text !== 'string' || text.trim() === '') continue;
          const found = scorer.detect(text, lang);
          const missing = uses.filter((u) => !found.has(u));
          if (missing.length === 0) continue;
          const path: Path = ['objections', oi, 'responses', ri, 'text', lang];
          const noCues = missing.filter((u) => !scorer.hasCues(u, lang));
          const why = noCues.length > 0 ? ` (${code(noCues)} ${noCues.length === 1 ? 'has' : 'have'} no \`${lang}\` cues)` : '';
          out.push(
            findingAtPath(
              file,
              path,
              'undetected-technique',
              `the scorer does not find ${code(missing)} in the \`${lang}\` text of ${describePath(file.data, path)}${why}; reword the answer so the technique shows, or add a cue for it (\`parry score --lang ${lang} "…"\` shows what it finds).`,
            ),
          );
        }
      });
    });
  }
  return out;
};

export const failingCasesRule: Rule = (ctx) => {
  const { scorer } = ctx;
  if (!scorer) return [];
  const out: Finding[] = [];
  for (const file of ctx.files) {
    list(file.data.cases).forEach((c, i) => {
      if (!isRecord(c) || typeof c.answer !== 'string' || !Array.isArray(c.expect)) return;
      const expect = strings(c.expect);
      if (expect.some((id) => !ctx.techniques.has(id))) return; // the references rule reports it
      const found = scorer.detect(c.answer, typeof c.lang === 'string' ? c.lang : undefined);
      const missing = expect.filter((id) => !found.has(id));
      const extra = [...found].filter((id) => !expect.includes(id));
      if (missing.length === 0 && extra.length === 0) return;
      const parts = [missing.length ? `does not find ${code(missing)}` : '', extra.length ? `also finds ${code(extra)}` : ''].filter(Boolean).join(' and ');
      out.push(
        findingAtPath(
          file,
          ['cases', i, 'expect'],
          'failing-case',
          `the scorer ${parts} in this case's answer (it finds ${found.size ? code([...found]) : 'nothing'}); fix the cues, or the label if the answer really does something else.`,
        ),
      );
    });
  }
  return out;
};

export const cuesRule: Rule = (ctx) => {
  const { scorer } = ctx;
  if (!scorer) return [];
  const out: Finding[] = [];
  for (const file of ctx.files) {
    list(file.data.techniques).forEach((t, ti) => {
      if (!isRecord(t) || typeof t.id !== 'string' || !isRecord(t.cues)) return;
      const id = t.id;
      for (const [lang, value] of Object.entries(t.cues)) {
        const sources: [string, Path][] =
          typeof value === 'string'
            ? [[value, ['techniques', ti, 'cues', lang]]]
            : list(value).flatMap((s, j): [string, Path][] => (typeof s === 'string' ? [[s, ['techniques', ti, 'cues', lang, j]]] : []));
        for (const [source, path] of sources) {
          const problem = scorer.lintCue(id, lang, source);
          if (problem) out.push(findingAtPath(file, path, problem.code, `cue «${source}» of \`${id}\` (${lang}) ${problem.message}`));
        }
      }
    });
  }
  return out;
};
