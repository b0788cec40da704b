import type { CueError } from '../scoring/cues.ts';
import { sanitizeLine } from '../ui/sanitize.ts';
import type { CommandContext } from './context.ts';

/** Cues that do not compile are skipped; say so on stderr (validate reports them with positions). */
export function warnCueErrors(errors: readonly CueError[], ctx: CommandContext): void {
  for (const e of errors)
    ctx.host.stderr.write(`parry: warning: cue ${JSON.stringify(sanitizeLine(e.source))} of ${sanitizeLine(e.technique)} [${sanitizeLine(e.lang)}] is skipped: ${sanitizeLine(e.message)}\n`);
}
