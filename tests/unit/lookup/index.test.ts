import { describe, expect, it } from 'vitest';
import { buildIndex, concatIndexes, deserializeIndex, entriesOf, indexMatches, serializeIndex } from '../../../src/lookup/index.ts';
import { createNormalize } from '../../../src/lookup/normalize.ts';
import { fixtureCatalog } from './fixture.ts';

const catalog = fixtureCatalog();
const normalize = createNormalize();

describe('lookup index', () => {
  const index = buildIndex(catalog.objections, normalize);
  const of = (id: string) => {
    const o = catalog.objections.findIndex((x) => x.id === id);
    return entriesOf(index).filter((e) => e.o === o);
  };

  it('holds the id, every variant in every language, aliases, mottos and the category, normalised', () => {
    const entries = of('too-expensive');
    expect(entries.find((e) => e.kind === 'id')?.text).toBe('too expensive');
    expect(entries.filter((e) => e.kind === 'text').map((e) => e.lang).sort()).toEqual(['en', 'en', 'fa', 'fa', 'ru', 'ru', 'zh', 'zh']);
    expect(entries.some((e) => e.kind === 'text' && e.lang === 'en' && e.text === 'its too expensive')).toBe(true);
    expect(entries.some((e) => e.kind === 'alias' && e.lang === 'fa' && e.text === 'گرون')).toBe(true);
    expect(entries.some((e) => e.kind === 'motto' && e.lang === 'zh' && e.text === '一分钱一分货')).toBe(true);
    expect(entries.some((e) => e.kind === 'category' && e.text === 'price')).toBe(true);
  });

  it('keeps one entry per string and objection, the most specific kind', () => {
    const entries = of('too-expensive');
    const texts = entries.map((e) => e.text);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('round-trips through its JSON form and knows when it is stale', () => {
    const back = deserializeIndex(JSON.parse(JSON.stringify(serializeIndex(index))));
    expect(back && entriesOf(back)).toEqual(entriesOf(index));
    expect(back?.ids).toEqual(index.ids);
    expect(deserializeIndex({ ...serializeIndex(index), text: [] })).toBeUndefined();
    expect(indexMatches(index, catalog.objections)).toBe(true);
    expect(indexMatches(index, catalog.objections.slice(1))).toBe(false);
    expect(deserializeIndex({ format: 2 })).toBeUndefined();
  });

  it('offsets the positions of a later slice', () => {
    const first = buildIndex(catalog.objections.slice(0, 2), normalize);
    const rest = buildIndex(catalog.objections.slice(2), normalize, 2);
    expect(concatIndexes([first, rest])).toEqual(index);
  });
});
