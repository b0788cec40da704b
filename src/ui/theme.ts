// The one place colour comes from. Commands get a theme through load-theme.ts, which loads this
// module (and chalk) only when there is colour to print; whether there is, is decided once in
// color-level.ts.
import { Chalk, type ChalkInstance } from 'chalk';
import { plainTheme } from './plain-theme.ts';

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
  if (level === 0) return plainTheme;
  const c: ChalkInstance = new Chalk({ level });
  return {
    enabled: true,
    heading: (s) => c.bold(s),
    ok: (s) => c.green(s),
    warn: (s) => c.yellow(s),
    error: (s) => c.red(s),
    dim: (s) => c.dim(s),
    strong: (s) => c.bold(s),
    highlight: (s) => c.black.bgYellow(s),
    risk: (s) => c.red.bold(s),
    code: (s) => c.cyan(s),
  };
}
