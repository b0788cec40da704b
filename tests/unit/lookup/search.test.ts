import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../src/lookup/index.ts';
import { createNormalize } from '../../../src/lookup/normalize.ts';
import { createSearcher, MATCH_THRESHOLD } from '../../../src/lookup/search.ts';
import { toSimplified } from '../../../src/scoring/han.ts';
import { fixtureCatalog } from './fixture.ts';

const catalog = fixtureCatalog();
const normalize = createNormalize(toSimplified);
const searcher = createSearcher(buildIndex(catalog.objections, normalize));
const search = async (q: string, loose = false) =>
  (await searcher.search(normalize(q), { loose })).map((h) => ({ id: catalog.objections[h.o]?.id, score: h.score, kind: h.entry.kind }));
const top = async (q: string) => (await search(q))[0];

describe('lookup search (fixture playbook)', () => {
  it.each([
    ['too-expensive', 'too-expensive'],
    ['too expensiv', 'too-expensive'],
    ['expensive too', 'too-expensive'],
    ['to expensve', 'too-expensive'],
    ['cheaper elsew', 'cheaper-elsewhere'],
    ['太贵', 'too-expensive'],
    ['太貴了', 'too-expensive'],
    ['客户说太贵了怎么办', 'too-expensive'],
    ['почему так дорого', 'why-so-expensive'],
    ['сначала обсужу с партнером', 'need-to-consult'],
    ['ارزان تر', 'cheaper-elsewhere'],
    ['جای ديگر ارزان تر است', 'cheaper-elsewhere'],
    ['my wife', 'need-to-consult'],
  ])('%s → %s', async (query, expected) => {
    const hit = await top(query);
    expect(hit?.id).toBe(expected);
    expect(hit?.score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
  });

  it('scores an exact string 1 and ranks it above a string that merely contains the query', async () => {
    const hits = await search('почему так дорого');
    expect(hits[0]).toMatchObject({ id: 'why-so-expensive', score: 1 });
    expect(hits[1]?.id).toBe('too-expensive'); // its alias "дорого" is inside the query
    expect(hits[1]?.score).toBeLessThan(1);
  });

  it('prefers the shorter string when the query matches two as well (coverage)', async () => {
    const [first, second] = await search('дорого');
    expect(first?.id).toBe('too-expensive');
    expect(second?.id).toBe('why-so-expensive');
  });

  it('weighs a category below the words customers say', async () => {
    const hit = (await search('price')).find((h) => h.id === 'why-so-expensive');
    expect(hit?.kind).toBe('category');
    expect(hit?.score).toBeLessThan(0.7);
  });

  it('finds nothing for nonsense, but the loose pass has suggestions for near misses', async () => {
    expect((await search('xyzzy')).filter((h) => h.score >= MATCH_THRESHOLD)).toEqual([]);
    expect(await search('')).toEqual([]);
    expect((await search('thnik', true)).length).toBeGreaterThan(0);
  });

  it('returns hits best first, scores within 0–1', async () => {
    const hits = await search('too expensive');
    for (let i = 1; i < hits.length; i++) expect((hits[i - 1]?.score ?? 0) >= (hits[i]?.score ?? 0)).toBe(true);
    for (const h of hits) expect(h.score > 0 && h.score <= 1).toBe(true);
  });
});
