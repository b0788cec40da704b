// A theme for a colour level, loading chalk only when there is colour to print.
import { plainTheme } from './plain-theme.ts';
import type { Theme } from './theme.ts';

export async function loadTheme(level: 0 | 1 | 2 | 3): Promise<Theme> {
  return level === 0 ? plainTheme : (await import('./theme.ts')).createTheme(level);
}
