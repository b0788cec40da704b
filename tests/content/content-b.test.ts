// Checks on the built-in playbooks written for issue 4 (negotiation, real estate, everyday):
// the quality bar of CONTENT.md that a schema cannot see, and per-language hygiene
// (Persian letters and ZWNJ, full-width punctuation in Chinese, no Latin inside Cyrillic words).
// `parry validate --strict` checks references and scorer detection; this test checks the writing.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const FILES = ['playbooks/negotiation.yaml', 'playbooks/real-estate.yaml', 'playbooks/everyday.yaml'];
const LANGS = ['en', 'zh', 'ru', 'fa'] as const;

// Ids come from the built-in core vocabulary and personas; risky techniques carry a `risk` note.
interface Defined { id: string; risk?: unknown }
const readIds = (file: string, key: 'techniques' | 'personas'): Defined[] =>
  (parse(readFileSync(file, 'utf8')) as Record<string, Defined[]>)[key] ?? [];
const CORE = readIds('playbooks/core/techniques.yaml', 'techniques');
const RISKY = new Set(CORE.filter((t) => t.risk !== undefined).map((t) => t.id));
const SOUND = new Set(CORE.filter((t) => t.risk === undefined).map((t) => t.id));
const PERSONAS = new Set(readIds('playbooks/personas.yaml', 'personas').map((p) => p.id));

type Text = Record<string, string>;
type Variants = Record<string, string[]>;
interface Response { uses: string[]; text: Text; note?: Text }
interface Objection {
  id: string; category: string; text: Variants; aliases?: Variants; motto?: Text;
  expect: string[]; personas: string[]; responses: Response[];
}
interface Case { objection: string; lang: string; answer: string; expect: string[] }
interface Book { parry: number; id: string; title: Text; locales: string[]; objections: Objection[]; cases: Case[] }

const books = FILES.map((file) => ({ file, book: parse(readFileSync(file, 'utf8')) as Book }));

/** Every string of a file with the language it is written in. */
function textsOf(book: Book): { lang: string; where: string; s: string }[] {
  const out: { lang: string; where: string; s: string }[] = [];
  const add = (where: string, v: Record<string, string | string[]> | undefined) => {
    for (const [lang, value] of Object.entries(v ?? {}))
      for (const s of Array.isArray(value) ? value : [value]) out.push({ lang, where, s });
  };
  add('title', book.title);
  for (const o of book.objections) {
    add(`${o.id}.text`, o.text);
    add(`${o.id}.aliases`, o.aliases);
    add(`${o.id}.motto`, o.motto);
    o.responses.forEach((r, i) => {
      add(`${o.id}.responses[${i}].text`, r.text);
      add(`${o.id}.responses[${i}].note`, r.note);
    });
  }
  for (const c of book.cases) out.push({ lang: c.lang, where: `case ${c.objection}`, s: c.answer });
  return out;
}

// Words that start with می/نمی without being the verb prefix.
const MI_WORDS = /^(میز|میزان|میلیون|میان|میانگین|میوه|میل|میهمان|میدان|میراث|میکروفون)/;
const PERSIAN_WORD = /[\u0600-\u06FF\u200C]+/g;

function persianProblems(s: string): string[] {
  const found: string[] = [];
  if (/[\u064A\u0643\u0649]/.test(s)) found.push('Arabic ي/ك/ى instead of Persian ی/ک');
  if (/[?,;]/.test(s)) found.push('ASCII ? , or ; instead of ؟ ، ؛');
  for (const word of s.match(PERSIAN_WORD) ?? []) {
    if (/^ن?می[\u0600-\u06FF]/.test(word) && !MI_WORDS.test(word.replace(/^ن/, '')))
      found.push(`missing ZWNJ after the prefix می in «${word}»`);
    // After a letter that joins to the left, a suffix needs a ZWNJ; after ا د ذ ر ز ژ و it looks the same without.
    const last = word.split('\u200C').pop() ?? '';
    if (/[^اآدذرزژو]ها(ی|یی|یم|یت|یش|یمان|یتان|یشان)?$/.test(last) && !/^(آنها|اینها|تنها|تنهایی|نهایی)$/.test(last))
      found.push(`missing ZWNJ before the plural ها in «${word}»`);
    // «دیده‌ایم», «نامه‌ای»; but «جاهای» and «عددهای» are plurals after a non-joining letter.
    if (/.ه(ای|ایم|اید|اند)$/.test(last) && !/[اآدذرزژو]ها(ی|یم|ید)$/.test(last)) found.push(`missing ZWNJ before the ending in «${word}»`);
  }
  return found;
}

function chineseProblems(s: string): string[] {
  const found: string[] = [];
  // ASCII punctuation where Chinese uses full-width; a dot between digits (4.6万) is a decimal point.
  if (/[,?!:;()]/.test(s) || /(?<!\d)\.|\.(?!\d)/.test(s)) found.push('ASCII punctuation in Chinese');
  if (/[\u3040-\u30FF]/.test(s)) found.push('kana in Chinese');
  return found;
}

function russianProblems(s: string): string[] {
  return /[а-яё][a-z]|[a-z][а-яё]/i.test(s) ? ['Latin letters inside a Cyrillic word'] : [];
}

it('reads the core vocabulary and the personas it checks against', () => {
  expect(RISKY).toEqual(new Set(['badmouth-competitor', 'false-floor', 'pressure', 'price-range', 'argue', 'kickback']));
  expect(SOUND.size).toBeGreaterThanOrEqual(30);
  expect(PERSONAS.size).toBe(13);
});

describe.each(books)('$file', ({ file, book }) => {
  it('is a version-1 playbook promising all four languages', () => {
    expect(book.parry).toBe(1);
    expect(book.locales).toEqual([...LANGS]);
    expect(Object.keys(book.title).sort()).toEqual([...LANGS].sort());
  });

  it('has every localised field in all four languages', () => {
    const missing: string[] = [];
    for (const o of book.objections) {
      const fields: [string, object | undefined][] = [['text', o.text], ['aliases', o.aliases], ['motto', o.motto]];
      o.responses.forEach((r, i) => fields.push([`responses[${i}].text`, r.text], [`responses[${i}].note`, r.note]));
      for (const [name, field] of fields) {
        if (field === undefined) continue;
        for (const lang of LANGS) if (!(lang in field)) missing.push(`${o.id}.${name}.${lang}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('gives each objection at least two wordings per language', () => {
    for (const o of book.objections)
      for (const lang of LANGS) expect(o.text[lang]?.length ?? 0, `${o.id} ${lang}`).toBeGreaterThanOrEqual(2);
  });

  it('uses only known technique and persona ids, with 2–4 expected techniques', () => {
    for (const o of book.objections) {
      expect(o.expect.length, o.id).toBeGreaterThanOrEqual(2);
      expect(o.expect.length, o.id).toBeLessThanOrEqual(4);
      for (const t of o.expect) expect(SOUND.has(t), `${o.id} expects ${t}`).toBe(true);
      for (const p of o.personas) expect(PERSONAS.has(p), `${o.id} persona ${p}`).toBe(true);
      for (const r of o.responses) {
        expect(r.uses.length, o.id).toBeGreaterThanOrEqual(1);
        expect(r.uses.length, o.id).toBeLessThanOrEqual(2);
        for (const t of r.uses) expect(SOUND.has(t) || RISKY.has(t), `${o.id} uses ${t}`).toBe(true);
      }
    }
  });

  it('has at least three sound responses per objection, each showing a different technique', () => {
    for (const o of book.objections) {
      const sound = o.responses.filter((r) => !r.uses.some((t) => RISKY.has(t)));
      expect(sound.length, o.id).toBeGreaterThanOrEqual(3);
      const leads = sound.map((r) => r.uses[0]);
      expect(new Set(leads).size, `${o.id}: ${leads.join(', ')}`).toBe(leads.length);
    }
  });

  it('explains every "don\'t say this" answer in its note', () => {
    for (const o of book.objections)
      for (const r of o.responses.filter((x) => x.uses.some((t) => RISKY.has(t)))) {
        expect(r.note?.en, o.id).toMatch(/^Don't say this/);
        expect(r.uses.every((t) => RISKY.has(t)), `${o.id}: a risky answer declares only risky techniques`).toBe(true);
      }
  });

  it('labels 2–4 cases, each for an objection of this file', () => {
    expect(book.cases.length).toBeGreaterThanOrEqual(2);
    expect(book.cases.length).toBeLessThanOrEqual(4);
    const ids = new Set(book.objections.map((o) => o.id));
    for (const c of book.cases) {
      expect(ids.has(c.objection), c.objection).toBe(true);
      expect(LANGS as readonly string[]).toContain(c.lang);
      for (const t of c.expect) expect(SOUND.has(t) || RISKY.has(t), t).toBe(true);
    }
  });

  it('writes each language cleanly', () => {
    const problems: string[] = [];
    for (const { lang, where, s } of textsOf(book)) {
      const found = lang === 'fa' ? persianProblems(s) : lang === 'zh' ? chineseProblems(s) : lang === 'ru' ? russianProblems(s) : [];
      if (/\?\?|\bxx\b|__|TODO|[\u200B\u200D\u202A-\u202E\u2066-\u2069]/.test(s)) found.push('placeholder or invisible character');
      for (const f of found) problems.push(`${file} ${where} [${lang}]: ${f}`);
    }
    expect(problems).toEqual([]);
  });
});

describe('the language checks themselves', () => {
  it('catch what they are meant to catch', () => {
    expect(persianProblems('میخواهم')).toHaveLength(1);
    expect(persianProblems('قیمتها')).toHaveLength(1);
    expect(persianProblems('گفتهایم')).not.toEqual([]);
    expect(persianProblems('كتاب?')).toHaveLength(2);
    expect(persianProblems('می‌خواهم قیمت‌ها را ببینم؛ میز و میلیون و آنها درست‌اند.')).toEqual([]);
    expect(chineseProblems('太贵了,真的?')).toHaveLength(1);
    expect(chineseProblems('总价从5万降到4.6万。')).toEqual([]);
    expect(russianProblems('скидкa')).toHaveLength(1);
  });
});
