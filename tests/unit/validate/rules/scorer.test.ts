import { describe, expect, it } from 'vitest';
import { loadBuiltinPlaybooks } from '../../../../src/playbook/builtin.ts';
import { loadSchemaValidator } from '../../../../src/playbook/schema-validator.ts';
import { toPlaybook } from '../../../../src/playbook/to-model.ts';
import { createScorer } from '../../../../src/scoring/scorer.ts';
import { createRuleContext, type Rule } from '../../../../src/validate/rule.ts';
import { cuesRule, failingCasesRule, undetectedUsesRule } from '../../../../src/validate/rules/scorer.ts';
import { validationScorer } from '../../../../src/validate/scorer-adapter.ts';
import { analyseSource } from '../../../../src/validate/source.ts';
import { BASE, brief } from '../helpers.ts';

async function run(rule: Rule, text: string, withScorer = true) {
  const file = analyseSource('p.yaml', new TextEncoder().encode(text), 'p').file!;
  const builtins = await loadBuiltinPlaybooks();
  const techniques = [...builtins.flatMap((p) => p.techniques), ...toPlaybook(file.data).techniques];
  const scorer = withScorer ? validationScorer(createScorer(techniques)) : undefined;
  return rule(createRuleContext([file], builtins, await loadSchemaValidator(), scorer));
}

const PILOT = (cues: string) => BASE.replace('objections:', `techniques:\n  - id: pilot-offer\n    family: offer\n    name: { en: Pilot }\n    cues: ${cues}\nobjections:`);

describe('scorer rules', () => {
  it('find nothing without a scorer (validate without --scorer)', async () => {
    const text = BASE.replace('uses: [clarify]', 'uses: [roi]');
    expect(await run(undetectedUsesRule, text, false)).toEqual([]);
    expect(await run(undetectedUsesRule, text)).toHaveLength(1);
  });

  it('name the language a declared technique is not found in, and say when it has no cues there', async () => {
    const text = PILOT('{ en: [pilot] }').replace(
      '        text: { en: What are you comparing it with? }',
      '        text: { en: What are you comparing it with? }\n      - uses: [pilot-offer]\n        text: { en: Start with a small pilot., ru: Начнём с небольшого пилота. }',
    );
    const f = await run(undetectedUsesRule, text);
    expect(brief(f)).toEqual(['undetected-technique 16:52']);
    expect(f[0]!.message).toMatch(/does not find `pilot-offer` in the `ru` text of response 2 of objection `too-expensive` \(`pilot-offer` has no `ru` cues\)/);
  });

  it('report a case whose answer the scorer reads differently, with what is missing and what is extra', async () => {
    const text = `${BASE}cases:\n  - lang: en\n    answer: What are you comparing it with?\n    expect: [roi]\n  - answer: What are you comparing it with?\n    expect: [clarify]\n`;
    const f = await run(failingCasesRule, text);
    expect(brief(f)).toEqual(['failing-case 13:13']);
    expect(f[0]!.message).toMatch(/does not find `roi` and also finds `clarify`/);
  });

  it('lint cues: syntax, traditional characters under zh, everyday words', async () => {
    const f = await run(cuesRule, PILOT('{ en: ["pilot (run", the, small pilot], zh: [試點, 试点] }'));
    expect(f.map((x) => `${x.code} ${x.line}:${x.column}`)).toEqual(['invalid-cue 7:18', 'cue-too-broad 7:32', 'cue-never-matches 7:56']);
    expect(f[2]!.message).toMatch(/write traditional ones under `zh-Hant`/);
  });
});
