import { describe, expect, it } from 'vitest';
import type { LogProblem } from '../../../src/progress/parse-log.ts';
import { statsText } from '../../../src/ui/stats-text.ts';

describe('a skipped log line, in every interface language', () => {
  const problems: LogProblem[] = [
    { line: 7, kind: 'torn' },
    { line: 8, kind: 'corrupt' },
    { line: 9, kind: 'newer-version' },
    { line: 10, kind: 'invalid', field: 'score' },
  ];
  it.each(['en', 'zh', 'zh-TW', 'ru', 'fa'])('%s: names the file and line, says why, and a different why per kind', (lang) => {
    const text = statsText(lang);
    const lines = problems.map((p) => text.problem(p, '/data/attempts.jsonl'));
    lines.forEach((line, i) => expect(line).toContain(`/data/attempts.jsonl:${problems[i]?.line}`));
    expect(lines[3]).toContain('"score"');
    // The reason is what differs: four kinds, four messages.
    expect(new Set(lines.map((l) => l.replace(/:\d+/, ''))).size).toBe(4);
  });

  it('words it in the language asked for', () => {
    expect(statsText('en').problem(problems[0] as LogProblem, 'f')).toMatch(/^warning: f:7: the last line is incomplete/);
    expect(statsText('zh-TW').problem(problems[0] as LogProblem, 'f')).toContain('最後一行不完整');
    expect(statsText('ru').problem(problems[1] as LogProblem, 'f')).toContain('это не JSON');
    expect(statsText('fa').problem(problems[2] as LogProblem, 'f')).toContain('نسخهٔ جدیدتری');
  });
});
