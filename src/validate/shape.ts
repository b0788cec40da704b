// Where things live in a format-1 document, as paths into its plain data: the localised
// fields, the id definitions and the references. Rules visit these instead of the raw tree, so
// each rule stays a few lines and every finding can be located. Visitors get the path as a
// function: building 250,000 paths for a 10,000-objection file that has no findings would cost
// more than checking it. Tolerant of any shape. Pure.
import type { Path } from '../playbook/parse.ts';

type Data = Record<string, unknown>;
const isRecord = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v);
// Plain property reads: the keys asked for are format-1 names (`text`, `responses`, …), none of
// which Object.prototype has, and js-yaml stores `__proto__` as an own property. So no
// prototype value can come back, without the cost of hasOwnProperty on every read.
const own = (o: Data, k: string): unknown => o[k];

/** The path being visited, kept on one mutable stack; `at()` copies it for a finding. */
class Cursor {
  // A depth counter instead of `length` changes, which V8 makes slow.
  readonly stack: (string | number)[] = [];
  depth = 0;
  readonly at = (): Path => this.stack.slice(0, this.depth);
  push(a: string | number, b?: string | number): void {
    this.stack[this.depth++] = a;
    if (b !== undefined) this.stack[this.depth++] = b;
  }
  pop(n = 1): void {
    this.depth -= n;
  }
}

/** Records of a list under `key`, visited with the cursor at `[key, i]`. */
function eachItem(data: Data, key: string, cur: Cursor, visit: (item: Data) => void): void {
  const list = own(data, key);
  if (!Array.isArray(list)) return;
  for (let i = 0; i < list.length; i++) {
    const item: unknown = list[i];
    if (!isRecord(item)) continue;
    cur.push(key, i);
    visit(item);
    cur.pop(2);
  }
}

/** Localised fields by owner kind, and whether a language may hold a list of variants. */
const FIELDS: Record<'playbook' | 'technique' | 'objection' | 'response' | 'persona', readonly (readonly [string, boolean])[]> = {
  playbook: [['title', false]],
  technique: [
    ['name', false],
    ['summary', false],
    ['cues', true],
    ['risk', false],
  ],
  objection: [
    ['text', true],
    ['aliases', true],
    ['motto', false],
  ],
  response: [
    ['text', false],
    ['note', false],
  ],
  persona: [
    ['name', false],
    ['description', false],
  ],
};

/** Walk the localised fields with the cursor standing on each (`[objections, 3, text]`). */
function walkFields(data: Data, cur: Cursor, onField: (field: string, value: Data) => void): void {
  const fields = (owner: Data, kind: keyof typeof FIELDS) => {
    for (const [field] of FIELDS[kind]) {
      const value = own(owner, field);
      if (!isRecord(value)) continue;
      cur.push(field);
      onField(field, value);
      cur.pop();
    }
  };
  fields(data, 'playbook');
  eachItem(data, 'techniques', cur, (t) => fields(t, 'technique'));
  eachItem(data, 'objections', cur, (o) => {
    fields(o, 'objection');
    eachItem(o, 'responses', cur, (r) => fields(r, 'response'));
  });
  eachItem(data, 'personas', cur, (p) => fields(p, 'persona'));
}

/**
 * Visit every localised field: its name in the format (`text`, `name`, `cues`, …), its value
 * (language → text or variants), and the path (`[objections, 3, text]`). Positional arguments
 * and one shared path function, because this runs for every field of every objection.
 */
export function forEachLocalizedField(data: Data, visit: (field: string, value: Data, at: () => Path) => void): void {
  const cur = new Cursor();
  walkFields(data, cur, (field, value) => visit(field, value, cur.at));
}

/**
 * Visit every string a person reads: each language (and each variant) of a localised field, an
 * objection's category, a case's answer. `display` is true for text shown to learners as
 * content (placeholders matter there, not in cues or eval answers).
 */
export function forEachText(data: Data, visit: (value: string, lang: string, field: string, display: boolean, at: () => Path) => void): void {
  forEachContent(data, { text: visit });
}

/** What `forEachContent` calls: for each localised field, then for each of its strings. */
export interface ContentVisitor {
  field?: (field: string, value: Data, at: () => Path) => void;
  text?: (value: string, lang: string, field: string, display: boolean, at: () => Path) => void;
}

/**
 * One walk over the content of a document: every localised field, and every string in it plus
 * categories and case answers. Several checks share it (rules/content.ts): a 10,000-objection
 * playbook has a hundred thousand fields, and walking them once per check cost more than the
 * checks themselves.
 */
export function forEachContent(data: Data, visitor: ContentVisitor): void {
  const cur = new Cursor();
  const onField = visitor.field;
  const visit = visitor.text ?? (() => {});
  const fields = (owner: Data, kind: keyof typeof FIELDS) => {
    for (const [field] of FIELDS[kind]) {
      const value = own(owner, field);
      if (!isRecord(value)) continue;
      const display = field !== 'cues';
      cur.push(field);
      if (onField) onField(field, value, cur.at);
      if (!visitor.text) {
        cur.pop();
        continue;
      }
      for (const lang of Object.keys(value)) {
        const v = value[lang];
        cur.push(lang);
        if (typeof v === 'string') visit(v, lang, field, display, cur.at);
        else if (Array.isArray(v))
          for (let i = 0; i < v.length; i++) {
            const s: unknown = v[i];
            if (typeof s !== 'string') continue;
            cur.push(i);
            visit(s, lang, field, display, cur.at);
            cur.pop();
          }
        cur.pop();
      }
      cur.pop();
    }
  };
  fields(data, 'playbook');
  eachItem(data, 'techniques', cur, (t) => fields(t, 'technique'));
  eachItem(data, 'objections', cur, (o) => {
    fields(o, 'objection');
    const category = own(o, 'category');
    if (typeof category === 'string' && visitor.text) {
      cur.push('category');
      visit(category, 'und', 'category', true, cur.at);
      cur.pop();
    }
    eachItem(o, 'responses', cur, (r) => fields(r, 'response'));
  });
  eachItem(data, 'personas', cur, (p) => fields(p, 'persona'));
  if (!visitor.text) return;
  eachItem(data, 'cases', cur, (c) => {
    const answer = own(c, 'answer');
    const lang = own(c, 'lang');
    if (typeof answer !== 'string') return;
    cur.push('answer');
    visit(answer, typeof lang === 'string' ? lang : 'und', 'answer', false, cur.at);
    cur.pop();
  });
}

export type DefinitionKind = 'playbook' | 'technique' | 'objection' | 'persona';

export interface Definition {
  readonly kind: DefinitionKind;
  readonly id: string;
  /** Path of the `id` value. */
  readonly path: Path;
}

/** Ids defined by the document (one per playbook, technique, objection, persona: few enough to list). */
export function definitions(data: Data): Definition[] {
  const out: Definition[] = [];
  const id = own(data, 'id');
  if (typeof id === 'string') out.push({ kind: 'playbook', id, path: ['id'] });
  for (const [key, kind] of [
    ['techniques', 'technique'],
    ['objections', 'objection'],
    ['personas', 'persona'],
  ] as const) {
    const list = own(data, key);
    if (!Array.isArray(list)) continue;
    for (let i = 0; i < list.length; i++) {
      const item: unknown = list[i];
      const itemId = isRecord(item) ? item.id : undefined;
      if (typeof itemId === 'string') out.push({ kind, id: itemId, path: [key, i, 'id'] });
    }
  }
  return out;
}

export type ReferenceKind = 'technique' | 'persona' | 'objection';

/**
 * Visit every id the document refers to: its kind, the id, the list it is in (`expect`, `uses`,
 * `prefer`, `avoid`, `personas`, `objection`), and whether it sits in a labelled case (whose
 * `expect` may name risky techniques).
 */
export function forEachReference(data: Data, visit: (kind: ReferenceKind, id: string, field: string, inCase: boolean, at: () => Path) => void): void {
  const cur = new Cursor();
  const ids = (owner: Data, field: string, kind: ReferenceKind, inCase: boolean) => {
    const list = own(owner, field);
    if (!Array.isArray(list)) return;
    cur.push(field);
    for (let i = 0; i < list.length; i++) {
      const v: unknown = list[i];
      if (typeof v !== 'string') continue;
      cur.push(i);
      visit(kind, v, field, inCase, cur.at);
      cur.pop();
    }
    cur.pop();
  };
  eachItem(data, 'objections', cur, (o) => {
    ids(o, 'expect', 'technique', false);
    ids(o, 'personas', 'persona', false);
    eachItem(o, 'responses', cur, (r) => ids(r, 'uses', 'technique', false));
  });
  eachItem(data, 'personas', cur, (p) => {
    ids(p, 'prefer', 'technique', false);
    ids(p, 'avoid', 'technique', false);
  });
  eachItem(data, 'cases', cur, (c) => {
    ids(c, 'expect', 'technique', true);
    const objection = own(c, 'objection');
    if (typeof objection !== 'string') return;
    cur.push('objection');
    visit('objection', objection, 'objection', true, cur.at);
    cur.pop();
  });
}

/**
 * Visit every objection: its id (if it has one), its `responses` value as written (a list of
 * responses, or anything else when malformed), and its path.
 */
export function forEachObjection(data: Data, visit: (id: string | undefined, responses: unknown, at: () => Path) => void): void {
  const cur = new Cursor();
  eachItem(data, 'objections', cur, (o) => {
    const id = own(o, 'id');
    visit(typeof id === 'string' ? id : undefined, own(o, 'responses'), cur.at);
  });
}

/** Visit the language tags written as values: entries of `locales` and cases' `lang`. */
export function forEachLangValue(data: Data, visit: (lang: string, at: () => Path) => void): void {
  const locales = own(data, 'locales');
  if (Array.isArray(locales))
    for (let i = 0; i < locales.length; i++) {
      const l: unknown = locales[i];
      if (typeof l === 'string') visit(l, () => ['locales', i]);
    }
  const cur = new Cursor();
  eachItem(data, 'cases', cur, (c) => {
    const lang = own(c, 'lang');
    if (typeof lang === 'string') visit(lang, () => [...cur.at(), 'lang']);
  });
}

const SINGULAR: Record<string, string> = { techniques: 'technique', objections: 'objection', personas: 'persona', responses: 'response', cases: 'case' };

/** Words for where a path points, for messages: `response 2 of objection \`too-expensive\``. */
export function describePath(data: Data, path: Path): string {
  const parts: string[] = [];
  let cur: unknown = data;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    const next: unknown = Array.isArray(cur) ? cur[seg as number] : isRecord(cur) && Object.prototype.hasOwnProperty.call(cur, seg) ? cur[String(seg)] : undefined;
    const owner = typeof path[i - 1] === 'string' ? SINGULAR[path[i - 1] as string] : undefined;
    if (typeof seg === 'number' && owner) {
      const id = isRecord(next) ? own(next, 'id') : undefined;
      parts.unshift(typeof id === 'string' ? `${owner} \`${id}\`` : `${owner} ${seg + 1}`);
    }
    cur = next;
  }
  return parts.join(' of ') || 'the playbook';
}
