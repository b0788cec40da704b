// `parry list [objections|techniques|personas]`: what is loaded. With --playbook, only what those
// files define (the built-ins stay loaded so their references resolve).
import { ExitCode } from '../host.ts';
import { loadDisplay } from '../playbook/hant.ts';
import { buildListView, type ListKind } from '../playbook/list-view.ts';
import { renderList } from '../ui/render-list.ts';
import { loadTheme } from '../ui/load-theme.ts';
import { write, type CommandContext, type CommonOptions } from './context.ts';
import { loadCatalogOrReport } from './load-catalog.ts';

export async function runList(what: string | undefined, options: CommonOptions, ctx: CommandContext): Promise<number> {
  const { host } = ctx;
  const kind = (what ?? 'objections') as ListKind;
  const paths = options.playbook ?? [];
  const catalog = await loadCatalogOrReport(options, ctx, [], { cues: false });
  if (!catalog) return ExitCode.cannotRun;
  const only = paths.length > 0 ? new Set(catalog.playbooks.filter((p) => !p.builtin).map((p) => p.id)) : undefined;
  const view = buildListView(catalog, kind, await loadDisplay(catalog, ctx.lang), only);
  if (options.json) {
    await write(host.stdout, `${JSON.stringify({ [view.kind]: view.items, lang: view.lang }, null, 2)}\n`);
    return ExitCode.ok;
  }
  // Display width, not string length: Chinese takes two columns, Persian marks none.
  const { default: width } = await import('string-width');
  const columns = host.stdout.isTTY ? host.stdout.columns : undefined;
  await write(host.stdout, renderList(view, { theme: await loadTheme(ctx.color), width, ...(columns ? { columns } : {}) }));
  return ExitCode.ok;
}
