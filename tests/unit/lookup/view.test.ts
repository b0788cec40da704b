import { describe, expect, it } from 'vitest';
import type { Hit } from '../../../src/lookup/search.ts';
import { buildLookupView } from '../../../src/lookup/view.ts';
import { createDisplay } from '../../../src/playbook/display.ts';
import { fixtureCatalog } from './fixture.ts';

const catalog = fixtureCatalog();
const hitFor = (id: string, score = 0.9): Hit => {
  const o = catalog.objections.findIndex((x) => x.id === id);
  return { o, score, entry: { o, kind: 'text', lang: 'en', text: '', scripts: 1 } };
};

describe('lookup view', () => {
  it('shows the objection, motto, responses with risky ones flagged and why, and persona hints', () => {
    const view = buildLookupView(catalog, 'too expensive', [hitFor('too-expensive', 0.96321)], [hitFor('why-so-expensive', 0.6)], createDisplay('en'));
    const [r] = view.results;
    expect(r).toMatchObject({ id: 'too-expensive', playbook: 'fixture-sales', score: 0.963, category: 'price', lang: 'en' });
    expect(r?.text).toBe("It's too expensive.");
    expect(r?.variants).toHaveLength(2);
    expect(r?.motto).toBe('You get what you pay for.');
    expect(r?.responses.map((x) => [x.uses, x.risky])).toEqual([
      [['fx-clarify'], false],
      [['fx-daily-cost'], false],
      [['fx-false-floor'], true],
    ]);
    expect(r?.responses[2]?.risk).toMatch(/not the real floor/);
    expect(r?.personas).toEqual([
      { id: 'fx-hesitant', name: 'The hesitant buyer', description: expect.any(String), prefer: ['fx-clarify'], avoid: ['fx-false-floor'] },
    ]);
    expect(r?.techniques['fx-false-floor']).toEqual({ name: 'False floor', family: 'risky' });
    expect(view.others).toEqual([{ id: 'why-so-expensive', playbook: 'fixture-sales', score: 0.6, text: 'Why is it so expensive?' }]);
    expect(view.suggestions).toEqual([]);
    expect(r?.translations).toBeUndefined();
  });

  it('speaks the reader language, keeps only one technique with --technique, all languages with --all-langs', () => {
    const view = buildLookupView(catalog, 'q', [hitFor('too-expensive')], [], createDisplay('ru'), {
      technique: 'fx-daily-cost',
      allLangs: true,
    });
    const [r] = view.results;
    expect(r?.text).toBe('Это слишком дорого.');
    expect(r?.responses.map((x) => x.uses)).toEqual([['fx-daily-cost']]);
    expect(r?.techniques['fx-daily-cost']?.name).toBe('Цена в день');
    expect(view.technique).toEqual({ id: 'fx-daily-cost', name: 'Цена в день' });
    expect(Object.keys(r?.translations?.text ?? {})).toEqual(['en', 'zh', 'ru', 'fa']);
    expect(Object.keys(r?.responses[0]?.translations ?? {})).toEqual(['en', 'zh', 'ru', 'fa']);
  });

  it('falls back to English for a note missing in the reader language, and says so', () => {
    const [r] = buildLookupView(catalog, 'q', [hitFor('too-expensive')], [], createDisplay('fa')).results;
    expect(r?.responses[0]).toMatchObject({ note: 'Ask before you defend the price.', noteLang: 'en', lang: 'fa' });
  });
});
