// The README's command reference, generated from the program itself: `parry --help` for the list
// of commands, `parry <command> --help` for each one's options, a few example runs for output,
// and the exit codes. Everything between the two marker lines in README.md is replaced.
//
//   node scripts/gen-readme.mjs            rewrite README.md
//   node scripts/gen-readme.mjs --check    exit 1 (and say so) when README.md is stale
//   --file <path>                          another README (tests use a copy)
//
// Runs the built binary (bin/parry.js → dist/), so `npm run build` first. The environment of
// every run is fixed (English, no colour, an empty data folder, UTC), so the text only changes
// when the program does.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const START = '<!-- commands:start -->';
export const END = '<!-- commands:end -->';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin', 'parry.js');

/**
 * Example runs shown under a command: arguments, optional stdin, optional files written (relative
 * to the run's empty working folder) first. Only deterministic output.
 */
const EXAMPLES = {
  practice: [
    {
      args: ['practice', '--plain', '--count', '1', '--objection', 'too-expensive', '--seed', '1', '--no-save'],
      input: 'Fair question. What are you comparing it with? Over three years it is less than a coffee a day.\n',
    },
  ],
  lookup: [{ args: ['lookup', 'too expensive'] }, { args: ['lookup', '太贵了', '--lang', 'zh'] }],
  validate: [
    { args: ['validate'] },
    {
      args: ['validate', 'playbooks'],
      files: {
        'playbooks/team.yaml': [
          'parry: 1',
          'id: team',
          'title: { en: Our team }',
          'objections:',
          '  - id: no-time',
          '    text: { en: We have no time for this now. }',
          '    expect: [clarify, reschedul]',
          '    responses:',
          '      - uses: [reschedule]',
          '        txt: { en: Fair enough. When would be a better moment — Tuesday or Thursday? }',
          '',
        ].join('\n'),
      },
    },
  ],
  score: [{ args: ['score', '--objection', 'too-expensive', 'What are you comparing it with?'] }],
  list: [{ args: ['list', 'techniques'] }],
};

/** What each command's exit codes mean (design §3: 0 done, 1 "no", 2 could not run, 130 cancelled). */
const EXIT_CODES = {
  practice: '`0` session finished · `2` no terminal and no `--plain`, or bad options · `130` cancelled with Ctrl+C (answers so far are saved)',
  lookup: '`0` found · `1` no objection matches · `2` bad arguments or an unreadable playbook',
  validate: '`0` no errors (and, with `--strict` or `--max-warnings`, warnings within the limit) · `1` findings that fail · `2` could not run',
  score: '`0` techniques found · `1` none found · `2` could not run',
  eval: '`0` every labelled case passes · `1` a case fails · `2` could not run',
};
const DEFAULT_EXIT = '`0` done · `2` could not run (bad arguments, unreadable file)';

const MAX_EXAMPLE_LINES = 30;

function runParry(args, input, home) {
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: home,
    PARRY_HOME: join(home, 'parry'),
    PARRY_LANG: 'en',
    LANG: 'C.UTF-8',
    NO_COLOR: '1',
    TZ: 'UTC',
    CI: 'true',
  };
  const r = spawnSync(process.execPath, [bin, ...args], { env, cwd: home, input: input ?? '', encoding: 'utf8', timeout: 30_000 });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout.replaceAll(home, '~'), stderr: r.stderr.replaceAll(home, '~') };
}

/** Command names and aliases from the top-level help's "Commands:" section, without `help`. */
export function commandsFromHelp(help) {
  const section = help.split(/^Commands:\n/m)[1] ?? '';
  const out = [];
  for (const line of section.split('\n')) {
    const m = /^ {2}([a-z][\w-]*)((?:\|[a-z][\w-]*)*)\b/.exec(line);
    if (m && m[1] !== 'help') out.push({ name: m[1], aliases: m[2] ? m[2].slice(1).split('|') : [] });
  }
  return out;
}

function fence(text) {
  return ['```text', text.replace(/\s+$/, ''), '```'].join('\n');
}

function shellQuote(arg) {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `"${arg.replaceAll(/["\\$`]/g, '\\$&')}"`;
}

function example({ args, input, files }, home) {
  for (const [path, text] of Object.entries(files ?? {})) {
    mkdirSync(dirname(join(home, path)), { recursive: true });
    writeFileSync(join(home, path), text);
  }
  const r = runParry(args, input, home);
  if (r.code === 2) throw new Error(`example \`parry ${args.join(' ')}\` could not run: ${r.stderr.trim()}`);
  const shown = `${r.stdout}${r.stderr}`.replace(/\s+$/, '').split('\n');
  const lines = shown.length > MAX_EXAMPLE_LINES ? [...shown.slice(0, MAX_EXAMPLE_LINES), `… (${shown.length - MAX_EXAMPLE_LINES} more lines)`] : shown;
  const prompt = input ? `$ echo ${shellQuote(input.trimEnd())} | parry ${args.map(shellQuote).join(' ')}` : `$ parry ${args.map(shellQuote).join(' ')}`;
  return fence([prompt, ...lines, `(exit ${r.code})`].join('\n'));
}

/** The generated reference: one section per command. */
export function generate() {
  if (!existsSync(join(root, 'dist', 'cli.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  const home = mkdtempSync(join(tmpdir(), 'parry-readme-'));
  try {
    const top = runParry(['--help'], '', home);
    if (top.code !== 0) throw new Error(`parry --help exited ${top.code}: ${top.stderr.trim()}`);
    const parts = [
      START,
      '<!-- Generated by `node scripts/gen-readme.mjs` from the program; edit the program, not this text. -->',
      '',
      fence(top.stdout),
    ];
    for (const { name, aliases } of commandsFromHelp(top.stdout)) {
      const help = runParry([name, '--help'], '', home);
      if (help.code !== 0) throw new Error(`parry ${name} --help exited ${help.code}: ${help.stderr.trim()}`);
      parts.push('', `### parry ${name}${aliases.length ? ` (alias: ${aliases.join(', ')})` : ''}`, '', fence(help.stdout));
      const examples = (EXAMPLES[name] ?? []).map((e) => example(e, home));
      if (examples.length) parts.push('', examples.length > 1 ? 'Examples:' : 'Example:', '', examples.join('\n\n'));
      parts.push('', `Exit codes: ${EXIT_CODES[name] ?? DEFAULT_EXIT}.`);
    }
    parts.push('', END);
    return parts.join('\n');
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

/** README text with the section between the markers replaced; throws when a marker is missing. */
export function splice(readme, section) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`the README needs the lines ${START} and ${END}, in that order`);
  return readme.slice(0, start) + section + readme.slice(end + END.length);
}

function main(argv) {
  const check = argv.includes('--check');
  const i = argv.indexOf('--file');
  const file = i >= 0 ? argv[i + 1] : join(root, 'README.md');
  if (!file) throw new Error('--file needs a path');
  const current = readFileSync(file, 'utf8');
  splice(current, ''); // the markers are there, before the slow part
  const next = splice(current, generate());
  if (check) {
    if (next === current) return 0;
    process.stderr.write(`${file}: the command reference is stale; run \`node scripts/gen-readme.mjs\` and commit README.md\n`);
    return 1;
  }
  if (next !== current) writeFileSync(file, next);
  process.stderr.write(`${file}: command reference ${next === current ? 'already current' : 'updated'}\n`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`gen-readme: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  }
}
