import { describe, expect, it } from 'vitest';
import stringWidth from 'string-width';
import { createDisplay } from '../../../src/playbook/display.ts';
import { buildListView } from '../../../src/playbook/list-view.ts';
import { renderList } from '../../../src/ui/render-list.ts';
import { createTheme } from '../../../src/ui/theme.ts';
import { fixtureCatalog } from '../lookup/fixture.ts';

const catalog = fixtureCatalog();
const theme = createTheme(0);

describe('parry list view and table', () => {
  it('lists objections with their text in the reader language', () => {
    const view = buildListView(catalog, 'objections', createDisplay('ru'));
    expect(view.kind).toBe('objections');
    expect(view.items[0]).toEqual({
      id: 'too-expensive',
      playbook: 'fixture-sales',
      category: 'price',
      lang: 'ru',
      text: 'Это слишком дорого.',
      expect: ['fx-clarify', 'fx-daily-cost'],
      personas: ['fx-hesitant'],
      responses: 3,
    });
  });

  it('lists techniques with their family and risk, personas with prefer and avoid', () => {
    const techniques = buildListView(catalog, 'techniques', createDisplay('en'));
    expect(techniques.items.map((t) => [t.id, 'risky' in t && t.risky])).toEqual([
      ['fx-clarify', false],
      ['fx-daily-cost', false],
      ['fx-social-proof', false],
      ['fx-false-floor', true],
    ]);
    const personas = buildListView(catalog, 'personas', createDisplay('zh'));
    expect(personas.items).toEqual([
      expect.objectContaining({ id: 'fx-hesitant', name: '犹豫型', prefer: ['fx-clarify'], avoid: ['fx-false-floor'] }),
    ]);
  });

  it('keeps only the given playbooks', () => {
    expect(buildListView(catalog, 'objections', createDisplay('en'), new Set(['other'])).items).toEqual([]);
  });

  it('aligns columns by display width and cuts the last one to the terminal', () => {
    const out = renderList(buildListView(catalog, 'objections', createDisplay('zh')), { theme, width: stringWidth, columns: 60 });
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ID\s+类别\s+话术手册\s+客户原话$/);
    const textColumn = stringWidth(lines[1]!.slice(0, lines[1]!.indexOf('太贵了')));
    expect(stringWidth(lines[0]!.slice(0, lines[0]!.indexOf('客户原话')))).toBe(textColumn);
    for (const l of lines) expect(stringWidth(l)).toBeLessThanOrEqual(60);
    expect(lines.some((l) => l.endsWith('…'))).toBe(true);
    expect(lines.at(-1)).toBe('共 5 条异议');
  });

  it('says when nothing is loaded', () => {
    const empty = buildListView(catalog, 'objections', createDisplay('en'), new Set());
    expect(renderList(empty, { theme })).toBe('Nothing of this kind is loaded.\n');
  });
});
