// The command-line program: the only module that imports commander. Each command's code is
// imported when that command runs, so `parry --version` and `parry lookup` load little.
import { Argument, Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { ExitCode, type Host } from './host.ts';
import { version } from './version.ts';
import { createContext, type CommandContext, type CommonOptions } from './commands/context.ts';
import { sanitizeLine } from './ui/sanitize.ts';

type Action = (...args: any[]) => Promise<number>;

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n)) throw new InvalidArgumentError('expected a whole number.');
  return n;
}

/** Options every command accepts. */
function withCommon(cmd: Command, { data = false }: { data?: boolean } = {}): Command {
  cmd
    .option('-p, --playbook <path>', 'load a playbook file, folder or glob (repeatable)', collect)
    .option('--no-builtin', 'do not load the built-in playbooks')
    .option('-l, --lang <tag>', 'language to speak (default: PARRY_LANG, then the locale, then en)')
    .option('--json', 'print JSON on stdout')
    .option('--color', 'force colour')
    .option('--no-color', 'no colour (NO_COLOR is honoured too)');
  if (data) cmd.option('--data-dir <dir>', 'where progress is kept (default: PARRY_HOME, then the user state folder)');
  return cmd;
}

export function createProgram(host: Host, setCode: (code: number) => void): Command {
  const program = new Command('parry');
  const run =
    (load: () => Promise<Action>) =>
    async (...args: unknown[]) => {
      const cmd = args[args.length - 1] as Command;
      const options = cmd.opts() as CommonOptions;
      const ctx = createContext(host, options);
      const action = await load();
      setCode(await action(...args.slice(0, -2), options, ctx));
    };

  // Usage errors read like every other error: one line, `parry:` first, the value quoted as typed
  // but sanitised, and where to read more.
  const output = (help: string) => ({
    writeOut: (s: string) => host.stdout.write(s),
    writeErr: (s: string) => host.stderr.write(s),
    outputError: (message: string, write: (s: string) => void) =>
      write(`parry: ${sanitizeLine(message.replace(/^error: /, '').trim())} (see \`${help}\`)\n`),
  });

  program
    .description('A terminal coach for handling sales objections.')
    .version(version, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .exitOverride()
    .configureOutput(output('parry --help'));

  withCommon(
    program
      .command('practice')
      .alias('quiz')
      .description('practise answering objections; Parry coaches every answer')
      .addOption(new Option('-m, --mode <mode>', 'question type').choices(['type', 'choose', 'spot', 'mixed']).default('type'))
      .option('-n, --count <n>', 'how many questions', positiveInt, 5)
      .option('-o, --objection <id>', 'only this objection (repeatable)', collect)
      .option('-t, --technique <id>', 'only objections that expect this technique (repeatable)', collect)
      .option('--persona <id>', 'customers of this persona')
      .option('--category <name>', 'objections of this category')
      .option('--seed <n>', 'same seed, same session', positiveInt)
      .option('--answer-lang <tag>', 'language of the model answers shown')
      .option('--due', 'only what is due for review')
      .option('--new', 'only what was never practised')
      .option('--no-save', 'record nothing')
      .option('--plain', 'no terminal needed: read answers line by line from stdin, print plain text'),
    { data: true },
  ).action(run(async () => (await import('./commands/practice.ts')).runPractice));

  withCommon(
    program
      .command('lookup')
      .description('find an objection in any language and show the best answers')
      .argument('<query...>', 'what the customer said, in any language, or an id')
      .option('--all-langs', 'show every language, not only --lang')
      .option('-t, --technique <id>', 'only responses that use this technique')
      .option('--limit <n>', 'how many objections to show', positiveInt, 1),
  ).action(run(async () => (await import('./commands/lookup.ts')).runLookup));

  withCommon(
    program
      .command('validate')
      .description('check playbooks for CI: file:line:col, stable codes, CI formats')
      .argument('[paths...]', 'files, folders or globs (default: the built-in playbooks)')
      .addOption(
        new Option('-f, --format <format>', 'output format (default: pretty on a terminal, else json with --json)').choices([
          'pretty',
          'json',
          'github',
          'sarif',
          'junit',
        ]),
      )
      .option('--strict', 'warnings fail too')
      .option('--max-warnings <n>', 'fail when there are more warnings than this', positiveInt),
  ).action(run(async () => (await import('./commands/validate.ts')).runValidate));

  withCommon(
    program
      .command('score')
      .description('which techniques one answer uses, with evidence; with --objection, its score')
      .argument('[answer]', 'the answer (default: read from stdin)')
      .option('-o, --objection <id>', 'score the answer against this objection')
      .option('--persona <id>', 'score it for this persona (its preferred and avoided techniques)'),
  ).action(run(async () => (await import('./commands/score.ts')).runScore));

  withCommon(
    program
      .command('eval')
      .description('run the scorer over labelled cases: precision, recall and F1')
      .argument('[files...]', 'playbooks or case files (default: the cases of the loaded playbooks)'),
  ).action(run(async () => (await import('./commands/eval.ts')).runEval));

  withCommon(
    program
      .command('list')
      .description('what is loaded')
      .addArgument(
        new Argument('[what]', 'objections, techniques or personas')
          .choices(['objections', 'techniques', 'personas'])
          .default('objections'),
      ),
  ).action(run(async () => (await import('./commands/list.ts')).runList));

  withCommon(
    program
      .command('stats')
      .description('progress: mastery per technique, streak, what is due')
      .addOption(new Option('--export <format>', 'export the attempt log').choices(['csv'])),
    { data: true },
  ).action(run(async () => (await import('./commands/stats.ts')).runStats));

  withCommon(
    program.command('reset').description('clear progress (a backup of the log is kept)').option('-y, --yes', 'do not ask'),
    { data: true },
  ).action(run(async () => (await import('./commands/reset.ts')).runReset));

  withCommon(
    program
      .command('init')
      .description('write a starter playbook')
      .argument('[dir]', 'where to write it', '.'),
  ).action(run(async () => (await import('./commands/init.ts')).runInit));

  withCommon(program.command('schema').description('print the JSON Schema of playbooks')).action(
    run(async () => (await import('./commands/schema.ts')).runSchema),
  );

  withCommon(
    program
      .command('completion')
      .description('print a shell completion script')
      .addArgument(new Argument('<shell>', 'bash, zsh or fish').choices(['bash', 'zsh', 'fish'])),
  ).action(
    // Completion is generated from this program, so it is passed in as data (src/cli-spec.ts).
    run(async () => {
      const [{ runCompletion }, { describeProgram }] = await Promise.all([
        import('./commands/completion.ts'),
        import('./cli-spec.ts'),
      ]);
      const spec = describeProgram(program);
      return (shell: string, options: CommonOptions, ctx: CommandContext) => runCompletion(shell, options, ctx, spec);
    }),
  );

  for (const command of program.commands) command.configureOutput(output(`parry ${command.name()} --help`));
  return program;
}

/** Run the program; resolve to the exit code. Never throws, never exits. */
export async function main(argv: readonly string[], host: Host): Promise<number> {
  // `parry lookup … | head` closes the pipe early: that is not an error. Any other failure to
  // write the output is reported once, at the end, as a one-line error (not an uncaught throw).
  let outputError: NodeJS.ErrnoException | undefined;
  const onOutputError = (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') outputError ??= err;
  };
  host.stdout.on('error', onOutputError);
  let code: number = ExitCode.ok;
  const program = createProgram(host, (c) => (code = c));
  try {
    await program.parseAsync([...argv], { from: 'user' });
    if (outputError) {
      host.stderr.write(`parry: cannot write the output: ${outputError.code ?? outputError.message}\n`);
      return ExitCode.cannotRun;
    }
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end the parse on purpose. Every other commander error is a usage
      // error, `parry` without a command included (commander prints the help to stderr then).
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version') return ExitCode.ok;
      return ExitCode.cannotRun;
    }
    const message = err instanceof Error ? err.message : String(err);
    host.stderr.write(`parry: internal error: ${sanitizeLine(message)}\n`);
    if (host.env.PARRY_DEBUG === '1' && err instanceof Error && err.stack) host.stderr.write(`${err.stack}\n`);
    return ExitCode.cannotRun;
  } finally {
    host.stdout.removeListener('error', onOutputError);
  }
}
