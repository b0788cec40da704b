import { describe, expect, it } from 'vitest';
import { globToRegExp, hasGlob, splitGlob } from '../../../src/playbook/glob.ts';

describe('glob', () => {
  it('tells globs from plain paths', () => {
    expect(hasGlob('playbooks/*.yaml')).toBe(true);
    expect(hasGlob('playbooks/{a,b}.yml')).toBe(true);
    expect(hasGlob('playbooks/sales.yaml')).toBe(false);
  });

  it('splits the folder to walk from the pattern', () => {
    expect(splitGlob('playbooks/**/*.yaml')).toEqual({ base: 'playbooks', rest: '**/*.yaml' });
    expect(splitGlob('*.yaml')).toEqual({ base: '.', rest: '*.yaml' });
    expect(splitGlob('/abs/dir/*.y?ml')).toEqual({ base: '/abs/dir', rest: '*.y?ml' });
  });

  it('matches *, **, ?, [..] and {a,b} over relative paths', () => {
    const m = (g: string, p: string) => globToRegExp(g).test(p);
    expect(m('*.yaml', 'a.yaml')).toBe(true);
    expect(m('*.yaml', 'sub/a.yaml')).toBe(false);
    expect(m('**/*.yaml', 'a.yaml')).toBe(true);
    expect(m('**/*.yaml', 'x/y/a.yaml')).toBe(true);
    expect(m('x/**', 'x/y/z')).toBe(true);
    expect(m('*.y?ml', 'a.yml')).toBe(false);
    expect(m('*.y?ml', 'a.yaml')).toBe(true);
    expect(m('[ab].yaml', 'b.yaml')).toBe(true);
    expect(m('[!ab].yaml', 'b.yaml')).toBe(false);
    expect(m('{sales,support}/*.yaml', 'support/x.yaml')).toBe(true);
    expect(m('{sales,support}/*.yaml', 'other/x.yaml')).toBe(false);
    expect(m('a.b', 'aXb')).toBe(false);
  });
});
