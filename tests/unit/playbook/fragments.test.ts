import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';
import { builtinYamlFiles } from '../../../src/playbook/builtin.ts';
import { FragmentLocator } from '../../../src/playbook/fragments.ts';
import { DEFAULT_LIMITS, type Path } from '../../../src/playbook/parse.ts';
import { locateIn, Navigator, recorder } from '../../../src/playbook/positions.ts';
import { PLAYBOOK_YAML_SCHEMA } from '../../../src/playbook/yaml-schema.ts';
import { starterPlaybook } from '../../../src/playbook/starter.ts';

/** Every path of the data, mappings and lists alike. */
function paths(v: unknown, base: Path = [], out: Path[] = []): Path[] {
  out.push(base);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...base, i], out));
  else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) paths(x, [...base, k], out);
  return out;
}

/** The reference: positions recorded for the whole file. */
function wholeFile(text: string) {
  const { listener, result } = recorder(DEFAULT_LIMITS);
  const data = load(text, { schema: PLAYBOOK_YAML_SCHEMA, json: true, listener });
  return { data, nav: new Navigator(text, result.frames) };
}

const SAMPLES: [string, string][] = [
  ['starter', starterPlaybook('schema.json', 'demo')],
  ...builtinYamlFiles().map((f): [string, string] => [f.split('/').slice(-2).join('/'), readFileSync(f, 'utf8')]),
  ['zero-indent lists, comments, block scalars', 'parry: 1\n# comment\nid: x\nobjections:\n- id: a\n  text:\n    en: |\n      - not an item\n      more\n# between\n- id: b\n  text: { en: "b" }\n'],
];

describe('FragmentLocator', () => {
  it.each(SAMPLES)('finds what the whole-file recording finds: %s', (_name, text) => {
    const { data, nav } = wholeFile(text);
    const fragments = new FragmentLocator(text, data, DEFAULT_LIMITS);
    let located = 0;
    for (const path of paths(data))
      for (const part of ['key', 'value'] as const) {
        const span = fragments.locate(path, part);
        if (!span) continue;
        located++;
        expect([path, part, span]).toEqual([path, part, locateIn(nav, path, part)]);
      }
    expect(located).toBeGreaterThan(0);
  });

  it('declines what it cannot cut safely, so the caller records the whole file', () => {
    for (const text of ['{ parry: 1, id: x }\n', '"quoted": 1\nid: x\n', 'a: 1\nb: 2\na: 3\n']) {
      const data = load(text, { schema: PLAYBOOK_YAML_SCHEMA, json: true });
      expect(new FragmentLocator(text, data, DEFAULT_LIMITS).locate(['id'], 'value')).toBeUndefined();
    }
  });
});
