// Content checks for the built-in playbooks `deals` and `gym` (issue 4, CONTENT.md) that the
// validator's generic rules do not express: the ids this writer was given, the quality bar (three
// sound answers with different techniques in four languages), "don't say this" examples marked as
// such, and Persian, Chinese and Russian typography.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { packageRoot } from '../../src/playbook/package-root.ts';
import { toPlaybook } from '../../src/playbook/to-model.ts';

const LOCALES = ['en', 'zh', 'ru', 'fa'] as const;
const readRaw = (file: string): unknown => parse(readFileSync(join(packageRoot(), 'playbooks', file), 'utf8'));

// Ids come from the built-in vocabulary and persona playbooks, so a reference to an id nobody
// defines fails here even before the validator's reference rule runs.
const core = toPlaybook(readRaw('core/techniques.yaml'), { file: 'core/techniques.yaml' });
const personaBook = toPlaybook(readRaw('personas.yaml'), { file: 'personas.yaml' });
const RISKY = core.techniques.filter((t) => t.risk !== undefined).map((t) => t.id);
const CORE = core.techniques.map((t) => t.id);
const PERSONAS = personaBook.personas.map((p) => p.id);

const FILES = {
  'deals.yaml': {
    id: 'deals',
    objections: [
      'busy-right-now', 'out-of-town', 'why-so-expensive', 'compare-and-call-back', 'middle-manager-stalling',
      'boss-stalling', 'hesitant-drags-on', 'wants-free-draft', 'wants-budget-option', 'refuses-design-deposit',
    ],
    // Where the seed teaches a manipulative answer, its "don't say this" example must be there.
    mustWarn: { 'middle-manager-stalling': ['kickback', 'pressure'], 'hesitant-drags-on': ['pressure'] },
  },
  'gym.yaml': {
    id: 'gym',
    objections: ['gym-membership-expensive', 'gym-short-term-card', 'gym-too-busy', 'gym-no-perseverance'],
    mustWarn: { 'gym-short-term-card': ['argue'] },
  },
} as const;

type Localised = Record<string, unknown>;
interface Resp { uses: string[]; text: Localised; note?: Localised }
interface Obj {
  id: string; category: string; text: Localised; aliases?: Localised; motto?: Localised;
  expect: string[]; personas: string[]; responses: Resp[];
}
interface Case { objection?: string; lang: string; answer: string; expect: string[] }
interface Book { parry: number; id: string; title: Localised; locales: string[]; objections: Obj[]; cases: Case[] }

const load = (file: string): Book => readRaw(file) as Book;
const isRisky = (r: Resp) => r.uses.some((u) => RISKY.includes(u));

function expectAllLocales(field: Localised | undefined, where: string) {
  expect(field, where).toBeDefined();
  for (const lang of LOCALES) {
    const v = field![lang];
    const values = Array.isArray(v) ? v : [v];
    expect(values.length, `${where}.${lang}`).toBeGreaterThan(0);
    for (const s of values) expect(typeof s === 'string' && s.trim().length > 0, `${where}.${lang}`).toBe(true);
  }
}

/** Every localised string of a playbook with its language, for orthography checks. */
function localisedStrings(book: Book): Array<[string, string, string]> {
  const out: Array<[string, string, string]> = [];
  const walk = (v: unknown, path: string, lang?: string) => {
    if (typeof v === 'string') {
      if (lang) out.push([lang, path, v]);
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`, lang));
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`, (LOCALES as readonly string[]).includes(k) ? k : lang);
  };
  walk({ title: book.title, objections: book.objections }, '');
  return out;
}

for (const [file, spec] of Object.entries(FILES)) {
  describe(`playbooks/${file}`, () => {
    const book = load(file);

    it('has the assigned playbook id, format version and the four locales', () => {
      expect(RISKY).toEqual(expect.arrayContaining(['pressure', 'kickback', 'argue', 'badmouth-competitor']));
      expect(book.parry).toBe(1);
      expect(book.id).toBe(spec.id);
      expect([...book.locales].sort()).toEqual([...LOCALES].sort());
      expectAllLocales(book.title, 'title');
    });

    it('holds exactly the assigned objection ids', () => {
      expect(book.objections.map((o) => o.id)).toEqual([...spec.objections]);
    });

    for (const o of book.objections) {
      describe(o.id, () => {
        it('has at least two wordings per language, and complete aliases and motto where present', () => {
          for (const lang of LOCALES) {
            const variants = o.text[lang];
            expect(Array.isArray(variants) && variants.length >= 2, `${o.id}.text.${lang}`).toBe(true);
            expect(new Set(variants as string[]).size, `${o.id}.text.${lang} duplicates`).toBe((variants as string[]).length);
          }
          if (o.aliases) expectAllLocales(o.aliases, `${o.id}.aliases`);
          if (o.motto) expectAllLocales(o.motto, `${o.id}.motto`);
        });

        it('uses only core technique and persona ids, with 2–4 sound expected techniques', () => {
          expect(o.expect.length).toBeGreaterThanOrEqual(2);
          expect(o.expect.length).toBeLessThanOrEqual(4);
          for (const t of o.expect) expect(CORE.filter((c) => !RISKY.includes(c)), `${o.id}.expect`).toContain(t);
          for (const r of o.responses) for (const t of r.uses) expect(CORE, `${o.id} uses`).toContain(t);
          expect(o.personas.length).toBeGreaterThan(0);
          for (const p of o.personas) expect(PERSONAS, `${o.id}.personas`).toContain(p);
        });

        it('has at least three sound answers, each showing a different technique, in all four languages', () => {
          const sound = o.responses.filter((r) => !isRisky(r));
          expect(sound.length).toBeGreaterThanOrEqual(3);
          const primary = sound.map((r) => r.uses[0]);
          expect(new Set(primary).size).toBe(primary.length);
          for (const r of o.responses) {
            expect(r.uses.length, `${o.id} uses count`).toBeGreaterThanOrEqual(1);
            expect(r.uses.length, `${o.id} uses count`).toBeLessThanOrEqual(2);
            expectAllLocales(r.text, `${o.id}.responses[${r.uses.join('+')}].text`);
            if (r.note) expectAllLocales(r.note, `${o.id}.responses[${r.uses.join('+')}].note`);
          }
          // Every expected technique is demonstrated by some sound model answer.
          for (const t of o.expect) expect(sound.flatMap((r) => r.uses), `${o.id} expect ${t}`).toContain(t);
        });

        it('labels every "don\'t say this" example with a note saying so in each language', () => {
          const prefix = { en: "Don't say this:", zh: '别这么说：', ru: 'Так говорить нельзя:', fa: 'این را نگویید:' };
          for (const r of o.responses.filter(isRisky)) {
            expect(r.note, `${o.id} risky note`).toBeDefined();
            for (const lang of LOCALES) expect(String(r.note![lang])).toMatch(new RegExp(`^${prefix[lang]}`));
          }
          const warned = o.responses.filter(isRisky).flatMap((r) => r.uses);
          for (const t of (spec.mustWarn as Record<string, readonly string[]>)[o.id] ?? []) expect(warned).toContain(t);
        });
      });
    }

    it('has 3–4 labelled cases on its own objections, with core technique sets', () => {
      expect(book.cases.length).toBeGreaterThanOrEqual(3);
      expect(book.cases.length).toBeLessThanOrEqual(4);
      for (const c of book.cases) {
        expect(spec.objections as readonly string[]).toContain(c.objection);
        expect(LOCALES as readonly string[]).toContain(c.lang);
        expect(c.answer.trim().length).toBeGreaterThan(0);
        for (const t of c.expect) expect(CORE).toContain(t);
      }
    });

    it('writes Persian with Persian letters and punctuation, Chinese with full-width punctuation, and no stray Latin', () => {
      for (const [lang, path, s] of localisedStrings(book)) {
        if (lang === 'fa') {
          expect(s, path).not.toMatch(/[\u064A\u0643]/); // Arabic yeh and kaf
          expect(s, path).not.toMatch(/[?,;]/); // Persian uses ؟ ، ؛
          expect(s, path).not.toMatch(/[0-9]/); // Persian digits in running text
          expect(s, path).not.toMatch(/(^|[\s«])می [\u0600-\u06FF]/); // می‌ takes a ZWNJ, not a space
        }
        if (lang === 'ru') expect(s, path).not.toMatch(/[A-Za-z]/);
        if (lang === 'zh') {
          expect(s, path).not.toMatch(/[A-Za-z]{2,}/);
          expect(s, path).not.toMatch(/[,?:;!()]/); // full-width punctuation in Chinese
        }
      }
    });
  });
}
