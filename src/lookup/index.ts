// The lookup index: every string a user might type to find an objection, normalised once.
// Pure data, so the built-in part is computed at build time (scripts/build-lookup.ts) and read
// as JSON, and the part for --playbook files is computed at run time with the same function.
import type { Objection } from '../playbook/model.ts';
import type { Normalize } from './normalize.ts';
import { scriptsOf } from './scripts.ts';

/** Where an indexed string comes from; it decides how much a match on it counts. */
export type EntryKind = 'id' | 'text' | 'alias' | 'motto' | 'category';

export interface IndexEntry {
  /** Position of the objection in the catalog's `objections`. */
  readonly o: number;
  readonly kind: EntryKind;
  /** Language of the source string ('' for ids and categories, which have none). */
  readonly lang: string;
  /** The normalised string. */
  readonly text: string;
  /** Scripts it is written in (scriptsOf), so a query is compared only with strings it could match. */
  readonly scripts: number;
}

/**
 * Column by column rather than entry by entry: the prebuilt index is used exactly as JSON.parse
 * returns it (no object per entry to build at start-up), and search makes entries only for the
 * strings in the query's scripts.
 */
export interface LookupIndex {
  /** Ids of the indexed objections in catalog order: a prebuilt index is used only if these agree. */
  readonly ids: readonly string[];
  readonly o: readonly number[];
  readonly kind: readonly EntryKind[];
  readonly lang: readonly string[];
  readonly text: readonly string[];
  readonly scripts: readonly number[];
}

/** The JSON form: the index itself, with a format number. */
export interface SerializedIndex extends LookupIndex {
  readonly format: 3;
}

const COLUMNS = ['o', 'kind', 'lang', 'text', 'scripts'] as const;

export function indexSize(index: LookupIndex): number {
  return index.text.length;
}

export function entryAt(index: LookupIndex, i: number): IndexEntry {
  return {
    o: index.o[i] as number,
    kind: index.kind[i] as EntryKind,
    lang: index.lang[i] as string,
    text: index.text[i] as string,
    scripts: index.scripts[i] as number,
  };
}

export function entriesOf(index: LookupIndex): IndexEntry[] {
  return Array.from({ length: indexSize(index) }, (_, i) => entryAt(index, i));
}

function fromEntries(ids: readonly string[], entries: readonly IndexEntry[]): LookupIndex {
  return {
    ids,
    o: entries.map((e) => e.o),
    kind: entries.map((e) => e.kind),
    lang: entries.map((e) => e.lang),
    text: entries.map((e) => e.text),
    scripts: entries.map((e) => e.scripts),
  };
}

// Earlier kinds win when one objection yields the same normalised string twice.
const KIND_ORDER: readonly EntryKind[] = ['id', 'text', 'alias', 'motto', 'category'];

export function buildIndex(objections: readonly Objection[], normalize: Normalize, offset = 0): LookupIndex {
  const entries: IndexEntry[] = [];
  objections.forEach((objection, i) => {
    const o = offset + i;
    const seen = new Map<string, IndexEntry>();
    const add = (kind: EntryKind, lang: string, raw: string) => {
      const text = normalize(raw);
      if (text === '') return;
      const prior = seen.get(text);
      if (prior && KIND_ORDER.indexOf(prior.kind) <= KIND_ORDER.indexOf(kind)) return;
      seen.set(text, { o, kind, lang, text, scripts: scriptsOf(text) });
    };
    add('id', '', objection.id);
    for (const [lang, variants] of Object.entries(objection.text)) for (const v of variants) add('text', lang, v);
    for (const [lang, variants] of Object.entries(objection.aliases)) for (const v of variants) add('alias', lang, v);
    for (const [lang, motto] of Object.entries(objection.motto ?? {})) add('motto', lang, motto);
    if (objection.category) add('category', '', objection.category);
    entries.push(...seen.values());
  });
  return fromEntries(
    objections.map((o) => o.id),
    entries,
  );
}

/** Indexes of consecutive catalog slices (built-ins, then --playbook files) as one. */
export function concatIndexes(parts: readonly LookupIndex[]): LookupIndex {
  const nonEmpty = parts.filter((p) => p.ids.length > 0);
  if (nonEmpty.length === 1) return nonEmpty[0] as LookupIndex; // the usual case: built-ins only
  return fromEntries(
    nonEmpty.flatMap((p) => p.ids),
    nonEmpty.flatMap(entriesOf),
  );
}

export function serializeIndex(index: LookupIndex): SerializedIndex {
  const { ids, o, kind, lang, text, scripts } = index;
  return { format: 3, ids, o, kind, lang, text, scripts };
}

/** The prebuilt index, or undefined when it is not in the expected format. */
export function deserializeIndex(data: unknown): LookupIndex | undefined {
  const d = data as Partial<SerializedIndex> | null;
  if (!d || d.format !== 3 || !Array.isArray(d.ids)) return undefined;
  const size = Array.isArray(d.text) ? d.text.length : -1;
  if (!COLUMNS.every((c) => Array.isArray(d[c]) && (d[c] as unknown[]).length === size)) return undefined;
  return d as SerializedIndex;
}

/** Whether a prebuilt index was made from exactly these objections (a stale build is rebuilt). */
export function indexMatches(index: LookupIndex, objections: readonly Objection[]): boolean {
  return index.ids.length === objections.length && objections.every((o, i) => index.ids[i] === o.id);
}
