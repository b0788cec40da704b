import { describe, expect, it } from 'vitest';
import { emptyTextRule } from '../../../../src/validate/rules/empty-text.ts';
import { localeTagsRule } from '../../../../src/validate/rules/locale-tags.ts';
import { localesRule } from '../../../../src/validate/rules/locales.ts';
import { findBlanks, placeholdersRule } from '../../../../src/validate/rules/placeholders.ts';
import { soundAnswerRule } from '../../../../src/validate/rules/sound-answer.ts';
import { BASE, brief, runRule } from '../helpers.ts';

describe('locales rule', () => {
  it('reports each localised field that lacks a promised language, at its key', async () => {
    const text = BASE.replace('id: test-playbook', 'id: test-playbook\nlocales: [en, zh, ru]').replace('"It\'s too expensive." }', '"It\'s too expensive.", zh: 太贵了 }');
    const f = await runRule(localesRule, { 'p.yaml': text });
    expect(brief(f)).toEqual(['missing-locale 6:5', 'missing-locale 10:9']);
    expect(f[0]!.message).toBe('`text` of objection `too-expensive` has no `ru`; add `ru: …` (the playbook promises locales en, zh, ru).');
    expect(f[1]!.message).toMatch(/^`text` of response 1 of objection `too-expensive` has no `zh`, `ru`/);
  });

  it('takes zh as zh-Hant (derived for display), and is silent without locales', async () => {
    const text = BASE.replace('id: test-playbook', 'id: test-playbook\nlocales: [en, zh-Hant]').replace(/\{ en: ([^}]*) \}/g, '{ en: $1, zh: 中文 }');
    expect(await runRule(localesRule, { 'p.yaml': text })).toEqual([]);
    expect(await runRule(localesRule, { 'p.yaml': BASE })).toEqual([]);
  });
});

describe('locale-tags rule', () => {
  it('catches country codes used as languages, in keys, locales and case langs', async () => {
    const text = BASE.replace('id: test-playbook', 'id: test-playbook\nlocales: [en, jp]').replace('"It\'s too expensive." }', '"It\'s too expensive.", cn: 太贵了 }') + 'cases:\n  - lang: ua\n    answer: Порівняно з чим?\n    expect: [clarify]\n';
    const f = await runRule(localeTagsRule, { 'p.yaml': text });
    expect(f.map((x) => `${x.line}:${x.column} ${x.message.slice(-11)}`).sort()).toEqual(['12:11 write `uk`.', '3:15 write `ja`.', '6:40 write `zh`.']);
  });

  it('accepts real tags with scripts and regions', async () => {
    const text = BASE.replace('"It\'s too expensive." }', '"It\'s too expensive.", zh-Hant: 太貴了, pt-BR: Caro demais, sr-Latn-RS: Skupo }');
    expect(await runRule(localeTagsRule, { 'p.yaml': text })).toEqual([]);
  });
});

describe('empty-text rule', () => {
  it('reports text that is only white space (the schema reports "")', async () => {
    const text = BASE.replace('What are you comparing it with?', '"  \\t "');
    expect(brief(await runRule(emptyTextRule, { 'p.yaml': text }))).toEqual(['empty-text 9:21']);
  });
});

describe('placeholders', () => {
  it.each([
    ['??先生，您好', ['??']],
    ['市场??牌子的??钱', ['??', '??']],
    ['你愿意吗???先生', ['???']],
    ['我們xx房屋銷售中心', ['xx']],
    ['以上是我20xx年的工作總結', ['xx']],
    ['__年已經走過', ['__']],
    ['當_產生的時候', ['_']],
    ['TODO: write the answer', ['TODO']],
    ['Price is TBD', ['TBD']],
    ['Hello {{name}}, thanks', ['{{name}}']],
    ['某某先生', ['某某']],
    ['在××活动', ['××']],
    ['Call me at 20XX', ['XX']],
  ])('finds the blank in %j', (s, blanks) => {
    expect(findBlanks(s)).toEqual(blanks);
  });

  it.each(['Really??', 'XX век был трудным', 'Exxon and xylophones', 'snake_case', 'Is it too expensive?', 'Why so expensive?? Because.', 'TODOS los días'])(
    'leaves ordinary writing alone: %j',
    (s) => {
      expect(findBlanks(s)).toEqual([]);
    },
  );

  it('checks text shown to learners, at the blank itself, but not cues or eval answers', async () => {
    const text = BASE.replace('What are you comparing it with?', '"Compared with what, Mr. xx?"') + 'cases:\n  - answer: Really?? Compared with TODO?\n    expect: [clarify]\n';
    const f = await runRule(placeholdersRule, { 'p.yaml': text });
    expect(brief(f)).toEqual(['placeholder 9:46']);
  });
});

describe('sound-answer rule', () => {
  it('warns when an objection has no response, or only risky ones', async () => {
    const none = BASE.replace(/    responses:[\s\S]*$/, '');
    expect(brief(await runRule(soundAnswerRule, { 'p.yaml': none }))).toEqual(['no-sound-answer 4:9']);
    const risky = BASE.replace('uses: [clarify]', 'uses: [clarify, pressure]');
    expect(brief(await runRule(soundAnswerRule, { 'p.yaml': risky }))).toEqual(['no-sound-answer 7:5']);
  });

  it('is satisfied by one sound response among "don\'t say this" examples', async () => {
    const text = BASE + '      - uses: [pressure]\n        text: { en: Sign today or lose the price. }\n';
    expect(await runRule(soundAnswerRule, { 'p.yaml': text })).toEqual([]);
  });
});
