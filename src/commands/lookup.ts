// `parry lookup <query…>`: find the objection whatever the language, script or spelling, and show
// the best answers in the reader's language (design §3). Built for a cold start well under the
// budget of design §9: it reads the compiled built-ins and their prebuilt index, and loads OpenCC
// only when the query or the output needs Chinese script conversion.
import { ExitCode } from '../host.ts';
import { closestId } from '../lookup/closest.ts';
import { buildIndex, concatIndexes, indexMatches, type LookupIndex } from '../lookup/index.ts';
import { simplifiedNeeds, tableToSimplified } from '../lookup/han.ts';
import { createNormalize } from '../lookup/normalize.ts';
import { createSearcher, MATCH_THRESHOLD } from '../lookup/search.ts';
import { buildLookupView } from '../lookup/view.ts';
import { readBuiltinIndex, readHanTable } from '../playbook/builtin-lookup.ts';
import { loadDisplay } from '../playbook/hant.ts';
import type { Catalog, Objection } from '../playbook/model.ts';
import { renderLookup, renderNoMatch } from '../ui/render-lookup.ts';
import { loadTheme } from '../ui/load-theme.ts';
import { sanitizeLine } from '../ui/sanitize.ts';
import { write, type CommandContext, type CommonOptions } from './context.ts';
import { loadCatalogOrReport } from './load-catalog.ts';

export interface LookupOptions extends CommonOptions {
  allLangs?: boolean;
  technique?: string;
  limit?: number;
}

/** Every string of an objection that goes into the index, for the "needs OpenCC?" check. */
function indexedText(objections: readonly Objection[]): string {
  return objections
    .flatMap((o) => [
      ...Object.values(o.text).flat(),
      ...Object.values(o.aliases).flat(),
      ...Object.values(o.motto ?? {}),
    ])
    .join('\n');
}

/** The index of the whole catalog: the built-ins' from the build when it is current, the rest now. */
async function catalogIndex(catalog: Catalog, query: string) {
  const builtinCount = catalog.playbooks.filter((p) => p.builtin).reduce((n, p) => n + p.objections.length, 0);
  const builtins = catalog.objections.slice(0, builtinCount);
  const rest = catalog.objections.slice(builtinCount);
  const prebuilt = builtinCount > 0 ? readBuiltinIndex() : undefined;
  const builtinIndex = prebuilt && indexMatches(prebuilt, builtins) ? prebuilt : undefined;
  const toIndex = builtinIndex ? rest : catalog.objections;

  // Chinese script conversion only when the text needs it: by the build-time table when that
  // gives OpenCC's answer, by OpenCC itself otherwise (src/lookup/han.ts).
  const text = `${query}\n${indexedText(toIndex)}`;
  const han = /\p{Script=Han}/u.test(text) ? readHanTable() : undefined;
  const need = simplifiedNeeds(text, han);
  const toSimplified =
    need === 'opencc' ? (await import('../scoring/han.ts')).toSimplified : need === 'table' && han ? tableToSimplified(han) : undefined;
  const normalize = createNormalize(toSimplified);
  const parts: LookupIndex[] = builtinIndex
    ? [builtinIndex, ...(rest.length > 0 ? [buildIndex(rest, normalize, builtinCount)] : [])]
    : [buildIndex(catalog.objections, normalize)];
  return { index: concatIndexes(parts), normalize };
}

export async function runLookup(words: string[], options: LookupOptions, ctx: CommandContext): Promise<number> {
  const { host } = ctx;
  const fail = async (message: string) => {
    await write(host.stderr, `parry: ${message}\n`);
    return ExitCode.cannotRun;
  };
  const query = words.join(' ').trim();
  if (query === '') return fail('lookup needs a query: what the customer said, or an objection id.');
  const limit = options.limit ?? 1;
  if (limit < 1) return fail('--limit must be at least 1.');

  const catalog = await loadCatalogOrReport(options, ctx, [], { cues: false });
  if (!catalog) return ExitCode.cannotRun;
  if (options.technique && !catalog.techniques.has(options.technique)) {
    const near = await closestId(options.technique, [...catalog.techniques.keys()]);
    return fail(`unknown technique '${sanitizeLine(options.technique)}'${near ? ` (did you mean '${sanitizeLine(near)}'?)` : ''}; see \`parry list techniques\`.`);
  }

  const { index, normalize } = await catalogIndex(catalog, query);
  const searcher = createSearcher(index);
  const q = normalize(query);
  const hits = await searcher.search(q);
  const matches = hits.filter((h) => h.score >= MATCH_THRESHOLD);

  const display = await loadDisplay(catalog, ctx.lang);
  const viewOptions = {
    ...(options.technique ? { technique: options.technique } : {}),
    allLangs: options.allLangs ?? false,
  };

  if (matches.length === 0) {
    const near = (hits.length > 0 ? hits : await searcher.search(q, { loose: true })).slice(0, 3);
    const view = buildLookupView(catalog, query, [], [], display, { ...viewOptions, suggestions: near });
    if (options.json) await write(host.stdout, `${JSON.stringify(view, null, 2)}\n`);
    await write(host.stderr, renderNoMatch(query, view.suggestions, ctx.lang, await loadTheme(ctx.colorErr)));
    return ExitCode.no;
  }

  const view = buildLookupView(catalog, query, matches.slice(0, limit), matches.slice(limit, limit + 3), display, viewOptions);
  await write(host.stdout, options.json ? `${JSON.stringify(view, null, 2)}\n` : renderLookup(view, await loadTheme(ctx.color)));
  return ExitCode.ok;
}
