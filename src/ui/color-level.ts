// Whether to colour a stream, decided once at the edge (src/commands/context.ts). Kept apart from
// theme.ts so that deciding costs nothing: chalk (and the terminal modules it pulls in) is loaded
// only by a command that prints in colour (src/ui/load-theme.ts).

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
