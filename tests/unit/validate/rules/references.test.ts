import { describe, expect, it } from 'vitest';
import { duplicateIdsRule } from '../../../../src/validate/rules/duplicate-ids.ts';
import { referencesRule } from '../../../../src/validate/rules/references.ts';
import { BASE, brief, runRule } from '../helpers.ts';

describe('references rule', () => {
  it('resolves core techniques, and techniques and personas of any loaded file', async () => {
    const a = BASE.replace('expect: [clarify]', 'expect: [clarify, pilot-offer]\n    personas: [team-lead]');
    const b = 'parry: 1\nid: other\ntechniques:\n  - id: pilot-offer\n    family: offer\n    name: { en: Pilot }\npersonas:\n  - id: team-lead\n    name: { en: Team lead }\n    prefer: [pilot-offer]\n';
    expect(await runRule(referencesRule, { 'a.yaml': a, 'b.yaml': b })).toEqual([]);
  });

  it('reports unknown techniques, personas and objections with a "did you mean"', async () => {
    const text = BASE.replace('expect: [clarify]', 'expect: [clarfy]\n    personas: [hesitent]') + 'cases:\n  - objection: too-expensiv\n    answer: What are you comparing it with?\n    expect: [clarify]\n';
    const f = await runRule(referencesRule, { 'p.yaml': text });
    expect(brief(f)).toEqual(['unknown-technique 6:14', 'unknown-persona 7:16', 'unknown-objection 12:16']);
    expect(f.map((x) => /Did you mean `[^`]+`\?/.exec(x.message)?.[0])).toEqual(['Did you mean `clarify`?', 'Did you mean `hesitant`?', 'Did you mean `too-expensive`?']);
  });

  it('accepts a qualified objection id, and resolves nothing without the built-ins', async () => {
    const cases = 'cases:\n  - objection: test-playbook/too-expensive\n    answer: Compared with what?\n    expect: [clarify]\n';
    expect(await runRule(referencesRule, { 'p.yaml': BASE + cases })).toEqual([]);
    expect(brief(await runRule(referencesRule, { 'p.yaml': BASE }, { builtin: false }))).toEqual(['unknown-technique 6:14', 'unknown-technique 8:16']);
  });

  it('flags a risky technique expected of an answer or preferred for a persona, but not a case label', async () => {
    const text =
      BASE.replace('expect: [clarify]', 'expect: [clarify, pressure]') +
      'personas:\n  - id: p1\n    name: { en: P }\n    prefer: [urgency, false-floor]\n    avoid: [pressure]\ncases:\n  - answer: Buy now or regret it.\n    expect: [pressure]\n';
    expect(brief(await runRule(referencesRule, { 'p.yaml': text }))).toEqual(['risky-expected 6:23', 'risky-expected 13:23']);
  });
});

describe('duplicate-ids rule', () => {
  it('reports an objection id used twice in one playbook', async () => {
    const text = BASE + '  - id: too-expensive\n    text: { en: Too much. }\n';
    const f = await runRule(duplicateIdsRule, { 'p.yaml': text });
    expect(brief(f)).toEqual(['duplicate-id 10:9']);
    expect(f[0]!.message).toMatch(/already used on line 4/);
  });

  it('allows the same objection id in two playbooks', async () => {
    expect(await runRule(duplicateIdsRule, { 'a.yaml': BASE, 'b.yaml': BASE.replace('test-playbook', 'other') })).toEqual([]);
  });

  it('reports playbook, technique and persona ids defined twice across files, naming the first place', async () => {
    const tech = (id: string) => `parry: 1\nid: ${id}\ntechniques:\n  - id: pilot-offer\n    family: offer\n    name: { en: Pilot }\npersonas:\n  - id: lead\n    name: { en: Lead }\n`;
    const f = await runRule(duplicateIdsRule, { 'a.yaml': tech('team'), 'b.yaml': tech('team') });
    expect(f.map((x) => `${x.file} ${x.line}:${x.column} ${x.message.split(';')[0]}`)).toEqual([
      'b.yaml 2:5 playbook id `team` is already defined by a.yaml:2',
      'b.yaml 4:9 technique id `pilot-offer` is already defined by a.yaml:4',
      'b.yaml 8:9 persona id `lead` is already defined by a.yaml:8',
    ]);
  });

  it('does not let a playbook redefine a core technique or reuse a built-in id', async () => {
    const text = BASE.replace('objections:', 'techniques:\n  - id: clarify\n    family: explore\n    name: { en: Ask }\nobjections:').replace('id: test-playbook', 'id: core');
    const f = await runRule(duplicateIdsRule, { 'p.yaml': text });
    expect(brief(f)).toEqual(['duplicate-id 2:5', 'duplicate-id 4:9']);
    expect(f[1]!.message).toMatch(/belongs to the core vocabulary/);
  });
});
