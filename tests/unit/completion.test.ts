import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeProgram, type ProgramSpec } from '../../src/cli-spec.ts';
import { createProgram } from '../../src/cli.ts';
import { bashCompletion } from '../../src/completion/bash.ts';
import { fishCompletion } from '../../src/completion/fish.ts';
import type { CompletionWords } from '../../src/completion/words.ts';
import { zshCompletion } from '../../src/completion/zsh.ts';
import type { Host } from '../../src/host.ts';

const host = { env: {}, stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: () => '.', once() {}, off() {} } as unknown as Host;
const spec: ProgramSpec = describeProgram(createProgram(host, () => {}));
const words: CompletionWords = {
  objection: ['too-expensive', 'think-about-it', 'bad id; rm -rf /'],
  technique: ['clarify', 'daily-cost'],
  persona: ['hesitant'],
  lang: ['en', 'zh-TW'],
};
const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const dir = mkdtempSync(join(tmpdir(), 'parry-completion-'));

describe('program spec', () => {
  it('describes every command, alias, option and argument of the commander program', () => {
    const names = spec.commands.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['practice', 'lookup', 'validate', 'list', 'completion']));
    const practice = spec.commands.find((c) => c.name === 'practice');
    expect(practice?.aliases).toEqual(['quiz']);
    const lookup = spec.commands.find((c) => c.name === 'lookup');
    expect(lookup?.arguments[0]).toMatchObject({ name: 'query', variadic: true, values: 'objection' });
    expect(lookup?.options.find((o) => o.long === '--technique')).toMatchObject({ short: '-t', takesValue: true, values: 'technique' });
    expect(lookup?.options.find((o) => o.long === '--playbook')?.values).toBe('file');
    expect(lookup?.options.find((o) => o.long === '--all-langs')?.takesValue).toBe(false);
    expect(spec.commands.find((c) => c.name === 'list')?.arguments[0]).toMatchObject({ values: 'choice', choices: ['objections', 'techniques', 'personas'] });
    expect(spec.options.flatMap((o) => [o.short, o.long])).toEqual(expect.arrayContaining(['-v', '--version', '-h', '--help']));
  });
});

describe('completion scripts', () => {
  it('bash: valid syntax, completes commands, flags, ids and choices', () => {
    const script = bashCompletion(spec, words);
    expect(script).not.toContain('rm -rf');
    const file = join(dir, 'parry.bash');
    writeFileSync(file, script);
    execFileSync('bash', ['-n', file]);
    const complete = (...line: string[]) =>
      execFileSync('bash', ['-c', `source ${file}; COMP_WORDS=(${line.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${line.length - 1}; _parry_complete; echo "\${COMPREPLY[*]}"`], {
        encoding: 'utf8',
      }).trim();
    expect(complete('parry', 'loo')).toBe('lookup');
    expect(complete('parry', 'lookup', 'too')).toBe('too-expensive');
    expect(complete('parry', 'lookup', '--tec')).toBe('--technique');
    expect(complete('parry', '--version', 'lookup', '-t', 'cl')).toBe('clarify');
    expect(complete('parry', 'lookup', '--lang', 'zh', '-t', 'da')).toBe('daily-cost');
    expect(complete('parry', 'list', '')).toBe('objections techniques personas');
    expect(complete('parry', 'quiz', '--persona', '')).toBe('hesitant');
    expect(complete('parry', 'completion', '')).toBe('bash zsh fish');
  });

  it.skipIf(!has('zsh'))('zsh: valid syntax', () => {
    const file = join(dir, '_parry');
    writeFileSync(file, zshCompletion(spec, words));
    execFileSync('zsh', ['-n', file]);
  });

  it('zsh: a compdef function with _arguments specs for each command', () => {
    const script = zshCompletion(spec, words);
    expect(script.startsWith('#compdef parry\n')).toBe(true);
    expect(script).toContain("'(-t --technique)'{-t,--technique}'[only responses that use this technique]:technique:(clarify daily-cost)'");
    expect(script).toContain("'*:query:(too-expensive think-about-it)'");
    expect(script).toContain('practice|quiz)');
  });

  it.skipIf(!has('fish'))('fish: valid syntax', () => {
    const file = join(dir, 'parry.fish');
    writeFileSync(file, fishCompletion(spec, words));
    execFileSync('fish', ['--no-execute', file]);
  });

  it('fish: one complete line per flag, guarded by the subcommand', () => {
    const script = fishCompletion(spec, words);
    expect(script).toContain("complete -c parry -n '__fish_seen_subcommand_from lookup' -s t -l technique -x -a 'clarify daily-cost' -d 'only responses that use this technique'");
    expect(script).toContain("complete -c parry -n '__fish_seen_subcommand_from practice quiz' -l persona -x -a 'hesitant'");
    expect(script).toContain('complete -c parry -n __fish_use_subcommand -a quiz');
  });
});
