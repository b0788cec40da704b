import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runParry } from './run-binary.ts';

const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/scorer/${name}`, import.meta.url));

describe('parry score (built binary)', () => {
  it('finds techniques with spans into the original answer, as JSON', () => {
    const answer = 'I completely understand. What exactly are you comparing it with?';
    const r = runParry(['score', '--json', answer]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.lang).toBe('en');
    expect(doc.techniques).toEqual(['empathize', 'clarify']);
    for (const d of doc.detections) expect(answer.slice(d.start, d.end)).toBe(d.text);
    expect(doc.score).toBeNull();
  });

  it('reads the answer from stdin and detects traditional Chinese', () => {
    const r = runParry(['score', '--json'], { input: '一分錢一分貨，品質絕對有保證。\n' });
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.lang).toBe('zh');
    expect(doc.techniques).toContain('value-over-price');
    expect(doc.detections[0].text).toBe('一分錢一分貨');
  });

  it('scores against an objection and a persona, and warns about risky techniques', () => {
    const r = runParry([
      'score', '--json', '-p', fixture('pricing.yaml'), '--objection', 'too-pricey', '--persona', 'fixture-hesitant',
      'What exactly worries you? Come on, what are you waiting for?',
    ]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ objection: 'too-pricey', persona: 'fixture-hesitant', matched: ['clarify'], missing: ['value-over-price'], risky: ['pressure'] });
    expect(doc.score).toBe(40 + 10 - 15 - 25);
    expect(doc.warnings[0].technique).toBe('pressure');
  });

  it('prints the evidence highlighted in human output, sanitised', () => {
    const r = runParry(['score', 'I hear you.\u001b[2J What exactly worries you?']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('[I hear you]');
    expect(r.stdout).toContain('[What exactly worries]');
    expect(r.stdout).not.toContain('\u001b');
  });

  it('exits 1 when no technique is found, 2 for an unknown objection', () => {
    expect(runParry(['score', 'The weather is lovely today.']).code).toBe(1);
    const r = runParry(['score', '--objection', 'no-such-objection', 'hello']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no objection "no-such-objection"');
  });
});

describe('parry eval (built binary)', () => {
  it('reports a standalone case set with stable JSON keys and exits 0 despite misses', () => {
    const r = runParry(['eval', '--json', fixture('eval-set.yaml')]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.cases).toBe(3);
    expect(doc.micro.tp).toBe(4);
    expect(doc.micro.fn).toBe(1);
    expect(typeof doc.micro.f1).toBe('number');
    expect(doc.languages.ru.micro.f1).toBe(1);
    expect(doc.techniques.clarify).toMatchObject({ tp: 0, fn: 1, f1: 0 });
    expect(doc.misses).toHaveLength(1);
    expect(doc.misses[0]).toMatchObject({ id: 'set-3', missed: ['clarify'] });
  });

  it("passes a playbook whose cases all pass, and fails one whose cases don't", () => {
    const ok = runParry(['eval', fixture('pricing.yaml')]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/2 cases: 2 exact/);
    const bad = runParry(['eval', fixture('failing-playbook.yaml')]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('missed: clarify');
  });

  it('exits 2 on an unreadable file', () => {
    const r = runParry(['eval', fixture('does-not-exist.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot read');
  });
});
