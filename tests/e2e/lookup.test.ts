// `parry lookup` from the built binary: JSON shape, exit codes, languages, and the acceptance
// table of issue 7 (every query finds its objection first).
import { describe, expect, it } from 'vitest';
import { QUERIES } from '../fixtures/lookup/queries.ts';
import { runParry } from './run-binary.ts';

const FIXTURE = ['--no-builtin', '--playbook', 'tests/fixtures/lookup/sales.yaml'];
const json = (args: string[]) => {
  const r = runParry([...args, '--json']);
  return { ...r, data: r.stdout ? JSON.parse(r.stdout) : undefined };
};

describe('parry lookup (built binary)', () => {
  it('--json: one document with the stable fields, exit 0', () => {
    const r = json(['lookup', 'too', 'expensiv']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const [first] = r.data.results;
    expect(first).toMatchObject({ id: 'too-expensive', playbook: expect.any(String), text: expect.any(String), lang: 'en' });
    expect(first.score).toBeGreaterThan(0.5);
    expect(first.score).toBeLessThanOrEqual(1);
    expect(typeof first.motto === 'string' || first.motto === null).toBe(true);
    expect(first.responses.length).toBeGreaterThan(0);
    for (const resp of first.responses) {
      expect(resp).toMatchObject({ uses: expect.any(Array), text: expect.any(String), risky: expect.any(Boolean) });
    }
    expect(first.responses.some((x: { risky: boolean }) => x.risky)).toBe(true);
    expect(first.personas.every((p: { id: string; prefer: unknown[] }) => typeof p.id === 'string' && Array.isArray(p.prefer))).toBe(true);
    expect(r.data).toMatchObject({ query: 'too expensiv', lang: 'en', technique: null, suggestions: [] });
  });

  it('text output in the reader language, traditional Chinese derived from simplified', () => {
    const r = runParry(['lookup', '太貴了', '--lang', 'zh-TW']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('「太貴了。」');
    expect(r.stdout).toContain('應對話術');
    expect(r.stdout).not.toMatch(/[价钱这说们]/); // simplified-only characters
  });

  it('--limit shows more objections, --technique keeps only its answers', () => {
    const r = json(['lookup', 'cheaper', '--limit', '3']);
    expect(r.code).toBe(0);
    expect(r.data.results.length).toBeGreaterThan(1);
    expect(r.data.results.length).toBeLessThanOrEqual(3);
    const t = json(['lookup', 'too-expensive', '--technique', 'daily-cost']);
    expect(t.data.results[0].responses.every((x: { uses: string[] }) => x.uses.includes('daily-cost'))).toBe(true);
    expect(t.data.technique.id).toBe('daily-cost');
  });

  it('--all-langs carries every language', () => {
    const r = json(['lookup', 'think-about-it', '--all-langs']);
    expect(Object.keys(r.data.results[0].translations.text)).toEqual(expect.arrayContaining(['en', 'zh', 'ru', 'fa']));
  });

  it('no match: exit 1, the closest on stderr, nothing on stdout', () => {
    const r = runParry(['lookup', 'qwxz', 'vbnm']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^parry: Nothing matches “qwxz vbnm”\.\n/);
    const j = json(['lookup', 'thnk abuot', ...FIXTURE]);
    expect(j.code).toBe(1);
    expect(j.data.results).toEqual([]);
    expect(j.data.suggestions.length).toBeGreaterThan(0);
  });

  it('exit 2 for what cannot run: no query, unknown technique, bad --limit, unreadable playbook', () => {
    const none = runParry(['lookup']);
    expect(none.code).toBe(2);
    const technique = runParry(['lookup', 'x', '--technique', 'clarfy']);
    expect(technique.code).toBe(2);
    expect(technique.stderr).toBe("parry: unknown technique 'clarfy' (did you mean 'clarify'?); see `parry list techniques`.\n");
    expect(runParry(['lookup', 'x', '--limit', '0']).code).toBe(2);
    const missing = runParry(['lookup', 'x', '--playbook', 'no/such.yaml']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read no/such.yaml');
    for (const r of [none, technique, missing]) expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a playbook in traditional Chinese is found with simplified and traditional queries', () => {
    const args = ['--no-builtin', '--playbook', 'tests/fixtures/lookup/hant.yaml'];
    for (const query of ['价格太高了', '價格太高了', '负担不起']) {
      const r = json(['lookup', query, ...args, '--lang', 'zh-TW']);
      expect(r.code, `${query}: ${r.stderr}`).toBe(0);
      expect(r.data.results[0]).toMatchObject({ id: 'price-too-high', lang: 'zh-Hant', text: '這個價格太高了，我們負擔不起。' });
    }
  });

  it('--playbook files are searched too (indexed at run time)', () => {
    const r = json(['lookup', 'почему так дорого', ...FIXTURE]);
    expect(r.code).toBe(0);
    expect(r.data.results[0]).toMatchObject({ id: 'why-so-expensive', playbook: 'fixture-sales', score: 1 });
  });
});

describe('lookup acceptance table, from the built binary', () => {
  it.each(QUERIES.map((q) => [q.lang, q.query, q.expect] as const))('[%s] %s → %s', (lang, query, expected) => {
    const r = json(['lookup', query, '--lang', lang]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.data.results[0].id).toBe(expected);
  });
});
