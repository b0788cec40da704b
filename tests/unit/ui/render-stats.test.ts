import { describe, expect, it } from 'vitest';
import { buildCatalog } from '../../../src/playbook/catalog.ts';
import type { Playbook } from '../../../src/playbook/model.ts';
import type { ProgressSummary } from '../../../src/progress/summary.ts';
import { bar, renderStats, sparkline } from '../../../src/ui/render-stats.ts';
import { statsText } from '../../../src/ui/stats-text.ts';
import { createTheme } from '../../../src/ui/theme.ts';

const playbook: Playbook = {
  parry: 1,
  id: 'sales',
  locales: [],
  techniques: [
    { id: 'ask-why', playbook: 'sales', family: 'explore', name: { en: 'Ask why', ru: 'Спросить почему' }, summary: {}, cues: {} },
  ],
  objections: [
    {
      id: 'too-expensive',
      playbook: 'sales',
      text: { en: ["It's too expensive."], zh: ['太贵了。'] },
      aliases: {},
      expect: ['ask-why'],
      personas: [],
      responses: [],
    },
  ],
  personas: [],
  cases: [],
};
const catalog = buildCatalog([playbook]);

const days = Array.from({ length: 30 }, (_, i) => ({
  day: `2024-05-${String(i + 1).padStart(2, '0')}`,
  attempts: i % 3 === 0 ? 0 : 2,
  meanScore: i % 3 === 0 ? null : (i * 3) % 101,
}));
const summary: ProgressSummary = {
  attempts: 42,
  cards: 3,
  objections: 2,
  firstAt: '2024-05-01T09:00:00.000Z',
  lastAt: '2024-05-30T09:00:00.000Z',
  techniques: [
    { id: 'ask-why', expected: 12, shown: 5, recent: 10, mastery: 0.4 },
    { id: 'no-name', expected: 3, shown: 3, recent: 3, mastery: 1 },
  ],
  accuracy: days,
  streak: { current: 3, longest: 7, practisedToday: false },
  due: { now: 2, today: 3, week: 9 },
  leeches: [{ playbook: 'sales', objection: 'too-expensive', lang: 'zh', fails: 5, attempts: 8 }],
  missing: [{ playbook: 'old', objection: 'gone', langs: ['en', 'fa'], attempts: 4 }],
};
const view = (lang: string) => ({ text: statsText(lang), theme: createTheme(0), catalog, leechFails: 4 });

describe('bar and sparkline', () => {
  it('fills bars in eighths and always keeps the width', () => {
    expect(bar(0, 10)).toBe('░'.repeat(10));
    expect(bar(1, 10)).toBe('█'.repeat(10));
    expect(bar(0.5, 10)).toBe('█████░░░░░');
    expect(bar(0.05, 10)).toBe('▌░░░░░░░░░');
    for (let s = 0; s <= 1; s += 0.01) expect([...bar(s, 20)]).toHaveLength(20);
  });

  it('draws one character per day on an absolute scale, a dot for no practice', () => {
    expect(sparkline([0, 12.5, 50, 99, 100, null])).toBe('▁▂▅██·');
  });
});

describe('renderStats', () => {
  it('shows every part in English', () => {
    const out = renderStats(summary, view('en'));
    expect(out).toContain('Progress: 42 attempts on 2 objections');
    expect(out).toContain('Streak: 3 days in a row (longest 7) · not practised yet today');
    expect(out).toContain('Due for review: 2 now · 3 today · 9 this week');
    expect(out).toMatch(/Ask why +████████░{12}  40%  used in 4 of the last 10/);
    expect(out).toMatch(/no-name +█{20} 100%  used in 3 of the last 3/);
    expect(out).toContain(`  ${sparkline(days.map((d) => d.meanScore))}  average`);
    expect(out).toContain('2024-05-01 → 2024-05-30');
    expect(out).toContain('Leeches: failed 4 times or more');
    expect(out).toContain('“太贵了。” (zh) · failed 5 of 8 times');
    expect(out).toContain('old/gone (en, fa) · 4 attempts');
    expect(out.endsWith('\n')).toBe(true);
  });

  it('says how to start when there is no practice', () => {
    expect(renderStats({ ...summary, attempts: 0 }, view('en'))).toBe('No practice recorded yet. Start with: parry practice\n');
  });

  it('speaks Russian with the right plural forms', () => {
    const out = renderStats(summary, view('ru'));
    expect(out).toContain('Прогресс: 42 попытки, 2 возражения');
    expect(out).toContain('Серия: 3 дня подряд (рекорд — 7)');
    expect(out).toContain('Спросить почему');
    const t = statsText('ru');
    expect(t.title(1, 5)).toBe('Прогресс: 1 попытка, 5 возражений');
    expect(t.title(11, 21)).toBe('Прогресс: 11 попыток, 21 возражение');
  });

  it('speaks Persian with Persian digits', () => {
    const out = renderStats(summary, view('fa-IR'));
    expect(out).toContain('پیشرفت: ۴۲ تلاش روی ۲ اعتراض');
    expect(out).toContain('برای مرور: الان ۲ · امروز ۳ · این هفته ۹');
  });

  it('speaks simplified and traditional Chinese', () => {
    expect(renderStats(summary, view('zh-CN'))).toContain('待复习：现在 2 个 · 今天 3 个 · 本周 9 个');
    expect(renderStats(summary, view('zh-TW'))).toContain('待複習：現在 2 個 · 今天 3 個 · 本週 9 個');
  });

  it('falls back to English for other languages', () => {
    expect(statsText('de').lang).toBe('en');
    expect(renderStats(summary, view('ja'))).toContain('Progress: 42 attempts');
  });

  it('never lets playbook text move the cursor', () => {
    const hostile = buildCatalog([
      {
        ...playbook,
        techniques: [{ ...playbook.techniques[0]!, name: { en: 'Ask\u001b[2J why\u202e' } }],
      },
    ]);
    const out = renderStats(summary, { ...view('en'), catalog: hostile });
    expect(out).not.toMatch(/\u001b|\u202e/);
    expect(out).toContain('Ask why');
  });
});
