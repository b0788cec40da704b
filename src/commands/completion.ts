// `parry completion bash|zsh|fish`: print a completion script for the shell. The script is
// static: commands and flags from the program itself (cli.ts passes its spec), ids of the
// objections, techniques and personas loaded now (built-ins, plus --playbook files).
import type { ProgramSpec } from '../cli-spec.ts';
import { bashCompletion } from '../completion/bash.ts';
import { fishCompletion } from '../completion/fish.ts';
import { COMMON_LANGS, type CompletionWords } from '../completion/words.ts';
import { zshCompletion } from '../completion/zsh.ts';
import { ExitCode } from '../host.ts';
import { write, type CommandContext, type CommonOptions } from './context.ts';
import { loadCatalogOrReport } from './load-catalog.ts';

const GENERATORS = { bash: bashCompletion, zsh: zshCompletion, fish: fishCompletion } as const;

export async function runCompletion(
  shell: string,
  options: CommonOptions,
  ctx: CommandContext,
  spec: ProgramSpec,
): Promise<number> {
  const { host } = ctx;
  if (options.json) {
    // --json promises one JSON document on stdout; a completion script is shell code.
    await write(host.stderr, 'parry: completion prints a shell script; --json does not apply\n');
    return ExitCode.cannotRun;
  }
  const generate = GENERATORS[shell as keyof typeof GENERATORS];
  if (!generate) {
    await write(host.stderr, `parry: no completion for '${shell}'; choose bash, zsh or fish.\n`);
    return ExitCode.cannotRun;
  }
  const catalog = await loadCatalogOrReport(options, ctx, [], { cues: false });
  if (!catalog) return ExitCode.cannotRun;
  const words: CompletionWords = {
    objection: [...new Set(catalog.objections.map((o) => o.id))],
    technique: [...catalog.techniques.keys()],
    persona: [...catalog.personas.keys()],
    lang: [...new Set([...COMMON_LANGS, ...catalog.playbooks.flatMap((p) => p.locales)])],
  };
  await write(host.stdout, generate(spec, words));
  return ExitCode.ok;
}
