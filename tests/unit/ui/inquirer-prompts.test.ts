// The inquirer adapter against real @inquirer/prompts, driven through @inquirer/testing's screen
// (which must be imported before anything that imports the prompts).
import { screen } from '@inquirer/testing/vitest';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CANCEL } from '../../../src/session/ports.ts';
import { createInquirerPrompts } from '../../../src/ui/inquirer-prompts.ts';
import { practiceMessages } from '../../../src/ui/messages/practice.ts';
import { createTheme } from '../../../src/ui/theme.ts';

function adapter(signal?: AbortSignal) {
  const output = new PassThrough();
  let printed = '';
  output.on('data', (c: Buffer) => (printed += c.toString()));
  const prompts = createInquirerPrompts({
    input: new PassThrough(),
    output,
    theme: createTheme(0),
    keyHelp: practiceMessages('ru').keyHelp,
    ...(signal ? { signal } : {}),
  });
  return { prompts, printed: () => printed };
}

const letters = { message: 'Which answer is best?', choices: ['A  first', 'B  second', 'C  third'].map((label, value) => ({ value, label })) };

describe('inquirer prompt adapter', () => {
  it('asks for free text', async () => {
    const { prompts } = adapter();
    const answer = prompts.input({ message: 'Your answer:' });
    await screen.next();
    expect(screen.getScreen()).toContain('Your answer:');
    screen.type('What exactly worries you?');
    screen.keypress('enter');
    await expect(answer).resolves.toBe('What exactly worries you?');
  });

  it('selects with the arrow keys and shows key help in the interface language', async () => {
    const { prompts } = adapter();
    const answer = prompts.select(letters);
    await screen.next();
    expect(screen.getScreen()).toContain('A  first');
    expect(screen.getScreen()).toContain('перемещение');
    screen.keypress('down');
    screen.keypress('down');
    screen.keypress('enter');
    await expect(answer).resolves.toBe(2);
  });

  it('repeats only the short form of a long choice once chosen', async () => {
    const { prompts } = adapter();
    const answer = prompts.select({
      message: 'Which answer is best?',
      choices: [
        { value: 0, label: 'A  It is about forty cents a day, less than a coffee…', short: 'A' },
        { value: 1, label: 'B  What exactly are you comparing it with?', short: 'B' },
      ],
    });
    await screen.next();
    screen.keypress('down');
    screen.keypress('enter');
    await expect(answer).resolves.toBe(1);
    expect(screen.getScreen()).toBe('✔ Which answer is best? B');
  });

  it('ticks several with space', async () => {
    const { prompts } = adapter();
    const answer = prompts.checkbox({
      message: 'Which techniques?',
      choices: [
        { value: 'clarify', label: 'Clarify' },
        { value: 'empathize', label: 'Empathize' },
        { value: 'urgency', label: 'Urgency' },
      ],
    });
    await screen.next();
    screen.keypress('space');
    screen.keypress('down');
    screen.keypress('down');
    screen.keypress('space');
    screen.keypress('enter');
    await expect(answer).resolves.toEqual(['clarify', 'urgency']);
  });

  it('asks whether to go on: Enter goes on, the second choice finishes', async () => {
    const { prompts } = adapter();
    const first = prompts.proceed({ message: 'Ready?', next: 'Next question', finish: 'Finish' });
    await screen.next();
    expect(screen.getScreen()).toContain('Next question');
    screen.keypress('enter');
    await expect(first).resolves.toBe(true);
    const second = prompts.proceed({ message: 'Ready?', next: 'Next question', finish: 'Finish' });
    await screen.next();
    screen.keypress('down');
    screen.keypress('enter');
    await expect(second).resolves.toBe(false);
  });

  it('turns Ctrl+C into CANCEL instead of an exception', async () => {
    const { prompts } = adapter();
    const answer = prompts.input({ message: 'Your answer:' });
    await screen.next();
    screen.keypress({ name: 'c', ctrl: true });
    await expect(answer).resolves.toBe(CANCEL);
  });

  it('turns an abort (SIGINT between prompts) into CANCEL, and asks nothing once aborted', async () => {
    const controller = new AbortController();
    const { prompts } = adapter(controller.signal);
    const answer = prompts.select(letters);
    await screen.next();
    controller.abort();
    await expect(answer).resolves.toBe(CANCEL);
    await expect(prompts.input({ message: 'again?' })).resolves.toBe(CANCEL);
  });

  it('prints through the output stream', async () => {
    const { prompts, printed } = adapter();
    await prompts.print('Question 1 of 3');
    expect(printed()).toBe('Question 1 of 3\n');
  });
});
