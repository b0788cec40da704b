import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CANCEL, END } from '../../../src/session/ports.ts';
import { practiceMessages } from '../../../src/ui/messages/practice.ts';
import { createPlainPrompts } from '../../../src/ui/plain-prompts.ts';

function setup(lines: string | undefined, opts: { tty?: boolean; signal?: AbortSignal } = {}) {
  const input = new PassThrough() as PassThrough & { isTTY?: boolean };
  if (opts.tty) input.isTTY = true;
  const output = new PassThrough();
  let written = '';
  output.on('data', (c: Buffer) => (written += c.toString()));
  if (lines !== undefined) input.end(lines);
  const prompts = createPlainPrompts({ input, output, text: practiceMessages('en'), ...(opts.signal ? { signal: opts.signal } : {}) });
  return { input, prompts, out: () => written };
}

const letters = { message: 'Which answer is best?', choices: ['A', 'B', 'C', 'D'].map((label, value) => ({ value, label })) };
const techniques = {
  message: 'Which techniques?',
  choices: [
    { value: 'clarify', label: 'Clarify' },
    { value: 'empathize', label: 'Empathize' },
    { value: 'daily-cost', label: 'Daily cost' },
  ],
};

describe('plain prompts', () => {
  it('reads one answer per line and echoes it when input is not a terminal', async () => {
    const s = setup('first answer\nsecond\n');
    expect(await s.prompts.input({ message: 'Your answer:' })).toBe('first answer');
    expect(await s.prompts.input({ message: 'Your answer:' })).toBe('second');
    expect(await s.prompts.input({ message: 'Your answer:' })).toBe(END);
    expect(s.out()).toBe('Your answer: first answer\nYour answer: second\nYour answer: ');
    s.prompts.close();
  });

  it('does not echo what a terminal already shows', async () => {
    const s = setup('typed\n', { tty: true });
    expect(await s.prompts.input({ message: 'Your answer:' })).toBe('typed');
    expect(s.out()).toBe('Your answer: ');
    s.prompts.close();
  });

  it('selects by letter or number, case aside, and asks again after a wrong answer', async () => {
    const s = setup('c\nE\n2\n');
    expect(await s.prompts.select(letters)).toBe(2);
    expect(await s.prompts.select(letters)).toBe(1);
    expect(s.out()).toContain('Which answer is best? (A, B, C, D) c\n');
    expect(s.out()).toContain('Please type one of: A, B, C, D. 2\n');
    s.prompts.close();
  });

  it('ticks several by number or name; an empty line ticks none', async () => {
    const s = setup('1, 3\nempathize\n\n9\n2\n');
    expect(await s.prompts.checkbox(techniques)).toEqual(['clarify', 'daily-cost']);
    expect(await s.prompts.checkbox(techniques)).toEqual(['empathize']);
    expect(await s.prompts.checkbox(techniques)).toEqual([]);
    expect(await s.prompts.checkbox(techniques)).toEqual(['empathize']);
    expect(s.out()).toContain('  1. Clarify\n  2. Empathize\n  3. Daily cost\nType the numbers');
    expect(s.out()).toContain('Please type one of: 1–3.');
    s.prompts.close();
  });

  it('goes on between questions without reading a line', async () => {
    const s = setup('kept\n');
    expect(await s.prompts.proceed({ message: 'Ready?', next: 'Next', finish: 'Finish' })).toBe(true);
    expect(await s.prompts.input({ message: '>' })).toBe('kept');
    s.prompts.close();
  });

  it('settles a pending question with CANCEL when the signal aborts (SIGINT)', async () => {
    const controller = new AbortController();
    const s = setup(undefined, { signal: controller.signal });
    const pending = s.prompts.input({ message: 'Your answer:' });
    controller.abort();
    expect(await pending).toBe(CANCEL);
    expect(await s.prompts.select(letters)).toBe(CANCEL);
    s.prompts.close();
  });

  it('prints text as lines', async () => {
    const s = setup('');
    await s.prompts.print('hello\nworld');
    expect(s.out()).toBe('hello\nworld\n');
    s.prompts.close();
  });
});
