// `parry practice` as a user runs it: the built binary in a pseudo-terminal (and, for --plain, a pipe).
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { spawnParry, type PtySession } from './pty.ts';
import { runParry } from './run-binary.ts';

const dirs: string[] = [];
const sessions: PtySession[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'parry-practice-'));
  dirs.push(dir);
  return dir;
};
const attempts = (dir: string) =>
  existsSync(join(dir, 'attempts.jsonl'))
    ? readFileSync(join(dir, 'attempts.jsonl'), 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>)
    : [];
const practise = (args: string[], dir: string) => {
  const s = spawnParry(['practice', '--lang', 'en', '--data-dir', dir, ...args]);
  sessions.push(s);
  return s;
};

afterEach(() => {
  for (const s of sessions.splice(0)) s.kill();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const ENTER = '\r';
const DOWN = '\u001b[B';
const CTRL_C = '\u0003';

describe('parry practice in a terminal', () => {
  it('runs a three-question typed session: coaching after each answer, a summary, three attempts saved', async () => {
    const dir = tempDir();
    const s = practise(['--count', '3', '--seed', '11'], dir);
    const answers = [
      'I understand. What exactly are you comparing it with?',
      'That is a fair concern. Over three years it comes to less than a coffee a day.',
      'Other customers like you found it paid for itself. Shall I send the details?',
    ];
    for (const [i, answer] of answers.entries()) {
      await s.waitFor(`Question ${i + 1} of 3`);
      await s.waitFor('Your answer:');
      s.write(answer + ENTER);
      await s.waitFor(/Score: \d+\/100/);
      // Feedback repeats the learner's own words.
      if (i < 2) {
        await s.waitFor('Next question');
        s.write(ENTER);
      }
    }
    await s.waitFor('Summary · 3 of 3 answered');
    await s.waitFor('Time:');
    expect((await s.exit).exitCode).toBe(0);
    const saved = attempts(dir);
    expect(saved).toHaveLength(3);
    expect(saved.map((a) => a.mode)).toEqual(['type', 'type', 'type']);
    expect(saved.map((a) => a.answer)).toEqual(answers);
    expect(new Set(saved.map((a) => a.objection)).size).toBe(3);
    for (const a of saved) expect(a).toMatchObject({ v: 1, lang: 'en', score: expect.any(Number) });
  });

  it('runs a choose session with the arrow keys', async () => {
    const dir = tempDir();
    const s = practise(['--mode', 'choose', '--count', '2', '--seed', '5'], dir);
    await s.waitFor('Which answer is best?');
    s.write(DOWN + ENTER);
    await s.waitFor(/Score: \d+\/100/);
    await s.waitFor('Next question');
    s.write(ENTER);
    await s.waitFor('Question 2 of 2');
    await s.waitFor('Which answer is best?');
    s.write(ENTER);
    await s.waitFor(/Score: \d+\/100/);
    await s.waitFor('Summary · 2 of 2 answered');
    expect((await s.exit).exitCode).toBe(0);
    const saved = attempts(dir);
    expect(saved.map((a) => a.mode)).toEqual(['choose', 'choose']);
    for (const a of saved) expect([0, 10, 30, 100]).toContain(a.score);
  });

  it('on Ctrl+C in the middle says goodbye, exits 130 and keeps the answers already given', async () => {
    const dir = tempDir();
    const s = practise(['--count', '3', '--seed', '2'], dir);
    await s.waitFor('Your answer:');
    s.write('What exactly worries you about it?' + ENTER);
    await s.waitFor('Next question');
    s.write(ENTER);
    await s.waitFor('Question 2 of 3');
    await s.waitFor('Your answer:');
    s.write('half an answ');
    s.write(CTRL_C);
    await s.waitFor('Stopped. 1 answer saved.');
    expect((await s.exit).exitCode).toBe(130);
    expect(s.text()).not.toContain('Summary');
    const saved = attempts(dir);
    expect(saved).toHaveLength(1);
    expect(saved[0]?.answer).toBe('What exactly worries you about it?');
  });

  it('with --plain in a terminal, Ctrl+C (SIGINT) also exits 130 after saving', async () => {
    const dir = tempDir();
    const s = practise(['--plain', '--count', '2', '--seed', '4'], dir);
    await s.waitFor('Your answer:');
    s.write('What exactly would you compare it with?' + ENTER);
    await s.waitFor('Question 2 of 2');
    await s.waitFor('Your answer:');
    s.write(CTRL_C);
    await s.waitFor('Stopped. 1 answer saved.');
    expect((await s.exit).exitCode).toBe(130);
    expect(attempts(dir)).toHaveLength(1);
  });
});

describe('parry practice in a terminal with CI set', () => {
  it('exits 2 naming --plain: CI logs are no place for a prompt', async () => {
    const s = spawnParry(['practice', '--no-save'], { env: { CI: 'true' } });
    sessions.push(s);
    await s.waitFor('--plain');
    expect((await s.exit).exitCode).toBe(2);
    expect(s.text()).toContain('parry: practice needs an interactive terminal');
  });
});

describe('parry practice without a terminal', () => {
  it('--plain reads answers line by line from a pipe and prints plain text', () => {
    const dir = tempDir();
    const r = runParry(['practice', '--plain', '--lang', 'en', '--count', '2', '--seed', '9', '--data-dir', dir], {
      input: 'I understand. What exactly are you comparing it with?\n\n',
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/\u001b/);
    expect(r.stdout).toContain('Question 1 of 2');
    expect(r.stdout).toContain('Your answer: I understand. What exactly are you comparing it with?\n');
    expect(r.stdout).toContain('No answer this time.');
    expect(r.stdout).toContain('Summary · 2 of 2 answered');
    expect(attempts(dir).map((a) => a.answer)).toEqual(['I understand. What exactly are you comparing it with?', '']);
  });

  it('--plain answers choose and spot questions by letter and number', () => {
    const dir = tempDir();
    const r = runParry(['practice', '--plain', '--mode', 'choose', '--count', '1', '--data-dir', dir], { input: 'b\n' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Which answer is best? (A, B, C, D) b');
    const spot = runParry(['practice', '--plain', '--mode', 'spot', '--count', '1', '--no-save'], { input: '1 2\n' });
    expect(spot.code).toBe(0);
    expect(spot.stdout).toContain('Which techniques does this answer use?');
    expect(attempts(dir).map((a) => a.mode)).toEqual(['choose']);
  });

  it('the same seed gives the same session', () => {
    const args = ['practice', '--plain', '--count', '3', '--seed', '123', '--no-save', '--mode', 'mixed'];
    const a = runParry(args, { input: '\n\n\n1\n1\n1\n' });
    const b = runParry(args, { input: '\n\n\n1\n1\n1\n' });
    const questions = (s: string) => s.split('\n').filter((l) => /^\s+“/.test(l));
    expect(questions(a.stdout).length).toBeGreaterThanOrEqual(3);
    expect(questions(a.stdout)).toEqual(questions(b.stdout));
  });

  it('input ending early finishes with the summary of what was answered', () => {
    const r = runParry(['practice', '--plain', '--count', '3', '--no-save'], { input: 'What exactly?\n' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Summary · 1 of 3 answered');
  });

  it('exits 2 naming --plain when there is no terminal', () => {
    const r = runParry(['practice']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^parry: practice needs an interactive terminal.*--plain/);
    expect(r.stdout).toBe('');
  });

  it('exits 2 with one line for an unknown objection, technique or persona', () => {
    for (const [flag, id, what] of [
      ['--objection', 'nope', 'objection'],
      ['--technique', 'telepathy', 'technique'],
      ['--persona', 'ghost', 'persona'],
    ]) {
      const r = runParry(['practice', '--plain', flag as string, id as string, '--no-save']);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`parry: no ${what} with id "${id}" (see \`parry list ${what}s\`).\n`);
    }
  });

  it('exits 2 for --json and for --count 0', () => {
    const json = runParry(['practice', '--plain', '--json']);
    expect([json.code, json.stdout]).toEqual([2, '']);
    expect(json.stderr).toContain('practice has no JSON output');
    const zero = runParry(['practice', '--plain', '--count', '0']);
    expect([zero.code, zero.stderr]).toEqual([2, 'parry: --count must be at least 1.\n']);
  });

  it('--no-save records nothing', () => {
    const dir = tempDir();
    const r = runParry(['practice', '--plain', '--count', '1', '--no-save'], { input: 'What exactly?\n', env: { PARRY_HOME: dir } });
    expect(r.code).toBe(0);
    expect(attempts(dir)).toEqual([]);
  });

  it('speaks the interface language: Chinese, Russian, Persian', () => {
    for (const [lang, header] of [
      ['zh', '第 1 题（共 1 题）'],
      ['ru', 'Вопрос 1 из 1'],
      ['fa', 'پرسش ۱ از ۱'],
    ]) {
      const r = runParry(['practice', '--plain', '--lang', lang as string, '--count', '1', '--no-save'], { input: '\n' });
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(header);
    }
  });
});
