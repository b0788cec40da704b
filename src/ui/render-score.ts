// Text for `parry score`: the answer with its evidence, the techniques found, and (with an
// objection) the score with what matched, what is missing and the risk warnings. Pure.
import { isRisky } from '../playbook/catalog.ts';
import type { Catalog, Lang, Objection } from '../playbook/model.ts';
import { pickText, pickVariants } from '../playbook/localize.ts';
import type { Detection, ScoreResult } from '../scoring/types.ts';
import { highlightEvidence } from './evidence.ts';
import { sanitizeLine } from './sanitize.ts';
import type { Theme } from './theme.ts';

function techniqueName(catalog: Catalog, id: string, lang: Lang): string {
  const t = catalog.techniques.get(id);
  const name = pickText(t?.name, lang)?.text;
  return name && name !== id ? `${id} ${sanitizeLine(`(${name})`)}` : id;
}

export interface ScoreView {
  readonly answer: string;
  readonly lang: Lang;
  readonly detections: readonly Detection[];
  readonly objection?: Objection | undefined;
  readonly result?: ScoreResult | undefined;
}

export function renderScore(view: ScoreView, catalog: Catalog, uiLang: Lang, theme: Theme): string {
  const lines: string[] = [];
  lines.push(`${theme.dim(`answer (${sanitizeLine(view.lang)}):`)} ${highlightEvidence(view.answer, view.detections, theme)}`);
  lines.push('');
  if (view.detections.length === 0) {
    lines.push('No technique found.');
  } else {
    lines.push(theme.heading('Techniques found'));
    for (const d of view.detections) {
      const risky = isRisky(catalog.techniques.get(d.technique));
      const name = techniqueName(catalog, d.technique, uiLang);
      lines.push(
        `  ${risky ? theme.risk(`⚠ ${name}`) : theme.ok(`✓ ${name}`)}  ${theme.highlight(sanitizeLine(d.text))}  ${theme.dim(`cue ${sanitizeLine(d.cue)} [${sanitizeLine(d.cueLang)}]`)}`,
      );
    }
  }
  const r = view.result;
  if (view.objection && r) {
    const text = pickVariants(view.objection.text, uiLang)?.variants[0];
    lines.push('');
    lines.push(`${theme.heading(`Score ${r.score}/100`)} ${theme.dim(`for ${sanitizeLine(view.objection.id)}${text ? ` — ${sanitizeLine(text)}` : ''}`)}`);
    if (r.matched.length > 0) lines.push(`  ${theme.ok('shown:')}   ${r.matched.map((t) => techniqueName(catalog, t, uiLang)).join(', ')}`);
    if (r.missing.length > 0) lines.push(`  ${theme.warn('missing:')} ${r.missing.map((t) => techniqueName(catalog, t, uiLang)).join(', ')}`);
    if (r.bonus.length > 0) lines.push(`  ${theme.ok('also:')}    ${r.bonus.map((t) => techniqueName(catalog, t, uiLang)).join(', ')}`);
  }
  const risky = r ? r.risky : view.detections.map((d) => d.technique).filter((t) => isRisky(catalog.techniques.get(t)));
  for (const id of risky) {
    const why = pickText(catalog.techniques.get(id)?.risk, uiLang)?.text;
    lines.push(`${theme.risk('warning:')} ${techniqueName(catalog, id, uiLang)}${why ? ` — ${sanitizeLine(why)}` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}
