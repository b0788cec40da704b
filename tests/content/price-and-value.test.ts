// Content checks for the built-in playbooks `price-and-value` and `customer-types` that the
// validator's generic rules do not express: the ids other writers were promised, the quality bar
// of issue 4 (three sound answers with different techniques), and Persian and Chinese typography.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Playbook } from '../../src/playbook/model.ts';
import { packageRoot } from '../../src/playbook/package-root.ts';
import { toPlaybook } from '../../src/playbook/to-model.ts';

const LANGS = ['en', 'zh', 'ru', 'fa'] as const;
const read = (file: string): Playbook =>
  toPlaybook(parse(readFileSync(join(packageRoot(), 'playbooks', file), 'utf8')), { file });

const core = read('core/techniques.yaml');
const personas = read('personas.yaml');
const prices = read('price-and-value.yaml');
const techniques = new Map(core.techniques.map((t) => [t.id, t]));
const isRisky = (id: string) => techniques.get(id)?.risk !== undefined;

/** Every string of a localised field in one language, wherever it sits in the playbook. */
function textsIn(pb: Playbook, lang: string): string[] {
  const out: string[] = [];
  for (const o of pb.objections) {
    out.push(...(o.text[lang] ?? []), ...(o.aliases[lang] ?? []));
    if (o.motto?.[lang]) out.push(o.motto[lang]);
    for (const r of o.responses) out.push(r.text[lang] ?? '', r.note?.[lang] ?? '');
  }
  for (const p of pb.personas) out.push(p.name[lang] ?? '', p.description?.[lang] ?? '');
  return out.filter((s) => s !== '');
}

describe('customer-types', () => {
  it('defines the 13 persona ids other playbooks refer to', () => {
    expect(personas.id).toBe('customer-types');
    expect(personas.personas.map((p) => p.id).sort()).toEqual(
      [
        'yes-man', 'know-it-all', 'money-no-object', 'rational-sceptic', 'shy-introvert', 'aloof-indifferent',
        'opinion-leader', 'curious', 'suspicious', 'competitive', 'impatient', 'hesitant', 'self-styled-expert',
      ].sort(),
    );
  });

  it('gives every persona a name and description in all four languages, and core techniques only', () => {
    for (const p of personas.personas) {
      for (const lang of LANGS) {
        expect(p.name[lang], `${p.id}.name.${lang}`).toBeTruthy();
        expect(p.description?.[lang], `${p.id}.description.${lang}`).toBeTruthy();
      }
      expect(p.prefer.length, p.id).toBeGreaterThanOrEqual(2);
      expect(p.avoid.length, p.id).toBeGreaterThanOrEqual(1);
      for (const id of [...p.prefer, ...p.avoid]) expect(techniques.has(id), `${p.id}: ${id}`).toBe(true);
      expect(p.prefer.filter(isRisky), `${p.id} prefers a risky technique`).toEqual([]);
    }
  });

  it('keeps the seed names in Chinese', () => {
    const zh = Object.fromEntries(personas.personas.map((p) => [p.id, p.name.zh]));
    expect(zh).toMatchObject({ 'know-it-all': '我最聪明型', hesitant: '犹豫型', 'self-styled-expert': '专家型' });
  });
});

describe('price-and-value', () => {
  it('holds the eight objections of the 通关 drill under the promised ids', () => {
    expect(prices.objections.map((o) => o.id)).toEqual([
      'think-about-it', 'too-expensive', 'market-downturn', 'can-you-go-cheaper',
      'cheaper-elsewhere', 'no-budget', 'worth-it', 'flat-no',
    ]);
  });

  it.each(['think-about-it', 'too-expensive', 'market-downturn', 'can-you-go-cheaper', 'cheaper-elsewhere', 'no-budget', 'worth-it', 'flat-no'])(
    '%s meets the content bar',
    (id) => {
      const o = prices.objections.find((x) => x.id === id)!;
      for (const lang of LANGS) {
        expect(o.text[lang]?.length ?? 0, `${id} variants ${lang}`).toBeGreaterThanOrEqual(2);
        expect(o.motto?.[lang], `${id} motto ${lang}`).toBeTruthy();
        for (const r of o.responses) {
          expect(r.text[lang], `${id} ${r.uses.join('+')} ${lang}`).toBeTruthy();
          if (r.note) expect(r.note[lang], `${id} note ${lang}`).toBeTruthy();
        }
      }
      const sound = o.responses.filter((r) => !r.uses.some(isRisky));
      expect(sound.length).toBeGreaterThanOrEqual(3);
      expect(new Set(sound.map((r) => r.uses[0])).size).toBe(sound.length);
      for (const r of o.responses) {
        expect(r.uses.length).toBeGreaterThanOrEqual(1);
        expect(r.uses.length).toBeLessThanOrEqual(2);
        for (const t of r.uses) expect(techniques.has(t), `${id}: ${t}`).toBe(true);
        if (r.uses.some(isRisky)) expect(r.note?.en, `${id}: warning note`).toMatch(/^Don't say this/);
      }
      expect(o.expect.filter(isRisky)).toEqual([]);
      for (const t of o.expect) expect(sound.some((r) => r.uses.includes(t)), `${id} expects ${t}`).toBe(true);
      for (const p of o.personas) expect(personas.personas.some((x) => x.id === p), p).toBe(true);
    },
  );

  it('keeps the seed manipulations as warnings', () => {
    const risky = prices.objections.flatMap((o) => o.responses.flatMap((r) => r.uses.filter(isRisky)));
    expect(new Set(risky)).toEqual(new Set(['pressure', 'argue', 'false-floor', 'badmouth-competitor']));
  });

  it('has labelled cases that point at its own objections', () => {
    expect(prices.cases.length).toBeGreaterThanOrEqual(3);
    for (const c of prices.cases) {
      expect(prices.objections.some((o) => o.id === c.objection)).toBe(true);
      for (const t of c.expect) expect(techniques.has(t)).toBe(true);
    }
  });
});

describe('typography', () => {
  for (const pb of [personas, prices]) {
    it(`${pb.id}: Persian uses Persian letters, digits and punctuation`, () => {
      for (const s of textsIn(pb, 'fa')) {
        expect(s, s).not.toMatch(/[يك0-9?;,]/);
        // The verb prefix is joined with a ZWNJ (می‌خواهم), never with a space.
        expect(s, s).not.toMatch(/(^|[\s«])ن?می /);
      }
    });
    it(`${pb.id}: Chinese uses full-width punctuation`, () => {
      for (const s of textsIn(pb, 'zh')) expect(s, s).not.toMatch(/[,?!:;()]/);
    });
    it(`${pb.id}: Russian uses «» and no Latin letters`, () => {
      for (const s of textsIn(pb, 'ru')) expect(s, s).not.toMatch(/["a-zA-Z]/);
    });
  }
});
