// `parry eval [files…]`: run the scorer over labelled cases and report precision, recall and F1
// per technique and per language, and the misses.
//
// Cases come from the given files (playbooks with `cases:`, or case files that hold only
// `cases:`, whose cases may carry extra keys), or without files from every loaded playbook.
// Techniques come from the built-ins, --playbook and the given files.
//
// Exit codes: 0 when it ran. A playbook's `cases:` are its tests, so when any case that belongs
// to a playbook (a file that defines techniques, objections or personas, or a built-in) is not
// found exactly, the exit code is 1. A standalone case set is a measurement, not a test: its
// figures are reported and the exit code stays 0. 2 when it cannot run.
import { resolve } from 'node:path';
import { ExitCode } from '../host.ts';
import { expandPaths, showPath } from '../playbook/load.ts';
import type { Playbook } from '../playbook/model.ts';
import { detectLang } from '../scoring/detect-lang.ts';
import { evaluate, type CaseResult } from '../scoring/eval-metrics.ts';
import { scorerForCatalog } from '../playbook/catalog-scorer.ts';
import { renderEval } from '../ui/render-eval.ts';
import { loadTheme } from '../ui/load-theme.ts';
import { write, type CommandContext, type CommonOptions } from './context.ts';
import { warnCueErrors } from './cue-warnings.ts';
import { loadCatalogOrReport } from './load-catalog.ts';

/** A file that defines nothing but cases is a case set (an eval set), not a playbook. */
function isCaseSet(p: Playbook): boolean {
  return !p.builtin && p.techniques.length === 0 && p.objections.length === 0 && p.personas.length === 0;
}

export async function runEval(files: string[], options: CommonOptions, ctx: CommandContext): Promise<number> {
  const { host } = ctx;
  const catalog = await loadCatalogOrReport(options, ctx, files);
  if (!catalog) return ExitCode.cannotRun;

  let sources: readonly Playbook[] = catalog.playbooks;
  if (files.length > 0) {
    const cwd = host.cwd();
    // The loader names each playbook's file with showPath; name the arguments' files the same way.
    const wanted = new Set(expandPaths(files, cwd).files.map((f) => showPath(resolve(cwd, f), cwd)));
    sources = catalog.playbooks.filter((p) => p.file !== undefined && wanted.has(p.file));
  }
  const cases = sources.flatMap((p) => p.cases.map((c) => ({ c, test: !isCaseSet(p) })));
  if (cases.length === 0) {
    await write(host.stderr, `parry: no labelled cases to evaluate${files.length > 0 ? ` in ${files.join(', ')}` : ''} (add \`cases:\` to a playbook)\n`);
    return ExitCode.cannotRun;
  }

  const scorer = scorerForCatalog(catalog);
  warnCueErrors(scorer.errors, ctx);
  const results: CaseResult[] = cases.map(({ c }, index) => {
    const lang = c.lang ?? detectLang(c.answer);
    const { detections } = scorer.detect(c.answer, { lang });
    const evidence: Record<string, { text: string; cue: string }> = {};
    for (const d of detections) evidence[d.technique] = { text: d.text, cue: d.cue };
    const id = c.extra?.id;
    return {
      index,
      id: typeof id === 'string' || typeof id === 'number' ? String(id) : undefined,
      file: c.file,
      objection: c.objection,
      lang,
      answer: c.answer,
      expected: c.expect,
      found: detections.map((d) => d.technique),
      evidence,
    };
  });
  const report = evaluate(results, (id) => scorer.isRisky(id));

  if (options.json) await write(host.stdout, `${JSON.stringify(report, null, 2)}\n`);
  else await write(host.stdout, renderEval(report, await loadTheme(ctx.color)));

  const failingTest = results.some((r, i) => {
    if (!cases[i]!.test) return false;
    const found = new Set(r.found);
    return r.expected.length !== found.size || r.expected.some((e) => !found.has(e));
  });
  return failingTest ? ExitCode.no : ExitCode.ok;
}
