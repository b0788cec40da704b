import type { Host } from '../host.ts';

/**
 * Whether a person is there to answer a question: a terminal at both ends, and not CI, whose logs
 * are no place for a prompt (research §4.3). `practice` (without --plain) and `reset` (without
 * --yes) ask only then.
 */
export function isInteractive(host: Host): boolean {
  const ci = host.env.CI;
  const inCi = ci !== undefined && ci !== '' && ci !== '0' && ci.toLowerCase() !== 'false';
  return Boolean(host.stdin.isTTY && host.stdout.isTTY) && !inCi;
}
