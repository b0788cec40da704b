import { Chalk, type ChalkInstance } from 'chalk';
import { plainTheme } from './plain-theme.ts';

// colorLevel lives apart so deciding on colour does not load chalk (src/ui/color-level.ts).
export { colorLevel } from './color-level.ts';

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
