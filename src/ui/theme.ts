import { Chalk, type ChalkInstance } from 'chalk';

/**
 * Colour is decided once, here (research: chalk ignores NO_COLOR on a TTY).
 * On iff --color, or: not --no-color, NO_COLOR empty, and (FORCE_COLOR≠0 set, or a TTY that is not dumb).
 */
export function colorLevel(opts: {
  flag?: boolean | undefined;
  env: Readonly<Record<string, string | undefined>>;
  isTTY: boolean | undefined;
}): 0 | 1 | 2 | 3 {
  if (opts.flag === false) return 0;
  const force = opts.env.FORCE_COLOR;
  if (opts.flag === true) return force && /^[23]$/.test(force) ? (Number(force) as 2 | 3) : 1;
  if (force !== undefined && force !== '') {
    if (force === '0' || force === 'false') return 0;
    return /^[23]$/.test(force) ? (Number(force) as 2 | 3) : 1;
  }
  if (opts.env.NO_COLOR) return 0;
  if (!opts.isTTY || opts.env.TERM === 'dumb') return 0;
  return 1;
}

export interface Theme {
  readonly enabled: boolean;
  heading(s: string): string;
  ok(s: string): string;
  warn(s: string): string;
  error(s: string): string;
  dim(s: string): string;
  strong(s: string): string;
  /** Evidence inside a learner's answer. */
  highlight(s: string): string;
  /** Risky technique names and warnings. */
  risk(s: string): string;
  code(s: string): string;
}

export function createTheme(level: 0 | 1 | 2 | 3): Theme {
  const c: ChalkInstance = new Chalk({ level });
  return {
    enabled: level > 0,
    heading: (s) => c.bold(s),
    ok: (s) => c.green(s),
    warn: (s) => c.yellow(s),
    error: (s) => c.red(s),
    dim: (s) => c.dim(s),
    strong: (s) => c.bold(s),
    highlight: (s) => (level > 0 ? c.black.bgYellow(s) : `[${s}]`),
    risk: (s) => c.red.bold(s),
    code: (s) => c.cyan(s),
  };
}
