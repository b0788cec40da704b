// `parry lookup` as text for a terminal or a pipe. Pure: a LookupView and a theme in, a string out.
// Every string from a playbook goes through sanitize: a hostile file must not drive the terminal.
import type { LookupView, OtherView, ResponseView, ResultView } from '../lookup/view.ts';
import { lookupLabels, type LookupLabels } from './lookup-labels.ts';
import { sanitizeLine } from './sanitize.ts';
import type { Theme } from './theme.ts';

const clean = sanitizeLine;

/** "(en)" after text shown in another language than asked, so the reader knows why. */
function langMark(textLang: string, asked: string, theme: Theme): string {
  const base = (t: string) => t.toLowerCase().split('-')[0];
  return base(textLang) === base(asked) ? '' : ` ${theme.dim(`(${textLang})`)}`;
}

function techniqueNames(ids: readonly string[], result: ResultView, labels: LookupLabels): string {
  return ids.map((id) => clean(result.techniques[id]?.name ?? id)).join(labels.sep);
}

function translationLines(translations: Readonly<Record<string, string | readonly string[]>>, indent: string, theme: Theme): string[] {
  return Object.entries(translations).map(([lang, value]) => {
    const text = typeof value === 'string' ? clean(value) : value.map(clean).join(' / ');
    return `${indent}${theme.dim(lang.padEnd(7))} ${text}`;
  });
}

function renderResponse(r: ResponseView, view: LookupView, indent: string, bullet: string, theme: Theme): string[] {
  const lines: string[] = [];
  if (r.translations) {
    const [first = '', ...rest] = translationLines(r.translations, '', theme);
    lines.push(`${indent}${bullet} ${first}`);
    for (const l of rest) lines.push(`${indent}  ${l}`);
  } else lines.push(`${indent}${bullet} ${clean(r.text)}${langMark(r.lang, view.lang, theme)}`);
  if (r.note) lines.push(`${indent}  ${theme.dim(clean(r.note))}${langMark(r.noteLang ?? view.lang, view.lang, theme)}`);
  return lines;
}

function renderResult(result: ResultView, view: LookupView, labels: LookupLabels, theme: Theme): string[] {
  const [open, close] = labels.quote;
  const lines: string[] = [];
  lines.push(theme.heading(`${open}${clean(result.text)}${close}`) + langMark(result.lang, view.lang, theme));
  const meta = [result.id, result.category, result.playbook, `${labels.match} ${result.score.toFixed(2)}`]
    .filter((x): x is string => !!x)
    .map(clean)
    .join(' · ');
  lines.push(theme.dim(meta));
  if (result.translations) {
    lines.push(...translationLines(result.translations.text, '  ', theme));
  } else if (result.variants.length > 1) {
    lines.push(`${theme.dim(`${labels.alsoSaid}${labels.colon}`)}${result.variants.slice(1).map((v) => `${open}${clean(v)}${close}`).join(' ')}`);
  }
  if (result.translations && Object.keys(result.translations.motto).length > 0) {
    lines.push(theme.strong(`${labels.motto}${labels.colon}`.trimEnd()));
    lines.push(...translationLines(result.translations.motto, '  ', theme));
  } else if (result.motto) lines.push(`${theme.strong(`${labels.motto}${labels.colon}`)}${clean(result.motto)}`);

  const sound = result.responses.filter((r) => !r.risky);
  const risky = result.responses.filter((r) => r.risky);
  if (sound.length > 0) {
    lines.push('', theme.heading(labels.answers));
    // Grouped by the response's first technique, in the order the playbook gives them.
    const groups = new Map<string, ResponseView[]>();
    for (const r of sound) {
      const key = r.uses[0] ?? '';
      groups.set(key, [...(groups.get(key) ?? []), r]);
    }
    for (const [technique, responses] of groups) {
      const others = [...new Set(responses.flatMap((r) => r.uses.slice(1)))];
      const title = technique === '' ? '—' : techniqueNames([technique], result, labels);
      lines.push(`  ${theme.strong(title)}${others.length > 0 ? theme.dim(` + ${techniqueNames(others, result, labels)}`) : ''}`);
      for (const r of responses) lines.push(...renderResponse(r, view, '    ', '•', theme));
    }
  }
  if (risky.length > 0) {
    lines.push('', theme.risk(labels.dontSay));
    for (const r of risky) {
      lines.push(...renderResponse(r, view, '  ', theme.risk('✗'), theme));
      const names = techniqueNames(r.uses.filter((id) => result.techniques[id]?.family === 'risky'), result, labels);
      lines.push(`    ${theme.risk(`${labels.why}${labels.colon}`)}${names}${r.risk ? `${labels.dash}${clean(r.risk)}` : ''}`);
    }
  }
  if (result.personas.length > 0) {
    lines.push('', theme.heading(labels.whoSays));
    for (const p of result.personas) {
      const parts = [
        p.prefer.length > 0 ? `${labels.prefer}${labels.colon}${techniqueNames(p.prefer, result, labels)}` : '',
        p.avoid.length > 0 ? `${labels.avoid}${labels.colon}${techniqueNames(p.avoid, result, labels)}` : '',
      ].filter((s) => s !== '');
      lines.push(`  • ${theme.strong(clean(p.name))}${parts.length > 0 ? `${labels.dash}${parts.join(labels.semi)}` : ''}`);
    }
  }
  return lines;
}

function renderOthers(others: readonly OtherView[], labels: LookupLabels, theme: Theme): string {
  const [open, close] = labels.quote;
  const items = others.map((o) => `${clean(o.id)} ${open}${clean(o.text)}${close}`).join(labels.sep);
  return theme.dim(`${labels.alsoClose}${labels.colon}${items}`);
}

/** The whole lookup answer; a blank line between objections. */
export function renderLookup(view: LookupView, theme: Theme): string {
  const labels = lookupLabels(view.lang);
  const blocks = view.results.map((r) => {
    const lines = renderResult(r, view, labels, theme);
    if (view.technique && r.responses.length === 0) lines.push('', theme.warn(labels.noResponses(clean(view.technique.name))));
    return lines.join('\n');
  });
  if (view.others.length > 0) blocks.push(renderOthers(view.others, labels, theme));
  return `${blocks.join('\n\n')}\n`;
}

/** The one-line "no match" message and the closest suggestions, for stderr. */
export function renderNoMatch(query: string, suggestions: readonly OtherView[], lang: string, theme: Theme): string {
  const labels = lookupLabels(lang);
  const [open, close] = labels.quote;
  const lines = [`parry: ${labels.noMatch(clean(query))}`];
  if (suggestions.length > 0) {
    lines.push(`${labels.closest}${labels.colon}`.trimEnd());
    for (const s of suggestions) lines.push(`  ${theme.strong(clean(s.id))}  ${open}${clean(s.text)}${close}`);
  } else lines.push(labels.seeList);
  return `${lines.join('\n')}\n`;
}
