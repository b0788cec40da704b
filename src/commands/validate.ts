// `parry validate [paths…]`: check playbooks for CI and pre-commit (design §5). Reads the files,
// runs the pure rules, prints one report in the chosen format, and returns 0 (clean), 1 (errors,
// or warnings under --strict / over --max-warnings) or 2 (a path could not be read, bad options).
// Never prompts.
import { join } from 'node:path';
import { loadBuiltinPlaybooks, withoutShadowedBuiltins } from '../playbook/builtin.ts';
import { fallbackId, loadCatalog, MAX_FILE_BYTES, readSources, type LoadProblem } from '../playbook/load.ts';
import type { Playbook } from '../playbook/model.ts';
import { packageRoot } from '../playbook/package-root.ts';
import { loadSchemaValidator } from '../playbook/schema-validator.ts';
import { fileFinding } from '../validate/at.ts';
import type { Finding } from '../validate/finding.ts';
import { NO_PAINT, prettySummary, type Paint, type Report } from '../validate/format/report.ts';
import { createRuleContext, type ValidationScorer } from '../validate/rule.ts';
import { RULES } from '../validate/rules/index.ts';
import { exitCodeFor, orderFindings, runRules, summarize } from '../validate/run.ts';
import { analyseSource, type SourceFile } from '../validate/source.ts';
import { version } from '../version.ts';
import { write, type CommandContext, type CommonOptions } from './context.ts';

export type ValidateFormat = 'pretty' | 'json' | 'github' | 'sarif' | 'junit';

export interface ValidateOptions extends CommonOptions {
  format?: ValidateFormat;
  strict?: boolean;
  maxWarnings?: number;
  /** --scorer: also the rules that run the scorer over every answer. */
  scorer?: boolean;
}

function chooseFormat(options: ValidateOptions, env: CommandContext['host']['env']): ValidateFormat | { error: string } {
  if (options.json && options.format && options.format !== 'json') return { error: `--json and --format ${options.format} contradict each other; give one of them` };
  if (options.json) return 'json';
  if (options.format) return options.format;
  // As yamllint does: inside a GitHub Actions job, annotate the pull request.
  if (env.GITHUB_ACTIONS === 'true') return 'github';
  return 'pretty';
}

async function render(format: ValidateFormat, report: Report, ctx: CommandContext): Promise<string> {
  switch (format) {
    case 'json':
      return (await import('../validate/format/json.ts')).formatJson(report);
    case 'github':
      return (await import('../validate/format/github.ts')).formatGithub(report);
    case 'sarif':
      return (await import('../validate/format/sarif.ts')).formatSarif(report);
    case 'junit':
      return (await import('../validate/format/junit.ts')).formatJunit(report);
    case 'pretty': {
      let paint: Paint = NO_PAINT;
      if (ctx.color > 0) {
        const { createTheme } = await import('../ui/theme.ts');
        const t = createTheme(ctx.color);
        paint = { error: t.error, warn: t.warn, dim: t.dim, strong: t.strong, ok: t.ok, code: t.code };
      }
      // A clean run is one line: no need to load the code-frame machinery (string-width).
      if (report.findings.length === 0) return `${prettySummary(report, paint)}\n`;
      return (await import('../validate/format/pretty.ts')).formatPretty(report, paint);
    }
  }
}

export interface CheckOptions {
  /** Files, folders, globs; none: the built-in playbooks' YAML. */
  readonly paths: readonly string[];
  /** Load the built-in playbooks to resolve references (ignored when checking the built-ins themselves). */
  readonly builtin: boolean;
  /** More playbooks to resolve references against, not reported on (`--playbook`). */
  readonly context: readonly string[];
  readonly cwd: string;
  /** Run the rules that ask the scorer (uses detected, cases pass, cues sound). */
  readonly scorer: boolean;
}

export interface CheckResult {
  /** Every finding, unordered and uncapped (the report orders and caps them). */
  readonly findings: readonly Finding[];
  /** The files checked, as shown, in order. */
  readonly files: readonly string[];
  readonly sources: ReadonlyMap<string, string>;
  /** Paths that could not be read: the run cannot vouch for them (exit 2). */
  readonly unreadable: readonly LoadProblem[];
}

/** Read, parse and check playbooks; everything but the printing. */
export async function checkPlaybooks(opts: CheckOptions): Promise<CheckResult> {
  const { cwd } = opts;
  // No paths: check the built-in playbooks themselves (their YAML, with positions).
  const targets = opts.paths.length > 0 ? opts.paths : [join(packageRoot(), 'playbooks')];
  const { sources, problems } = readSources(targets, cwd);
  const findings: Finding[] = [];
  const files: SourceFile[] = [];
  const texts = new Map<string, string>();
  const shown: string[] = [];
  for (const p of problems)
    if (p.code === 'no-playbooks') findings.push(fileFinding(p.file, 'no-playbooks', `${p.message}; point Parry at .yaml files, a folder that holds them, or a quoted glob.`));
  for (const src of sources) {
    shown.push(src.shown);
    if (!src.bytes) {
      findings.push(
        fileFinding(src.shown, 'file-too-large', `this file is ${(src.size / 1048576).toFixed(1)} MiB; Parry reads playbooks up to ${MAX_FILE_BYTES / 1048576} MiB. Split it into several files.`),
      );
      continue;
    }
    const analysed = analyseSource(src.shown, src.bytes, fallbackId(src.abs));
    findings.push(...analysed.findings);
    if (analysed.text !== undefined) texts.set(src.shown, analysed.text);
    if (analysed.file) files.push(analysed.file);
  }

  // Playbooks that references may point into, but that are not reported on.
  const context: Playbook[] = [];
  if (opts.builtin && opts.paths.length > 0)
    context.push(...withoutShadowedBuiltins(await loadBuiltinPlaybooks(), sources.map((s) => s.abs)));
  const unreadable = problems.filter((p) => p.code === 'unreadable');
  if (opts.context.length > 0) {
    const extra = await loadCatalog({ paths: opts.context, builtin: false, cwd });
    context.push(...extra.catalog.playbooks.filter((pb) => !shown.includes(pb.file ?? '')));
    unreadable.push(...extra.problems.filter((p) => p.code === 'unreadable'));
  }

  const schema = await loadSchemaValidator();
  const scorer = opts.scorer ? await loadValidationScorer(files, context) : undefined;
  findings.push(...runRules(createRuleContext(files, context, schema, scorer), RULES));
  return { findings, files: shown, sources: texts, unreadable };
}

/** The scorer over every technique loaded (built-in cues precompiled by the build). */
async function loadValidationScorer(files: readonly SourceFile[], context: readonly Playbook[]): Promise<ValidationScorer> {
  const [{ createScorer }, { loadBuiltinCues }, { validationScorer }, { toPlaybook }] = await Promise.all([
    import('../scoring/scorer.ts'),
    import('../playbook/builtin-cues.ts'),
    import('../validate/scorer-adapter.ts'),
    import('../playbook/to-model.ts'),
  ]);
  // Only the techniques of the checked files are needed: not the whole model of a big file.
  const own = files.flatMap((f) => toPlaybook({ id: f.data.id, techniques: f.data.techniques }, { fallbackId: 'playbook' }).techniques);
  const techniques = [...context.flatMap((pb) => pb.techniques), ...own];
  return validationScorer(createScorer(techniques, { precompiled: loadBuiltinCues() }));
}

export async function runValidate(paths: string[], options: ValidateOptions, ctx: CommandContext): Promise<number> {
  const { host } = ctx;
  const format = chooseFormat(options, host.env);
  if (typeof format === 'object') {
    host.stderr.write(`parry validate: ${format.error}\n`);
    return 2;
  }
  const result = await checkPlaybooks({
    paths,
    builtin: options.builtin !== false,
    context: options.playbook ?? [],
    cwd: host.cwd(),
    // Opt-in: scoring every model answer costs far more than every other check together
    // (about 0.15 ms per answer and language, seconds for 10,000 objections; docs/validate.md).
    scorer: options.scorer === true,
  });
  const summary = summarize(result.findings, result.files.length);
  const report: Report = {
    findings: orderFindings(result.findings, result.files),
    summary,
    files: result.files,
    sources: result.sources,
    version,
    warningsFail: options.strict === true || (options.maxWarnings !== undefined && summary.warnings > options.maxWarnings),
    unreadable: result.unreadable.map((p) => p.file),
  };
  await write(host.stdout, await render(format, report, ctx));
  for (const p of result.unreadable) host.stderr.write(`parry validate: ${p.message}\n`);
  if (result.unreadable.length > 0) return 2;
  return exitCodeFor(summary, { strict: options.strict, maxWarnings: options.maxWarnings });
}
