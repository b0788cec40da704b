// `parry stats` as text: bars for mastery, a sparkline for the score trend. Pure: returns a string.
import { pickText, pickVariants } from '../playbook/localize.ts';
import type { Catalog } from '../playbook/model.ts';
import type { ProgressSummary } from '../progress/summary.ts';
import { displayWidth, padEnd, truncate } from './layout.ts';
import { sanitizeLine } from './sanitize.ts';
import type { StatsText } from './stats-text.ts';
import type { Theme } from './theme.ts';

const BAR_WIDTH = 20;
const NAME_WIDTH = 28;
const LABEL_WIDTH = 60;
const SPARKS = '▁▂▃▄▅▆▇█';

export interface StatsView {
  readonly text: StatsText;
  readonly theme: Theme;
  /** For technique names and objection wording; ids are shown when it has none. */
  readonly catalog: Catalog;
  /** Leech threshold, for its heading. */
  readonly leechFails: number;
}

/** A bar of `width` cells, filled in eighths so small differences still show. */
export function bar(share: number, width = BAR_WIDTH): string {
  const eighths = Math.round(Math.min(1, Math.max(0, share)) * width * 8);
  const full = Math.floor(eighths / 8);
  const part = eighths % 8;
  const partial = part === 0 ? '' : ' ▏▎▍▌▋▊▉'[part] ?? '';
  return '█'.repeat(full) + partial + '░'.repeat(width - full - (part === 0 ? 0 : 1));
}

/** One character per day: the day's mean score on an absolute 0–100 scale; `·` for no practice. */
export function sparkline(values: readonly (number | null)[]): string {
  return values
    .map((v) => (v === null ? '·' : SPARKS[Math.min(SPARKS.length - 1, Math.floor((v / 100) * SPARKS.length))]))
    .join('');
}

export function renderStats(summary: ProgressSummary, view: StatsView): string {
  const { text: t, theme, catalog } = view;
  if (summary.attempts === 0) return `${t.empty}\n`;
  const out: string[] = [];
  out.push(theme.heading(t.title(summary.attempts, summary.objections)));
  const streak = t.streak(summary.streak.current, summary.streak.longest);
  out.push(summary.streak.current > 0 && !summary.streak.practisedToday ? `${streak} · ${theme.warn(t.keepStreak)}` : streak);
  out.push(t.due(summary.due.now, summary.due.today, summary.due.week));

  out.push('', theme.heading(t.masteryHeading));
  if (summary.techniques.length === 0) out.push(`  ${theme.dim(t.noTechniques)}`);
  const names = summary.techniques.map((m) => {
    const technique = catalog.techniques.get(m.id);
    return truncate(sanitizeLine(pickText(technique?.name, t.lang)?.text ?? m.id), NAME_WIDTH);
  });
  const nameWidth = Math.max(0, ...names.map(displayWidth));
  summary.techniques.forEach((m, i) => {
    const shown = Math.round(m.mastery * m.recent);
    const colour = m.mastery >= 0.8 ? theme.ok : m.mastery < 0.4 ? theme.error : theme.warn;
    out.push(
      `  ${padEnd(names[i] ?? m.id, nameWidth)}  ${colour(bar(m.mastery))} ${t.percent(m.mastery).padStart(4)}  ${theme.dim(
        t.masteryDetail(shown, m.recent),
      )}`,
    );
  });

  const days = summary.accuracy;
  const practised = days.filter((d) => d.attempts > 0);
  const mean =
    practised.length === 0
      ? null
      : Math.round((practised.reduce((s, d) => s + (d.meanScore ?? 0) * d.attempts, 0) / practised.reduce((s, d) => s + d.attempts, 0)) * 10) / 10;
  out.push('', theme.heading(t.accuracyHeading(days.length)));
  out.push(`  ${sparkline(days.map((d) => d.meanScore))}  ${t.accuracyAverage(mean)}`);
  if (days.length > 0) out.push(`  ${theme.dim(`${days[0]?.day} → ${days[days.length - 1]?.day}`)}`);

  if (summary.leeches.length > 0) {
    out.push('', theme.heading(t.leechHeading(view.leechFails)));
    for (const l of summary.leeches) {
      const objection = catalog.objections.find((o) => o.playbook === l.playbook && o.id === l.objection);
      const wording = pickVariants(objection?.text, l.lang)?.variants[0];
      const label = wording ? `“${sanitizeLine(wording)}”` : sanitizeLine(`${l.playbook}/${l.objection}`);
      out.push(`  ${truncate(label, LABEL_WIDTH)} ${theme.dim(`(${sanitizeLine(l.lang)})`)} · ${theme.error(t.leechDetail(l.fails, l.attempts))}`);
    }
  }

  if (summary.missing.length > 0) {
    out.push('', theme.heading(t.missingHeading));
    for (const m of summary.missing)
      out.push(
        `  ${sanitizeLine(`${m.playbook}/${m.objection}`)} ${theme.dim(`(${sanitizeLine(m.langs.join(', '))})`)} · ${t.missingDetail(m.attempts)}`,
      );
  }
  return `${out.join('\n')}\n`;
}
