import { describe, expect, it } from 'vitest';
import { isInteractive } from '../../../src/commands/interactive.ts';
import type { Host } from '../../../src/host.ts';

describe('isInteractive', () => {
  const host = (stdin: boolean, stdout: boolean, env: Record<string, string> = {}) =>
    ({ stdin: { isTTY: stdin }, stdout: { isTTY: stdout }, env }) as unknown as Host;
  it.each([
    [true, true, {}, true],
    [false, true, {}, false],
    [true, false, {}, false],
    [true, true, { CI: 'true' }, false],
    [true, true, { CI: '1' }, false],
    [true, true, { CI: 'false' }, true],
    [true, true, { CI: '' }, true],
  ])('stdin TTY %s, stdout TTY %s, env %o → %s', (stdin, stdout, env, expected) => {
    expect(isInteractive(host(stdin, stdout, env))).toBe(expected);
  });
});
