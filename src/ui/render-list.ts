// `parry list` as a table: ids and other short columns padded, the localised text last (so
// Chinese and Persian widths never break the alignment) and cut to the terminal's width.
// Pure: the view, a theme and a width function in, a string out.
import { langChain } from '../playbook/localize.ts';
import type { ListView } from '../playbook/list-view.ts';
import { sanitizeLine } from './sanitize.ts';
import type { Theme } from './theme.ts';

interface ListLabels {
  readonly headers: Readonly<Record<ListView['kind'], readonly string[]>>;
  count(n: number, kind: ListView['kind']): string;
  readonly none: string;
}

const en: ListLabels = {
  headers: {
    objections: ['ID', 'CATEGORY', 'PLAYBOOK', 'WHAT THE CUSTOMER SAYS'],
    techniques: ['ID', 'FAMILY', 'PLAYBOOK', 'NAME'],
    personas: ['ID', 'PLAYBOOK', 'NAME', 'PREFER / AVOID'],
  },
  count: (n, kind) => `${n} ${n === 1 ? kind.slice(0, -1) : kind}`,
  none: 'Nothing of this kind is loaded.',
};
const zh: ListLabels = {
  headers: {
    objections: ['ID', '类别', '话术手册', '客户原话'],
    techniques: ['ID', '类型', '话术手册', '名称'],
    personas: ['ID', '话术手册', '名称', '宜用 / 忌用'],
  },
  count: (n, kind) => `共 ${n} ${{ objections: '条异议', techniques: '种技巧', personas: '类客户' }[kind]}`,
  none: '没有加载这类内容。',
};
const zhHant: ListLabels = {
  headers: {
    objections: ['ID', '類別', '話術手冊', '客戶原話'],
    techniques: ['ID', '類型', '話術手冊', '名稱'],
    personas: ['ID', '話術手冊', '名稱', '宜用 / 忌用'],
  },
  count: (n, kind) => `共 ${n} ${{ objections: '條異議', techniques: '種技巧', personas: '類客戶' }[kind]}`,
  none: '沒有載入這類內容。',
};
const ru: ListLabels = {
  headers: {
    objections: ['ID', 'КАТЕГОРИЯ', 'СБОРНИК', 'ЧТО ГОВОРИТ КЛИЕНТ'],
    techniques: ['ID', 'ГРУППА', 'СБОРНИК', 'НАЗВАНИЕ'],
    personas: ['ID', 'СБОРНИК', 'ТИП', 'ЛУЧШЕ / ИЗБЕГАЙТЕ'],
  },
  count: (n, kind) => `Всего: ${n} (${{ objections: 'возражения', techniques: 'приёмы', personas: 'типы клиентов' }[kind]})`,
  none: 'Ничего такого не загружено.',
};
const fa: ListLabels = {
  headers: {
    objections: ['ID', 'دسته', 'مجموعه', 'حرف مشتری'],
    techniques: ['ID', 'خانواده', 'مجموعه', 'نام'],
    personas: ['ID', 'مجموعه', 'نام', 'بهتر است / پرهیز کنید'],
  },
  count: (n, kind) => `${n} ${{ objections: 'اعتراض', techniques: 'تکنیک', personas: 'تیپ مشتری' }[kind]}`,
  none: 'چیزی از این نوع بارگذاری نشده است.',
};
const LABELS: Readonly<Record<string, ListLabels>> = { en, zh, 'zh-hant': zhHant, ru, fa };

function labelsFor(lang: string): ListLabels {
  for (const tag of langChain(lang)) {
    const hit = LABELS[tag.toLowerCase()];
    if (hit) return hit;
  }
  return en;
}

export interface ListRenderOptions {
  readonly theme: Theme;
  /** Terminal width to cut the last column to; undefined (a pipe) cuts nothing. */
  readonly columns?: number;
  /** Display width of a string (string-width); code units when not given. */
  readonly width?: (s: string) => number;
}

/** Cut `text` to `max` display columns, ending in "…". */
function cut(text: string, max: number, width: (s: string) => number): string {
  if (width(text) <= max) return text;
  let out = '';
  for (const ch of text) {
    if (width(out + ch) > max - 1) break;
    out += ch;
  }
  return `${out}…`;
}

export function renderList(view: ListView, opts: ListRenderOptions): string {
  const { theme } = opts;
  const labels = labelsFor(view.lang);
  if (view.items.length === 0) return `${labels.none}\n`;
  let rows: string[][];
  switch (view.kind) {
    case 'objections':
      rows = view.items.map((o) => [o.id, o.category ?? '', o.playbook, o.text]);
      break;
    case 'techniques':
      rows = view.items.map((t) => [t.id, t.family, t.playbook, t.risky ? `${t.name} ⚠` : t.name]);
      break;
    case 'personas':
      rows = view.items.map((p) => [p.id, p.playbook, p.name, `${p.prefer.join(', ')} / ${p.avoid.join(', ')}`]);
      break;
  }
  rows = rows.map((r) => r.map(sanitizeLine));
  const headers = labels.headers[view.kind];
  const fixed = headers.length - 1;
  const widthOf = opts.width ?? ((s: string) => s.length);
  const widths = headers.slice(0, fixed).map((h, i) => Math.max(widthOf(h), ...rows.map((r) => widthOf(r[i] ?? ''))));
  const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - widthOf(s)));
  const line = (cells: readonly string[], style: (s: string) => string = (s) => s) => {
    const lead = cells.slice(0, fixed).map((c, i) => pad(c, widths[i] ?? 0)).join('  ');
    let last = cells[fixed] ?? '';
    if (opts.columns) last = cut(last, Math.max(10, opts.columns - widthOf(lead) - 2), widthOf);
    return style(`${lead}  ${last}`.trimEnd());
  };
  const out = [line(headers, theme.dim), ...rows.map((r, i) => {
    const risky = view.kind === 'techniques' && view.items[i]?.risky;
    return risky ? line(r, theme.risk) : line(r);
  })];
  out.push(theme.dim(labels.count(view.items.length, view.kind)));
  return `${out.join('\n')}\n`;
}
