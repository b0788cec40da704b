import type { CommandContext, CommonOptions } from './context.ts';

// Placeholder until its issue lands: says so plainly and exits 2 (could not run).
export async function runSchema(_options: CommonOptions, ctx: CommandContext): Promise<number> {
  ctx.host.stderr.write('parry: `schema` is not built yet\n');
  return 2;
}
