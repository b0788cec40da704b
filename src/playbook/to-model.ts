// Plain data (as parsed from YAML or JSON) → the playbook model. Lenient by design: it trusts
// that validation already reported what is wrong, and drops what it cannot use instead of throwing.
import type {
  Family,
  LabelledCase,
  LocalizedText,
  LocalizedVariants,
  Objection,
  Persona,
  Playbook,
  Response,
  Technique,
} from './model.ts';
import { FAMILIES } from './model.ts';

type Data = Record<string, unknown>;

const isRecord = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const ids = (v: unknown): string[] => list(v).filter((x): x is string => typeof x === 'string');

/** Own enumerable string entries only: `__proto__` and friends arrive as plain keys and stay data. */
function entries(v: unknown): [string, unknown][] {
  return isRecord(v) ? Object.entries(v) : [];
}

export function toText(v: unknown): LocalizedText | undefined {
  const out: Record<string, string> = Object.create(null);
  let any = false;
  for (const [lang, value] of entries(v)) {
    const s = typeof value === 'string' ? value : Array.isArray(value) ? str(value[0]) : undefined;
    if (s !== undefined) {
      out[lang] = s;
      any = true;
    }
  }
  return any ? { ...out } : undefined;
}

export function toVariants(v: unknown): LocalizedVariants {
  const out: Record<string, readonly string[]> = {};
  for (const [lang, value] of entries(v)) {
    const variants = typeof value === 'string' ? [value] : ids(value);
    if (variants.length > 0) Object.defineProperty(out, lang, { value: variants, enumerable: true, writable: false });
  }
  return out;
}

function toTechnique(v: unknown, playbook: string): Technique | undefined {
  if (!isRecord(v) || !str(v.id)) return undefined;
  const family = (FAMILIES as readonly string[]).includes(String(v.family)) ? (v.family as Family) : 'explore';
  const risk = toText(v.risk);
  return {
    id: v.id as string,
    playbook,
    family,
    name: toText(v.name) ?? { en: v.id as string },
    summary: toText(v.summary) ?? {},
    cues: toVariants(v.cues),
    ...(risk ? { risk } : {}),
  };
}

function toResponse(v: unknown): Response | undefined {
  if (!isRecord(v)) return undefined;
  const text = toText(v.text);
  if (!text) return undefined;
  const note = toText(v.note);
  return { uses: ids(v.uses), text, ...(note ? { note } : {}) };
}

function toObjection(v: unknown, playbook: string): Objection | undefined {
  if (!isRecord(v) || !str(v.id)) return undefined;
  const motto = toText(v.motto);
  const category = str(v.category);
  return {
    id: v.id as string,
    playbook,
    ...(category !== undefined ? { category } : {}),
    text: toVariants(v.text),
    aliases: toVariants(v.aliases),
    ...(motto ? { motto } : {}),
    expect: ids(v.expect),
    personas: ids(v.personas),
    responses: list(v.responses).map(toResponse).filter((r): r is Response => r !== undefined),
  };
}

function toPersona(v: unknown, playbook: string): Persona | undefined {
  if (!isRecord(v) || !str(v.id)) return undefined;
  const description = toText(v.description);
  return {
    id: v.id as string,
    playbook,
    name: toText(v.name) ?? { en: v.id as string },
    ...(description ? { description } : {}),
    prefer: ids(v.prefer),
    avoid: ids(v.avoid),
  };
}

const CASE_KEYS = new Set(['answer', 'expect', 'lang', 'objection']);

export function toCase(v: unknown, file?: string): LabelledCase | undefined {
  if (!isRecord(v) || typeof v.answer !== 'string') return undefined;
  const extra: Record<string, unknown> = {};
  for (const [k, value] of entries(v)) if (!CASE_KEYS.has(k)) Object.defineProperty(extra, k, { value, enumerable: true });
  const lang = str(v.lang);
  const objection = str(v.objection);
  return {
    answer: v.answer,
    expect: ids(v.expect),
    ...(lang !== undefined ? { lang } : {}),
    ...(objection !== undefined ? { objection } : {}),
    ...(Object.keys(extra).length > 0 ? { extra } : {}),
    ...(file !== undefined ? { file } : {}),
  };
}

const notUndefined = <T>(x: T | undefined): x is T => x !== undefined;

/**
 * A whole playbook. A file that holds only `cases:` (an eval set) becomes a playbook with
 * an id derived from its file name and nothing but cases.
 */
export function toPlaybook(v: unknown, opts: { file?: string; fallbackId?: string; builtin?: boolean } = {}): Playbook {
  const data = isRecord(v) ? v : {};
  const id = str(data.id) ?? opts.fallbackId ?? 'playbook';
  const title = toText(data.title);
  return {
    parry: 1,
    id,
    ...(title ? { title } : {}),
    locales: ids(data.locales),
    techniques: list(data.techniques).map((t) => toTechnique(t, id)).filter(notUndefined),
    objections: list(data.objections).map((o) => toObjection(o, id)).filter(notUndefined),
    personas: list(data.personas).map((p) => toPersona(p, id)).filter(notUndefined),
    cases: list(data.cases).map((c) => toCase(c, opts.file)).filter(notUndefined),
    ...(opts.file !== undefined ? { file: opts.file } : {}),
    ...(opts.builtin ? { builtin: true } : {}),
  };
}
