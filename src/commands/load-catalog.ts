// Loading playbooks for a command that cannot work around a broken file: each problem is one
// line on stderr and the command exits 2 (could not run). Every command but `validate` loads
// through here, so a broken playbook reads the same whatever the command; `validate` reports
// the problems as findings instead.
import { loadCatalog } from '../playbook/load.ts';
import type { Catalog } from '../playbook/model.ts';
import { sanitizeLine } from '../ui/sanitize.ts';
import { write, type CommandContext, type CommonOptions } from './context.ts';

/** The catalog of the built-ins, --playbook and `extraPaths`; undefined once the problems are printed. */
export async function loadCatalogOrReport(
  options: CommonOptions,
  ctx: CommandContext,
  extraPaths: readonly string[] = [],
  { cues = true }: { cues?: boolean } = {},
): Promise<Catalog | undefined> {
  const { catalog, problems } = await loadCatalog({
    paths: [...(options.playbook ?? []), ...extraPaths],
    builtin: options.builtin !== false,
    cwd: ctx.host.cwd(),
    cues,
  });
  if (problems.length === 0) return catalog;
  // File names and YAML messages quote the file: sanitised like any other playbook text.
  await write(ctx.host.stderr, problems.map((p) => `parry: ${sanitizeLine(p.message)}\n`).join(''));
  return undefined;
}
