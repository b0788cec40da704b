// The command-line interface as plain data, read from the commander program itself so shell
// completion (src/completion/) never drifts from what the program accepts. Only a type comes
// from commander here: the walk uses the program object cli.ts passes in.
import type { Argument, Command, Option } from 'commander';

/** What kind of word completes a value: a set of ids, a path, or anything. */
export type ValueKind = 'objection' | 'technique' | 'persona' | 'file' | 'dir' | 'lang' | 'choice' | 'any';

export interface OptionSpec {
  readonly short?: string;
  readonly long?: string;
  readonly description: string;
  /** Whether a value follows the flag. */
  readonly takesValue: boolean;
  readonly values: ValueKind;
  readonly choices: readonly string[];
}

export interface ArgumentSpec {
  readonly name: string;
  readonly required: boolean;
  readonly variadic: boolean;
  readonly values: ValueKind;
  readonly choices: readonly string[];
}

export interface CommandSpec {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly description: string;
  readonly options: readonly OptionSpec[];
  readonly arguments: readonly ArgumentSpec[];
}

export interface ProgramSpec {
  readonly name: string;
  readonly options: readonly OptionSpec[];
  readonly commands: readonly CommandSpec[];
}

// Which ids or paths a value takes, by the option's attribute name or the argument's name.
const OPTION_VALUES: Readonly<Record<string, ValueKind>> = {
  objection: 'objection',
  technique: 'technique',
  persona: 'persona',
  playbook: 'file',
  dataDir: 'dir',
  lang: 'lang',
  answerLang: 'lang',
};
const ARGUMENT_VALUES: Readonly<Record<string, ValueKind>> = {
  query: 'objection',
  paths: 'file',
  files: 'file',
  dir: 'dir',
};

const HELP: OptionSpec = { short: '-h', long: '--help', description: 'show help', takesValue: false, values: 'any', choices: [] };

function optionSpec(o: Option): OptionSpec {
  const takesValue = o.required || o.optional;
  const choices = o.argChoices ?? [];
  const values: ValueKind = !takesValue ? 'any' : choices.length > 0 ? 'choice' : (OPTION_VALUES[o.attributeName()] ?? 'any');
  return {
    ...(o.short ? { short: o.short } : {}),
    ...(o.long ? { long: o.long } : {}),
    description: o.description,
    takesValue,
    values,
    choices,
  };
}

function argumentSpec(a: Argument): ArgumentSpec {
  const choices = a.argChoices ?? [];
  return {
    name: a.name(),
    required: a.required,
    variadic: a.variadic,
    values: choices.length > 0 ? 'choice' : (ARGUMENT_VALUES[a.name()] ?? 'any'),
    choices,
  };
}

export function describeProgram(program: Command): ProgramSpec {
  return {
    name: program.name(),
    options: [...program.options.filter((o) => !o.hidden).map(optionSpec), HELP],
    commands: program.commands.map((c) => ({
      name: c.name(),
      aliases: c.aliases(),
      description: c.description(),
      options: [...c.options.filter((o) => !o.hidden).map(optionSpec), HELP],
      arguments: c.registeredArguments.map(argumentSpec),
    })),
  };
}

/** Every flag spelling of an option (`-p`, `--playbook`). */
export function flagsOf(o: OptionSpec): string[] {
  return [o.short, o.long].filter((f): f is string => f !== undefined);
}
