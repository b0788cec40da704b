// Loading playbooks for a command that cannot work around a broken file: each problem is one
// line on stderr and the command exits 2 (could not run). `validate` reports them as findings instead.
import { loadCatalog } from '../playbook/load.ts';
import type { Catalog } from '../playbook/model.ts';
import { sanitizeLine } from '../ui/sanitize.ts';
import type { CommandContext, CommonOptions } from './context.ts';

export async function loadCatalogOrReport(
  options: CommonOptions,
  ctx: CommandContext,
  extraPaths: readonly string[] = [],
): Promise<Catalog | undefined> {
  const { catalog, problems } = await loadCatalog({
    paths: [...(options.playbook ?? []), ...extraPaths],
    builtin: options.builtin !== false,
    cwd: ctx.host.cwd(),
  });
  if (problems.length === 0) return catalog;
  for (const p of problems) ctx.host.stderr.write(`parry: ${sanitizeLine(p.message)}\n`);
  return undefined;
}
