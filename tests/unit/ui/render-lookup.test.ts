import { describe, expect, it } from 'vitest';
import type { Hit } from '../../../src/lookup/search.ts';
import { buildLookupView } from '../../../src/lookup/view.ts';
import { createDisplay } from '../../../src/playbook/display.ts';
import { lookupLabels } from '../../../src/ui/lookup-labels.ts';
import { renderLookup, renderNoMatch } from '../../../src/ui/render-lookup.ts';
import { createTheme } from '../../../src/ui/theme.ts';
import { fixtureCatalog } from '../lookup/fixture.ts';

const catalog = fixtureCatalog();
const plain = createTheme(0);
const hitFor = (id: string): Hit => {
  const o = catalog.objections.findIndex((x) => x.id === id);
  return { o, score: 0.9, entry: { o, kind: 'text', lang: 'en', text: '', scripts: 1 } };
};
const render = (lang: string, opts = {}) =>
  renderLookup(buildLookupView(catalog, 'q', [hitFor('too-expensive')], [hitFor('why-so-expensive')], createDisplay(lang), opts), plain);

describe('render lookup', () => {
  it('lays out the objection, motto, answers by technique, the risky example apart, and personas', () => {
    const out = render('en');
    const lines = out.split('\n');
    expect(lines[0]).toBe('“It\'s too expensive.”');
    expect(lines[1]).toBe('too-expensive · price · fixture-sales · match 0.90');
    expect(out).toContain('Motto: You get what you pay for.');
    const answers = lines.indexOf('Answers');
    const dont = lines.indexOf("Don't say this");
    const who = lines.indexOf('Who says this');
    expect(answers).toBeGreaterThan(0);
    expect(dont).toBeGreaterThan(answers);
    expect(who).toBeGreaterThan(dont);
    expect(lines[answers + 1]).toBe('  Clarify');
    expect(lines[answers + 2]).toBe('    • Fair question — what exactly are you comparing it with?');
    expect(lines.slice(dont).join('\n')).toContain('✗ This is already our lowest possible price, I promise.');
    expect(lines.slice(dont).join('\n')).toContain('Why: False floor — Deceptive');
    expect(lines.slice(0, dont).join('\n')).not.toContain('lowest possible price');
    expect(lines[who + 1]).toBe('  • The hesitant buyer — prefer: Clarify; avoid: False floor');
    expect(out.trimEnd().split('\n').at(-1)).toBe('Also close: why-so-expensive “Why is it so expensive?”');
  });

  it('speaks Chinese, Russian and Persian, and marks text shown in a fallback language', () => {
    expect(render('zh')).toContain('应对话术');
    expect(render('zh')).toContain('千万别这么说');
    expect(render('zh')).toContain('Ask before you defend the price. (en)');
    expect(render('ru')).toContain('Как ответить');
    expect(render('fa')).toContain('پاسخ‌ها');
    expect(render('de')).toContain('Answers');
  });

  it('says when no answer uses the chosen technique', () => {
    const out = render('en', { technique: 'fx-social-proof' });
    expect(out).toContain('No answer here uses “Social proof”.');
    expect(out).not.toContain('Answers');
  });

  it('shows every language with --all-langs', () => {
    const out = render('en', { allLangs: true });
    expect(out).toMatch(/^ {2}ru {6}Это слишком дорого\. \/ /m);
    expect(out).toMatch(/^ {6}fa {6}سؤال/m);
  });

  it('never lets terminal escapes from a playbook through', () => {
    const view = buildLookupView(catalog, 'q', [hitFor('too-expensive')], [], createDisplay('en'));
    const hostile = { ...view, results: view.results.map((r) => ({ ...r, text: 'pwn\u001b]0;title\u0007\u001b[2Jed', motto: '\u202eevil' })) };
    const out = renderLookup(hostile, plain);
    expect(out).not.toMatch(/[\u001b\u0007\u202e]/);
    expect(out).toContain('pwned');
  });

  it('no match: one line, then the closest, in the reader language', () => {
    const out = renderNoMatch('xyz', [{ id: 'too-expensive', playbook: 'p', score: 0.3, text: 'Too expensive' }], 'en', plain);
    expect(out).toBe('parry: Nothing matches “xyz”.\nClosest:\n  too-expensive  “Too expensive”\n');
    expect(renderNoMatch('xyz', [], 'ru', plain)).toContain('По запросу «xyz» ничего не найдено.');
  });

  it('picks labels along the fallback chain', () => {
    expect(lookupLabels('zh-TW').answers).toBe('應對話術');
    expect(lookupLabels('zh-HK').answers).toBe('應對話術');
    expect(lookupLabels('zh-CN').answers).toBe('应对话术');
    expect(lookupLabels('fa-IR').answers).toBe('پاسخ‌ها');
    expect(lookupLabels('xx').answers).toBe('Answers');
  });
});
