// The detection gate of issue 4: every built-in model answer shows, to the scorer, every technique
// its `uses` declares, in every language it is written in (and in the Traditional Chinese that
// OpenCC serves to zh-Hant users); no model answer sets off a risky-technique warning; every
// labelled built-in case is found exactly.
import { readdirSync, readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { toPlaybook } from '../../src/playbook/to-model.ts';
import { createScorer, undetectedUses } from '../../src/scoring/scorer.ts';

const DIR = new URL('../../playbooks/', import.meta.url);
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.yaml')).sort();
const read = (file: string) => parse(readFileSync(new URL(file, DIR), 'utf8'));

const scorer = createScorer(toPlaybook(read('core/techniques.yaml')).techniques);
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

interface Response { uses: string[]; text: Record<string, string> }
interface Objection { id: string; responses?: Response[] }
interface Case { objection: string; lang: string; answer: string; expect: string[] }
interface Book { objections?: Objection[]; cases?: Case[] }

const books = FILES.map((file) => ({ file, book: read(file) as Book }));

it('finds the built-in playbooks', () => {
  expect(FILES).toEqual(expect.arrayContaining(['deals.yaml', 'everyday.yaml', 'gym.yaml', 'negotiation.yaml', 'price-and-value.yaml', 'real-estate.yaml']));
});

describe.each(books)('playbooks/$file', ({ book }) => {
  it("detects every response's declared uses in every language", () => {
    const missed: string[] = [];
    for (const o of book.objections ?? [])
      o.responses?.forEach((r, i) => {
        for (const [lang, text] of Object.entries(r.text)) {
          const gone = undetectedUses(scorer, text, r.uses, lang);
          if (gone.length > 0) missed.push(`${o.id}.responses[${i}] [${lang}] misses ${gone.join(', ')}: ${text}`);
          if (lang === 'zh') {
            const hant = undetectedUses(scorer, toTraditional(text), r.uses, 'zh-Hant');
            if (hant.length > 0) missed.push(`${o.id}.responses[${i}] [zh-Hant] misses ${hant.join(', ')}`);
          }
        }
      });
    expect(missed).toEqual([]);
  });

  it('never finds a risky technique in a model (sound) answer', () => {
    const flagged: string[] = [];
    for (const o of book.objections ?? [])
      o.responses?.forEach((r, i) => {
        if (r.uses.some((u) => scorer.isRisky(u))) return;
        for (const [lang, text] of Object.entries(r.text)) {
          const risky = scorer.detect(text, { lang }).detections.filter((d) => scorer.isRisky(d.technique));
          if (risky.length > 0) flagged.push(`${o.id}.responses[${i}] [${lang}]: ${risky.map((d) => `${d.technique} «${d.text}»`).join(', ')}`);
        }
      });
    expect(flagged).toEqual([]);
  });

  it('finds exactly the techniques of every labelled case', () => {
    const wrong: string[] = [];
    for (const c of book.cases ?? []) {
      const found = scorer.detect(c.answer, { lang: c.lang }).detections.map((d) => d.technique);
      if ([...new Set(found)].sort().join() !== [...c.expect].sort().join())
        wrong.push(`${c.objection} [${c.lang}] expected ${[...c.expect].sort().join()}, found ${[...new Set(found)].sort().join()}`);
    }
    expect(wrong).toEqual([]);
  });
});
