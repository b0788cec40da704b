// The theme without colour: what every renderer gets when colour is off (pipes, NO_COLOR,
// --no-color). No chalk here, so plain output never loads it.
import type { Theme } from './theme.ts';

const same = (s: string) => s;

export const plainTheme: Theme = {
  enabled: false,
  heading: same,
  ok: same,
  warn: same,
  error: same,
  dim: same,
  strong: same,
  // Evidence must stay visible without colour.
  highlight: (s) => `[${s}]`,
  risk: same,
  code: same,
};
