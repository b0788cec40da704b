import { describe, expect, it } from 'vitest';
import { attemptsToCsv, csvField } from '../../../src/progress/csv.ts';
import { attempt } from './attempts.ts';

describe('CSV export', () => {
  it('quotes fields with commas, quotes, line breaks or edge spaces, doubling inner quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "yes"')).toBe('"say ""yes"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField(' lead')).toBe('" lead"');
    expect(csvField('太贵了，怎么办')).toBe('太贵了，怎么办');
  });

  it('writes a header and one CRLF row per attempt', () => {
    const csv = attemptsToCsv([
      attempt({ at: '2024-05-06T09:00:00.000Z', answer: 'Fair, "what" do you\ncompare with?', detected: ['ask-why', 'per-day'], expected: ['ask-why'], score: 85, persona: 'hesitant' }),
      attempt({ at: '2024-05-06T09:01:00.000Z', score: 12 }),
    ]);
    const rows = csv.split('\r\n');
    expect(rows[0]).toBe('at,playbook,objection,lang,mode,score,rating,duration_ms,detected,expected,persona,answer');
    expect(rows[1]).toBe('2024-05-06T09:00:00.000Z,sales,too-expensive,en,type,85,easy,1000,ask-why per-day,ask-why,hesitant,"Fair, ""what"" do you\ncompare with?"');
    expect(rows[2]).toBe('2024-05-06T09:01:00.000Z,sales,too-expensive,en,type,12,again,1000,,,,What are you comparing it with?');
    expect(rows[3]).toBe('');
    expect(rows).toHaveLength(4);
  });
});
