import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findMojibake, mojibakeRule } from '../../../../src/validate/rules/mojibake.ts';
import { BASE, brief, runRule } from '../helpers.ts';

/** What UTF-8 text becomes when its bytes are read with a single-byte code page. */
function misread(text: string, label: string): string {
  return new TextDecoder(label).decode(new TextEncoder().encode(text));
}

/** Lines of the real-estate seed (shared/seeds/004, copied as a fixture), garbled by GBK read one byte out of step. */
const SEED_004 = readFileSync(new URL('../../../fixtures/validate/seed-004-garbled.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '');

describe('findMojibake', () => {
  it('recognises UTF-8 read as Windows-1252 and says what it was', () => {
    const [hit] = findMojibake(misread('Le café coûte cher', 'windows-1252'), 'fr');
    expect(hit!.text).toBe('Ã© coÃ»');
    expect(hit!.message).toMatch(/Windows-1252.*«Ã© coÃ»» was probably «é coû»/);
    expect(findMojibake(misread('价格太贵了', 'windows-1252'), 'zh')[0]!.message).toMatch(/was probably «价格太贵了»/);
  });

  it('recognises Russian and Persian read with their own code pages', () => {
    expect(findMojibake(misread('Это слишком дорого', 'windows-1251'), 'ru')[0]!.message).toMatch(/Windows-1251.*probably «Это»/);
    expect(findMojibake(misread('این خیلی گران است', 'windows-1256'), 'fa')[0]!.message).toMatch(/Windows-1256/);
  });

  it('recognises the replacement character and GBK round-trip debris', () => {
    expect(findMojibake('价格\ufffd\ufffd了', 'zh')[0]!.text).toBe('\ufffd');
    expect(findMojibake('锟斤拷锟斤拷', 'zh')[0]!.text).toBe('锟斤拷');
  });

  it('recognises the seed-004 garbling: broken pinyin tags, flattened pinyin, kana in Chinese', () => {
    expect(findMojibake('工作總結(jié)是我們?cè)诠ぷ鲿r(shí)的一個(gè)重要部分', 'zh-Hant')[0]!.text).toBe('?cè)');
    expect(findMojibake('房產(chǎn)銷(xiāo)售周工作總結(jié)篇1', 'zh-Hant')[0]!.text).toBe('產(chǎn)');
    expect(findMojibake('而不是我們去改変工作ぷ鳌', 'zh')[0]!.message).toMatch(/kana/);
    expect(findMojibake('高すぎます。考えさせてください。', 'ja')).toEqual([]);
  });

  it('finds something in nearly every line of seed 004', () => {
    const flagged = SEED_004.filter((l) => findMojibake(l, 'zh-Hant').length > 0);
    expect(flagged.length / SEED_004.length).toBeGreaterThan(0.9);
  });

  it.each([
    ['Le café coûte déjà très cher, désolé. « Voilà » — 25 €.', 'fr'],
    ['Это слишком дорого — «подумаем», № 5, ёлка, Сё.', 'ru'],
    ['عکس این محصول را ببینید؛ عکس‌ها واقعی‌اند. مشکل را بگویید، شک نکنید.', 'fa'],
    ['一分钱一分货，您是和哪家比较的呢？（先试用）', 'zh'],
    ['Ärger über Preise? Straße, Größe, Gemüse „gut“.', 'de'],
    ['Pilot (trial run) for 3 months.', 'en'],
  ])('leaves real text alone: %j', (s, lang) => {
    expect(findMojibake(s, lang)).toEqual([]);
  });

  it('finds nothing in the built-in playbooks', async () => {
    const { loadBuiltinPlaybooks } = await import('../../../../src/playbook/builtin.ts');
    const all: string[] = [];
    for (const pb of await loadBuiltinPlaybooks())
      for (const o of pb.objections) {
        for (const v of Object.values(o.text)) all.push(...v);
        for (const r of o.responses) all.push(...Object.values(r.text));
      }
    expect(all.length).toBeGreaterThan(0);
    expect(all.filter((s) => findMojibake(s, 'und').length > 0)).toEqual([]);
  });
});

describe('mojibake rule', () => {
  it('points at the garbled text inside the value', async () => {
    const text = BASE.replace('What are you comparing it with?', 'Le cafÃ© est cher.');
    const f = await runRule(mojibakeRule, { 'p.yaml': text });
    expect(brief(f)).toEqual(['mojibake 9:27']);
  });
});
