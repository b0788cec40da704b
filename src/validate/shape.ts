// Where things live in a format-1 document, as paths into its plain data: the localised
// fields, the id definitions and the references. Rules walk these instead of the raw tree, so
// each rule stays a few lines and every finding can be located. Tolerant of any shape. Pure.
import type { Path } from '../playbook/parse.ts';

type Data = Record<string, unknown>;
const isRecord = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v);
const own = (o: Data, k: string): unknown => (Object.prototype.hasOwnProperty.call(o, k) ? o[k] : undefined);

function items(data: Data, key: string): [Data, Path][] {
  const list = own(data, key);
  if (!Array.isArray(list)) return [];
  const out: [Data, Path][] = [];
  list.forEach((item, i) => {
    if (isRecord(item)) out.push([item, [key, i]]);
  });
  return out;
}

/** A localised field: a mapping from language tag to text (or to variants). */
export interface LocalizedField {
  readonly path: Path;
  /** Its name in the format (`text`, `name`, `cues`, …), for messages. */
  readonly field: string;
  readonly value: Data;
  /** Whether a language may hold a list of variants. */
  readonly variants: boolean;
}

const FIELDS: Record<string, readonly [string, boolean][]> = {
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

function fieldsOf(owner: Data, base: Path, kind: string, out: LocalizedField[]): void {
  for (const [field, variants] of FIELDS[kind]!) {
    const value = own(owner, field);
    if (isRecord(value)) out.push({ path: [...base, field], field, value, variants });
  }
}

export function localizedFields(data: Data): LocalizedField[] {
  const out: LocalizedField[] = [];
  fieldsOf(data, [], 'playbook', out);
  for (const [t, p] of items(data, 'techniques')) fieldsOf(t, p, 'technique', out);
  for (const [o, p] of items(data, 'objections')) {
    fieldsOf(o, p, 'objection', out);
    for (const [r, rp] of items(o, 'responses')) fieldsOf(r, [...p, ...rp], 'response', out);
  }
  for (const [persona, p] of items(data, 'personas')) fieldsOf(persona, p, 'persona', out);
  return out;
}

/** One string a person reads: a localised text (each variant separately) or a case's answer. */
export interface TextEntry {
  readonly path: Path;
  readonly field: string;
  readonly lang: string;
  readonly value: string;
  /** Shown to learners as content (placeholders matter there, not in eval answers). */
  readonly display: boolean;
}

export function texts(data: Data): TextEntry[] {
  const out: TextEntry[] = [];
  for (const f of localizedFields(data)) {
    for (const [lang, v] of Object.entries(f.value)) {
      if (typeof v === 'string') out.push({ path: [...f.path, lang], field: f.field, lang, value: v, display: f.field !== 'cues' });
      else if (Array.isArray(v))
        v.forEach((s, i) => {
          if (typeof s === 'string') out.push({ path: [...f.path, lang, i], field: f.field, lang, value: s, display: f.field !== 'cues' });
        });
    }
  }
  for (const [c, p] of items(data, 'cases')) {
    const answer = own(c, 'answer');
    const lang = own(c, 'lang');
    if (typeof answer === 'string') out.push({ path: [...p, 'answer'], field: 'answer', lang: typeof lang === 'string' ? lang : 'und', value: answer, display: false });
  }
  for (const [o, p] of items(data, 'objections')) {
    const category = own(o, 'category');
    if (typeof category === 'string') out.push({ path: [...p, 'category'], field: 'category', lang: 'und', value: category, display: true });
  }
  return out;
}

export type DefinitionKind = 'playbook' | 'technique' | 'objection' | 'persona';

export interface Definition {
  readonly kind: DefinitionKind;
  readonly id: string;
  /** Path of the `id` value. */
  readonly path: Path;
}

export function definitions(data: Data): Definition[] {
  const out: Definition[] = [];
  const id = own(data, 'id');
  if (typeof id === 'string') out.push({ kind: 'playbook', id, path: ['id'] });
  for (const [key, kind] of [
    ['techniques', 'technique'],
    ['objections', 'objection'],
    ['personas', 'persona'],
  ] as const) {
    for (const [item, p] of items(data, key)) {
      const itemId = own(item, 'id');
      if (typeof itemId === 'string') out.push({ kind, id: itemId, path: [...p, 'id'] });
    }
  }
  return out;
}

export type ReferenceKind = 'technique' | 'persona' | 'objection';

export interface Reference {
  readonly kind: ReferenceKind;
  readonly id: string;
  readonly path: Path;
  /** The list it is in: `expect`, `uses`, `prefer`, `avoid`, `personas`, `objection`. */
  readonly field: string;
}

function idList(owner: Data, base: Path, field: string, kind: ReferenceKind, out: Reference[]): void {
  const list = own(owner, field);
  if (!Array.isArray(list)) return;
  list.forEach((v, i) => {
    if (typeof v === 'string') out.push({ kind, id: v, path: [...base, field, i], field });
  });
}

export function references(data: Data): Reference[] {
  const out: Reference[] = [];
  for (const [o, p] of items(data, 'objections')) {
    idList(o, p, 'expect', 'technique', out);
    idList(o, p, 'personas', 'persona', out);
    for (const [r, rp] of items(o, 'responses')) idList(r, [...p, ...rp], 'uses', 'technique', out);
  }
  for (const [persona, p] of items(data, 'personas')) {
    idList(persona, p, 'prefer', 'technique', out);
    idList(persona, p, 'avoid', 'technique', out);
  }
  for (const [c, p] of items(data, 'cases')) {
    idList(c, p, 'expect', 'technique', out);
    const objection = own(c, 'objection');
    if (typeof objection === 'string') out.push({ kind: 'objection', id: objection, path: [...p, 'objection'], field: 'objection' });
  }
  return out;
}

/** Objections with their responses' technique lists, for the sound-answer rule. */
export interface ObjectionEntry {
  readonly path: Path;
  readonly id: string | undefined;
  readonly hasResponses: boolean;
  readonly responses: readonly (readonly string[])[];
}

export function objections(data: Data): ObjectionEntry[] {
  return items(data, 'objections').map(([o, p]) => {
    const id = own(o, 'id');
    const responses = items(o, 'responses').map(([r]) => {
      const uses = own(r, 'uses');
      return Array.isArray(uses) ? uses.filter((x): x is string => typeof x === 'string') : [];
    });
    return { path: p, id: typeof id === 'string' ? id : undefined, hasResponses: Array.isArray(own(o, 'responses')), responses };
  });
}

/** Language tags written in a document: keys of localised fields, `locales`, and cases' `lang`. */
export interface LangEntry {
  readonly lang: string;
  readonly path: Path;
  /** A key (of a localised field) or a value (in `locales`, a case's `lang`). */
  readonly part: 'key' | 'value';
}

export function langTags(data: Data): LangEntry[] {
  const out: LangEntry[] = [];
  for (const f of localizedFields(data)) for (const lang of Object.keys(f.value)) out.push({ lang, path: [...f.path, lang], part: 'key' });
  const locales = own(data, 'locales');
  if (Array.isArray(locales))
    locales.forEach((l, i) => {
      if (typeof l === 'string') out.push({ lang: l, path: ['locales', i], part: 'value' });
    });
  for (const [c, p] of items(data, 'cases')) {
    const lang = own(c, 'lang');
    if (typeof lang === 'string') out.push({ lang, path: [...p, 'lang'], part: 'value' });
  }
  return out;
}

const SINGULAR: Record<string, string> = { techniques: 'technique', objections: 'objection', personas: 'persona', responses: 'response', cases: 'case' };

/** Words for where a path points, for messages: `response 2 of objection \`too-expensive\``. */
export function describePath(data: Data, path: Path): string {
  const parts: string[] = [];
  let cur: unknown = data;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    const next: unknown = Array.isArray(cur) ? cur[seg as number] : isRecord(cur) ? own(cur, String(seg)) : undefined;
    if (typeof seg === 'number' && typeof path[i - 1] === 'string' && SINGULAR[path[i - 1] as string]) {
      const id = isRecord(next) ? own(next, 'id') : undefined;
      parts.unshift(typeof id === 'string' ? `${SINGULAR[path[i - 1] as string]} \`${id}\`` : `${SINGULAR[path[i - 1] as string]} ${seg + 1}`);
    }
    cur = next;
  }
  return parts.join(' of ') || 'the playbook';
}
