// `parry score [--objection <id>] [--persona <id>] [--lang <tag>] [answer]`: the techniques one
// answer uses, with the words that show them; with an objection, its 0–100 score too.
// Exit 0 when at least one technique is found, 1 when none is ("no"), 2 when it cannot run.
import { ExitCode } from '../host.ts';
import { findObjection } from '../playbook/catalog.ts';
import { pickText } from '../playbook/localize.ts';
import { scorerForCatalog } from '../playbook/catalog-scorer.ts';
import type { ScoreResult } from '../scoring/types.ts';
import { renderScore } from '../ui/render-score.ts';
import { sanitizeLine } from '../ui/sanitize.ts';
import { loadTheme } from '../ui/load-theme.ts';
import { write, type CommandContext, type CommonOptions } from './context.ts';
import { warnCueErrors } from './cue-warnings.ts';
import { loadCatalogOrReport } from './load-catalog.ts';
import { readStdin } from './read-stdin.ts';

export interface ScoreOptions extends CommonOptions {
  objection?: string;
  persona?: string;
}

export async function runScore(answerArg: string | undefined, options: ScoreOptions, ctx: CommandContext): Promise<number> {
  const { host } = ctx;
  let answer = answerArg;
  if (answer === undefined) {
    if (host.stdin.isTTY) {
      await write(host.stderr, 'parry: give the answer as an argument, or pipe it on stdin\n');
      return ExitCode.cannotRun;
    }
    answer = (await readStdin(host.stdin)).replace(/\r?\n$/, '');
  }

  const catalog = await loadCatalogOrReport(options, ctx);
  if (!catalog) return ExitCode.cannotRun;
  const objection = options.objection === undefined ? undefined : findObjection(catalog, options.objection);
  if (options.objection !== undefined && !objection) {
    await write(host.stderr, `parry: no objection "${sanitizeLine(options.objection)}" is loaded (see \`parry list objections\`)\n`);
    return ExitCode.cannotRun;
  }
  const persona = options.persona === undefined ? undefined : catalog.personas.get(options.persona);
  if (options.persona !== undefined && !persona) {
    await write(host.stderr, `parry: no persona "${sanitizeLine(options.persona)}" is loaded (see \`parry list personas\`)\n`);
    return ExitCode.cannotRun;
  }

  const scorer = scorerForCatalog(catalog);
  warnCueErrors(scorer.errors, ctx);
  const langOpt = options.lang === undefined ? {} : { lang: options.lang };
  let result: ScoreResult | undefined;
  let detected: ReturnType<typeof scorer.detect>;
  if (objection) {
    result = scorer.score(answer, { expect: objection.expect, prefer: persona?.prefer, avoid: persona?.avoid }, langOpt);
    detected = { lang: result.lang, detections: [...result.detections] };
  } else detected = scorer.detect(answer, langOpt);
  const { lang, detections } = detected;

  if (options.json) {
    const doc = {
      answer,
      lang,
      techniques: detections.map((d) => d.technique),
      detections: detections.map((d) => ({
        technique: d.technique,
        family: catalog.techniques.get(d.technique)?.family ?? null,
        cue: d.cue,
        cueLang: d.cueLang,
        start: d.start,
        end: d.end,
        text: d.text,
      })),
      objection: objection?.id ?? null,
      persona: persona?.id ?? null,
      score: result?.score ?? null,
      matched: result?.matched ?? [],
      missing: result?.missing ?? [],
      bonus: result?.bonus ?? [],
      risky: result?.risky ?? detections.filter((d) => scorer.isRisky(d.technique)).map((d) => d.technique),
      warnings: detections
        .filter((d) => scorer.isRisky(d.technique))
        .map((d) => ({ technique: d.technique, risk: pickText(catalog.techniques.get(d.technique)?.risk, ctx.lang)?.text ?? null })),
    };
    await write(host.stdout, `${JSON.stringify(doc, null, 2)}\n`);
  } else {
    const theme = await loadTheme(ctx.color);
    await write(host.stdout, renderScore({ answer, lang, detections, objection, result }, catalog, ctx.lang, theme));
  }
  return detections.length > 0 ? ExitCode.ok : ExitCode.no;
}
