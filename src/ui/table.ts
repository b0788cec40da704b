// A plain text table that fits the terminal: columns measured in display columns (CJK counts two),
// cells of flexible columns wrapped at word boundaries. Pure.
import { displayWidth, padEnd, padStart, wrapLines } from './layout.ts';

export interface Column {
  readonly title: string;
  readonly align?: 'left' | 'right';
  /** May be narrowed and wrapped to fit; fixed columns keep their natural width. */
  readonly flexible?: boolean;
}

export interface TableOptions {
  readonly width: number;
  readonly gap?: number;
  /** Styles the header row (after padding). */
  readonly header?: (s: string) => string;
}

/** Cells are plain text (sanitised by the caller or by wrapping); styles go on whole rows via `style`. */
export function renderTable(
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
  opts: TableOptions,
): string[] {
  const gap = opts.gap ?? 2;
  const natural = columns.map((c, i) => Math.max(displayWidth(c.title), ...rows.map((r) => maxLineWidth(r[i] ?? ''))));
  const widths = fit(columns, natural, opts.width - gap * (columns.length - 1));
  const line = (cells: readonly string[][]) => {
    const height = Math.max(...cells.map((c) => c.length));
    const out: string[] = [];
    for (let y = 0; y < height; y++) {
      const parts = columns.map((c, i) => {
        const text = cells[i]?.[y] ?? '';
        const w = widths[i] as number;
        return c.align === 'right' ? padStart(text, w) : padEnd(text, w);
      });
      out.push(parts.join(' '.repeat(gap)).trimEnd());
    }
    return out;
  };
  const header = line(columns.map((c, i) => wrapLines(c.title, { width: widths[i] as number })));
  const body = rows.flatMap((r) => line(columns.map((_, i) => wrapLines(r[i] ?? '', { width: widths[i] as number }))));
  return [...header.map((h) => (opts.header ? opts.header(h) : h)), ...body];
}

function maxLineWidth(text: string): number {
  return Math.max(0, ...text.split('\n').map(displayWidth));
}

/** Shrink flexible columns, widest first, until the row fits (never below 8 columns each). */
function fit(columns: readonly Column[], natural: number[], room: number): number[] {
  const widths = [...natural];
  const total = () => widths.reduce((a, b) => a + b, 0);
  const MIN = 8;
  while (total() > room) {
    let widest = -1;
    for (let i = 0; i < widths.length; i++) {
      if (columns[i]?.flexible && (widths[i] as number) > MIN && (widest < 0 || (widths[i] as number) > (widths[widest] as number)))
        widest = i;
    }
    if (widest < 0) break;
    widths[widest] = Math.max(MIN, (widths[widest] as number) - Math.max(1, total() - room));
  }
  return widths;
}
