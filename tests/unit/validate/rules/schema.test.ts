import { describe, expect, it } from 'vitest';
import { schemaRule } from '../../../../src/validate/rules/schema.ts';
import { BASE, brief, runRule } from '../helpers.ts';

const check = (text: string) => runRule(schemaRule, { 'p.yaml': text });

describe('schema rule', () => {
  it('passes a valid playbook and a case file with extra keys per case', async () => {
    expect(await check(BASE)).toEqual([]);
    expect(await check('cases:\n  - id: en-1\n    source: https://example.com\n    lang: en\n    answer: Compared with what?\n    expect: [clarify]\n')).toEqual([]);
  });

  it('points an unknown key at the key, with a "did you mean"', async () => {
    const f = await check(BASE.replace('    expect:', '    expcet:'));
    expect(brief(f)).toContain('unknown-key 6:5');
    expect(f.find((x) => x.code === 'unknown-key')!.message).toBe('unknown key `expcet` in an objection. Did you mean `expect`?');
  });

  it('lists the known keys when nothing is close', async () => {
    const [f] = await check(BASE.replace('id: test-playbook', 'id: test-playbook\nzzz: 1'));
    expect(f!.message).toMatch(/Known keys here: \$schema, parry, id, title/);
  });

  it('names a missing key with what it is for', async () => {
    const f = await check(BASE.replace('        text: { en: What are you comparing it with? }\n', ''));
    expect(brief(f)).toEqual(['missing-key 8:9']);
    expect(f[0]!.message).toBe('a response needs `text:` (The response, per language).');
  });

  it('asks for `parry: 1` first when the version is missing', async () => {
    const f = await check(BASE.replace('parry: 1\n', ''));
    expect(f[0]!.message).toMatch(/add `parry: 1`/);
  });

  it('explains wrong types: a string for a list, a list for one string, a string for localised text', async () => {
    const f = await check(BASE.replace('expect: [clarify]', 'expect: clarify').replace('text: { en: What are you comparing it with? }', 'text: { en: [a, b] }').replace('id: test-playbook', 'id: test-playbook\ntitle: Team'));
    expect(f.map((x) => x.message)).toEqual([
      '`title` must be a mapping (`key: value` lines), but is a string. Write it per language, e.g. `title: { en: … }`.',
      '`expect` must be a list, but is a string. Write it as a list: `[clarify]`.',
      '`en` must be a string, but is a list. Only `text` of objections, `aliases` and `cues` take lists of variants; here write one string.',
    ]);
  });

  it('suggests the family and the kebab-case id', async () => {
    const f = await check(BASE.replace('objections:', 'techniques:\n  - id: Pilot_Offer\n    family: offers\n    name: { en: Pilot }\nobjections:'));
    expect(f.map((x) => `${x.code} ${x.message}`)).toEqual([
      'invalid-id `Pilot_Offer` is not a kebab-case id: lower-case letters and digits joined by single hyphens. Write `pilot-offer`.',
      'invalid-value `offers` is not a technique family. Did you mean `offer`? Allowed: explore, acknowledge, value, proof, offer, close, follow-through, risky.',
    ]);
  });

  it('tells format 2 from a quoted 1', async () => {
    expect(brief(await check(BASE.replace('parry: 1', 'parry: 2')))).toEqual(['unsupported-version 1:8']);
    expect(brief(await check(BASE.replace('parry: 1', 'parry: "1"')))).toEqual(['wrong-type 1:8']);
  });

  it('reports a language key that is not a tag, and a value split at a comma', async () => {
    const f = await check(BASE.replace('text: { en: "It\'s too expensive." }', 'text: { en: It is, sadly, too expensive }'));
    expect(brief(f)).toEqual(['invalid-locale 5:24', 'invalid-locale 5:31']);
    expect(f[0]!.message).toMatch(/split at a comma/);
  });

  it('reports empty text, empty lists, and repeated ids in a list', async () => {
    const f = await check(BASE.replace('text: { en: "It\'s too expensive." }', 'text: { en: [] }\n    motto: {}').replace('expect: [clarify]', 'expect: [clarify, clarify]').replace('What are you comparing it with?', '""'));
    expect(brief(f)).toEqual(['empty-text 5:17', 'empty-text 6:5', 'duplicate-item 7:23', 'empty-text 10:21']);
  });
});
