// The end of a session: a row per question, how each technique went, time, and what is due next.
// Pure: returns text.
import { findObjection, isRisky } from '../../playbook/catalog.ts';
import { pickVariants } from '../../playbook/localize.ts';
import type { SessionSummary } from '../../session/summary.ts';
import { sanitizeLine } from '../sanitize.ts';
import { renderTable } from '../table.ts';
import type { Kit } from './kit.ts';

const INDENT = '  ';

export function renderSummary(kit: Kit, summary: SessionSummary): string {
  const { theme, messages } = kit;
  const head = [messages.summaryTitle, messages.answered(kit.num(summary.results.length), kit.num(summary.planned))];
  if (summary.averageScore !== undefined) head.push(messages.average(kit.score(summary.averageScore)));
  const out = ['', theme.heading(head.join(' · '))];

  if (summary.results.length > 0) {
    const rows = summary.results.map((r) => [
      kit.num(r.questionIndex + 1),
      sanitizeLine(r.question.text),
      kit.num(r.score),
      kit.list(r.detected.map((id) => (isRisky(kit.catalog.techniques.get(id)) ? `⚠ ${kit.technique(id)}` : kit.technique(id)))) || '—',
    ]);
    const table = renderTable(
      [
        { title: '#', align: 'right' },
        { title: messages.columnObjection, flexible: true },
        { title: messages.columnScore, align: 'right' },
        { title: messages.columnTechniques, flexible: true },
      ],
      rows,
      { width: kit.width - INDENT.length, header: theme.dim },
    );
    out.push(...table.map((l) => INDENT + l));
  }

  if (summary.techniques.length > 0) {
    out.push(theme.heading(messages.perTechnique));
    const rows = summary.techniques.map((t) => [kit.technique(t.technique), messages.tally(kit.num(t.hits), kit.num(t.chances))]);
    const table = renderTable([{ title: '', flexible: true }, { title: '' }], rows, { width: kit.width - INDENT.length });
    // The first line is the empty header.
    summary.techniques.forEach((t, i) => {
      const line = table[i + 1] ?? '';
      const style = t.hits === t.chances ? theme.ok : t.hits === 0 ? theme.warn : (s: string) => s;
      out.push(INDENT + style(line));
    });
  }

  if (summary.risky.length > 0) {
    out.push(theme.heading(messages.riskyUsed));
    for (const r of summary.risky) out.push(theme.risk(`${INDENT}⚠ ${kit.technique(r.technique)} ×${kit.num(r.count)}`));
  }

  out.push(messages.totalTime(duration(kit, summary.elapsedMs)));

  if (summary.due && summary.due.length > 0) {
    out.push(theme.heading(messages.dueNext));
    const relative = new Intl.RelativeTimeFormat(kit.lang, { numeric: 'auto' });
    for (const item of summary.due.slice(0, 5)) {
      // The wording asked in this session, when it was; else the objection's first.
      const asked = summary.results.find(
        (r) => r.question.objection.playbook === item.playbook && r.question.objection.id === item.objection && r.question.lang === item.lang,
      );
      const objection = findObjection(kit.catalog, `${item.playbook}/${item.objection}`);
      const wording = asked?.question.text ?? (objection ? pickVariants(objection.text, item.lang)?.variants[0] : undefined);
      const when = relativeTime(relative, item.due.getTime() - summary.endedAt.getTime());
      out.push(kit.wrap(`${sanitizeLine(wording ?? item.objection)} — ${when}`, { indent: `${INDENT}  `, firstIndent: INDENT }));
    }
  }
  return out.join('\n');
}

/** "4 min, 12 sec" in the interface language. */
export function duration(kit: Kit, ms: number): string {
  const total = Math.round(ms / 1000);
  const unit = (n: number, u: 'hour' | 'minute' | 'second') =>
    new Intl.NumberFormat(kit.lang, { style: 'unit', unit: u, unitDisplay: 'short' }).format(n);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const parts = [h > 0 ? unit(h, 'hour') : '', m > 0 ? unit(m, 'minute') : '', s > 0 || total === 0 ? unit(s, 'second') : ''];
  return new Intl.ListFormat(kit.lang, { type: 'unit', style: 'short' }).format(parts.filter(Boolean));
}

function relativeTime(format: Intl.RelativeTimeFormat, ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes <= 0) return format.format(0, 'second');
  if (minutes < 60) return format.format(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (hours < 24) return format.format(hours, 'hour');
  return format.format(Math.round(hours / 24), 'day');
}
