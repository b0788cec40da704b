// The acceptance table of issue 7 against the built-in playbooks: every query finds its
// objection first, and with a score that counts as a match (not a mere suggestion).
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIndex } from '../../../src/lookup/index.ts';
import { createNormalize, type Normalize } from '../../../src/lookup/normalize.ts';
import { createSearcher, MATCH_THRESHOLD, type Searcher } from '../../../src/lookup/search.ts';
import { toSimplified } from '../../../src/scoring/han.ts';
import { loadCatalog } from '../../../src/playbook/load.ts';
import type { Catalog } from '../../../src/playbook/model.ts';
import { QUERIES } from '../../fixtures/lookup/queries.ts';

let catalog: Catalog;
let searcher: Searcher;
let normalize: Normalize;

beforeAll(async () => {
  ({ catalog } = await loadCatalog({ paths: [], builtin: true, cwd: process.cwd() }));
  normalize = createNormalize(toSimplified);
  searcher = createSearcher(buildIndex(catalog.objections, normalize));
});

describe('lookup acceptance table', () => {
  it('has at least 40 queries in each of en, zh, ru, fa, with traditional Chinese', () => {
    expect(QUERIES.length).toBeGreaterThanOrEqual(40);
    for (const lang of ['en', 'zh', 'zh-Hant', 'ru', 'fa']) expect(QUERIES.some((q) => q.lang === lang)).toBe(true);
  });

  it('expects only objections the built-in playbooks define', () => {
    const ids = new Set(catalog.objections.map((o) => o.id));
    expect(QUERIES.map((q) => q.expect).filter((id) => !ids.has(id))).toEqual([]);
  });

  it.each(QUERIES.map((q) => [q.lang, q.query, q.kind, q.expect] as const))('[%s] %s (%s) → %s', async (_lang, query, _kind, expected) => {
    const hits = await searcher.search(normalize(query));
    const top = hits[0];
    const ids = hits.slice(0, 3).map((h) => `${catalog.objections[h.o]?.id}:${h.score.toFixed(2)}`);
    expect(top && catalog.objections[top.o]?.id, `top hits: ${ids.join(', ')}`).toBe(expected);
    expect(top?.score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
  });
});
