import { describe, expect, it } from 'vitest';
import { buildCatalog, isRisky, isRiskyResponse } from '../../../src/playbook/catalog.ts';
import type { Playbook, Technique } from '../../../src/playbook/model.ts';

const technique = (id: string, family: Technique['family'], risk?: string): Technique => ({
  id,
  playbook: 't',
  family,
  name: { en: id },
  summary: {},
  cues: {},
  ...(risk ? { risk: { en: risk } } : {}),
});

describe('what counts as risky (one definition, the scorer’s)', () => {
  const catalog = buildCatalog([
    {
      parry: 1,
      id: 't',
      locales: [],
      techniques: [technique('pressure', 'risky'), technique('fake-deadline', 'close', 'a deadline that is not real'), technique('clarify', 'explore')],
      objections: [],
      personas: [],
      cases: [],
    } satisfies Playbook,
  ]);

  it('a technique of the risky family, or one with a risk note, is risky', () => {
    expect(['pressure', 'fake-deadline', 'clarify', 'unknown'].map((id) => isRisky(catalog.techniques.get(id)))).toEqual([true, true, false, false]);
  });

  it('a response that uses any risky technique is a "don\'t say this" example', () => {
    expect(isRiskyResponse({ uses: ['clarify'], text: { en: 'x' } }, catalog)).toBe(false);
    expect(isRiskyResponse({ uses: ['clarify', 'fake-deadline'], text: { en: 'x' } }, catalog)).toBe(true);
    expect(isRiskyResponse({ uses: ['pressure'], text: { en: 'x' } }, catalog)).toBe(true);
  });
});
