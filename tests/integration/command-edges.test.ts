// The edges every command shares (design §3): exit codes, one-line errors without stack traces,
// `--json` as exactly one JSON document, and a broken playbook reported the same way by every
// command that loads playbooks. In process: main() with a fake host.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.ts';
import type { Host, OutStream } from '../../src/host.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'parry-edges-'));
  dirs.push(dir);
  return dir;
}

interface RunOptions {
  env?: Record<string, string>;
  stdin?: string;
  stdout?: OutStream;
  dir?: string;
  cwd?: () => string;
}

async function run(argv: string[], opts: RunOptions = {}) {
  const dir = opts.dir ?? tempDir();
  const stdin = new PassThrough();
  stdin.end(opts.stdin ?? '');
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  const host: Host = {
    env: { NO_COLOR: '1', LANG: 'en_US.UTF-8', PARRY_HOME: join(dir, 'data'), ...opts.env },
    stdin,
    stdout: opts.stdout ?? stdout,
    stderr,
    cwd: opts.cwd ?? (() => dir),
    once: () => undefined,
    off: () => undefined,
  };
  const code = await main(argv, host);
  return { code, stdout: out, stderr: err };
}

/** Every line of stderr is one `parry:` message: no stack trace, no terminal escapes. */
function expectOneLineErrors(stderr: string, lines: number) {
  const got = stderr.trimEnd().split('\n');
  expect(got, stderr).toHaveLength(lines);
  for (const line of got) expect(line).toMatch(/^parry: \S/);
  expect(stderr).not.toMatch(/\n\s+at /);
  expect(stderr).not.toContain('\u001b');
}

describe('a broken playbook is reported the same way by every command that loads playbooks', () => {
  // The file name carries an escape sequence: it reaches the message, sanitised.
  const broken = 'bad\u001b[31m.yaml';
  const commands: [string, string[]][] = [
    ['lookup', ['lookup', 'too expensive']],
    ['list', ['list']],
    ['score', ['score', 'What are you comparing it with?']],
    ['eval', ['eval']],
    ['stats', ['stats']],
    ['completion', ['completion', 'bash']],
    ['practice', ['practice', '--plain']],
  ];
  it.each(commands)('%s: one sanitised line per problem, nothing on stdout, exit 2', async (_name, argv) => {
    const dir = tempDir();
    writeFileSync(join(dir, broken), 'parry: 1\nid: [unclosed\n');
    const r = await run([...argv, '--playbook', broken, '--playbook', 'missing.yaml'], { dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expectOneLineErrors(r.stderr, 2);
    expect(r.stderr).toMatch(/^parry: bad\.yaml:\d+:\d+: /m);
    expect(r.stderr).toMatch(/^parry: cannot read missing\.yaml: ENOENT$/m);
  });
});

describe('--json prints exactly one JSON document on stdout', () => {
  const cases: [string, string[], number][] = [
    ['lookup (a match)', ['lookup', 'too expensive'], 0],
    ['lookup (no match)', ['lookup', 'zzzzqqqq'], 1],
    ['list', ['list', 'techniques'], 0],
    ['score', ['score', 'What are you comparing it with?'], 0],
    ['eval', ['eval'], 0],
    ['stats', ['stats'], 0],
  ];
  it.each(cases)('%s', async (_name, argv, code) => {
    const r = await run([...argv, '--json']);
    expect(r.code).toBe(code);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
    expect(r.stdout.trimEnd().endsWith('}')).toBe(true);
  });

  it.each([
    ['stats --export csv', ['stats', '--export', 'csv']],
    ['completion', ['completion', 'bash']],
    ['practice', ['practice', '--plain']],
  ])('%s: refuses --json rather than print something else (exit 2)', async (_name, argv) => {
    const r = await run([...argv, '--json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expectOneLineErrors(r.stderr, 1);
  });
});

describe('usage errors', () => {
  it.each([
    ['no command', []],
    ['an unknown command', ['bogus']],
    ['an unknown option', ['list', '--bogus']],
    ['a missing argument', ['lookup']],
    ['a bad choice', ['list', 'nope']],
    ['a bad number', ['lookup', 'x', '--limit', 'many']],
  ])('%s: exit 2', async (_name, argv) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('are one line that says where to read more', async () => {
    const r = await run(['list', 'nope\u001b]0;title\u0007']);
    expectOneLineErrors(r.stderr, 1);
    expect(r.stderr).toContain('(see `parry list --help`)');
  });

  it('--help and --version are not errors', async () => {
    expect((await run(['--help'])).code).toBe(0);
    expect((await run(['lookup', '--help'])).code).toBe(0);
    expect((await run(['--version'])).code).toBe(0);
  });
});

describe('output that cannot be written', () => {
  const failing = (code: string): OutStream =>
    new Writable({
      write(_chunk, _encoding, callback) {
        callback(Object.assign(new Error(`write ${code}`), { code }));
      },
    });

  it('is one line and exit 2, not an uncaught error', async () => {
    const r = await run(['list'], { stdout: failing('EIO') });
    expect(r.code).toBe(2);
    expectOneLineErrors(r.stderr, 1);
    expect(r.stderr).toContain('cannot write the output: EIO');
  });

  it('a closed pipe (parry list | head) is not an error', async () => {
    const r = await run(['list'], { stdout: failing('EPIPE') });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });
});

describe('a bug (an error nobody turned into a value)', () => {
  const broken = () => {
    throw new Error('the working folder is gone\nsecond line');
  };

  it('is one line and exit 2, without a stack trace', async () => {
    const r = await run(['list'], { cwd: broken });
    expect(r.code).toBe(2);
    expectOneLineErrors(r.stderr, 1);
    expect(r.stderr).toContain('internal error: the working folder is gone second line');
  });

  it('shows its stack with PARRY_DEBUG=1', async () => {
    const r = await run(['list'], { cwd: broken, env: { PARRY_DEBUG: '1' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\n\s+at /);
  });
});
