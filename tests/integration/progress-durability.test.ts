// Durability of the attempt log, each case with real separate processes (issue 6, item 6).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseLog } from '../../src/progress/parse-log.ts';

let work: string;
let writer: string;
const isRoot = process.getuid?.() === 0;
const NOBODY = 65534;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'parry-durability-'));
  chmodSync(work, 0o755); // readable by the unprivileged user of the read-only cases
  writer = join(work, 'writer.mjs');
  await build({
    entryPoints: [new URL('../fixtures/progress/writer.ts', import.meta.url).pathname],
    outfile: writer,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

let n = 0;
function freshDir(): string {
  const dir = join(work, `case-${++n}`);
  mkdirSync(dir, { mode: 0o755 });
  return dir;
}

function runWriter(args: string[], opts: { uid?: number; shell?: string } = {}) {
  const argv = [writer, ...args];
  const r = opts.shell
    ? spawnSync('sh', ['-c', `${opts.shell}; exec "$0" "$@"`, process.execPath, ...argv], { encoding: 'utf8' })
    : spawnSync(process.execPath, argv, { encoding: 'utf8', ...(opts.uid !== undefined ? { uid: opts.uid, gid: opts.uid } : {}) });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function exitOf(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.on('exit', (code) => resolve(code)));
}

/** Every line of the file is a whole attempt and the file ends with a newline. */
function expectClean(text: string) {
  const log = parseLog(text);
  expect(log.problems).toEqual([]);
  expect(text === '' || text.endsWith('\n')).toBe(true);
  return log;
}

describe('attempt log durability (separate processes)', () => {
  it('two processes × 200 attempts at once → 400 whole, readable lines, none lost', async () => {
    const log = join(freshDir(), 'attempts.jsonl');
    // Both wait for the same moment, so their appends really overlap.
    const start = String(Date.now() + 500);
    const a = spawn(process.execPath, [writer, log, 'alpha', '200', '--start', start]);
    const b = spawn(process.execPath, [writer, log, 'beta', '200', '--start', start]);
    expect(await Promise.all([exitOf(a), exitOf(b)])).toEqual([0, 0]);
    const parsed = expectClean(readFileSync(log, 'utf8'));
    expect(parsed.attempts).toHaveLength(400);
    for (const name of ['alpha', 'beta']) {
      const mine = parsed.attempts.filter((x) => x.persona === name).map((x) => x.durationMs);
      expect(mine).toEqual(Array.from({ length: 200 }, (_, i) => i)); // each once, in its own order
    }
    // They really ran at the same time: the two writers' lines are interleaved.
    const order = parsed.attempts.map((x) => x.persona);
    const switches = order.filter((p, i) => i > 0 && p !== order[i - 1]).length;
    expect(switches).toBeGreaterThan(1);
  });

  it('kill -9 during a write loop loses at most the attempt in flight, and leaves no broken line', async () => {
    const log = join(freshDir(), 'attempts.jsonl');
    const child = spawn(process.execPath, [writer, log, 'victim', '1000000', '--ack']);
    let acked = '';
    const enough = new Promise<void>((resolve) => {
      child.stdout?.on('data', (chunk: Buffer) => {
        acked += chunk.toString();
        if (acked.split('\n').length > 150) resolve();
      });
    });
    await enough;
    child.kill('SIGKILL');
    const code = await exitOf(child);
    expect(code).toBeNull(); // killed, not finished
    const acks = acked.split('\n').filter(Boolean).length;
    const parsed = expectClean(readFileSync(log, 'utf8'));
    expect(parsed.attempts.length).toBeGreaterThanOrEqual(acks);
    expect(parsed.attempts.length).toBeLessThanOrEqual(acks + 1);
    expect(parsed.attempts.map((x) => x.durationMs)).toEqual(Array.from({ length: parsed.attempts.length }, (_, i) => i));
  });

  it('a torn last line is kept, and the next append starts on a fresh line', () => {
    const log = join(freshDir(), 'attempts.jsonl');
    expect(runWriter([log, 'before', '2']).code).toBe(0);
    const whole = readFileSync(log, 'utf8');
    const torn = '{"v":1,"at":"2024-05-06T09:00:00.000Z","playbook":"dura';
    writeFileSync(log, whole + torn);
    expect(parseLog(whole + torn).problems).toEqual([{ line: 3, kind: 'torn' }]);

    expect(runWriter([log, 'after', '1']).code).toBe(0);
    const text = readFileSync(log, 'utf8');
    expect(text.startsWith(whole + torn + '\n')).toBe(true); // the torn line is kept as it was
    const parsed = parseLog(text);
    expect(parsed.attempts.map((x) => x.persona)).toEqual(['before', 'before', 'after']);
    expect(parsed.problems).toEqual([{ line: 3, kind: 'corrupt' }]);
    expect(text.endsWith('\n')).toBe(true);
  });

  it('a read-only folder: a clear message naming the folder, exit 2, nothing written', () => {
    const dir = freshDir();
    const log = join(dir, 'attempts.jsonl');
    // root ignores permissions, so the writer runs as an unprivileged user there.
    const r = isRoot ? runWriter([log, 'ro', '1'], { uid: NOBODY }) : (chmodSync(dir, 0o555), runWriter([log, 'ro', '1']));
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`parry: cannot save progress: ${log} is read-only (EACCES); use --data-dir or PARRY_HOME to keep progress elsewhere\n`);
    expect(existsSync(log)).toBe(false);
  });

  it('a read-only log file: a clear message, exit 2, the log unchanged', () => {
    const dir = freshDir();
    const log = join(dir, 'attempts.jsonl');
    expect(runWriter([log, 'first', '3']).code).toBe(0);
    const before = readFileSync(log, 'utf8');
    chmodSync(log, 0o444);
    const r = isRoot ? runWriter([log, 'ro', '1'], { uid: NOBODY }) : runWriter([log, 'ro', '1']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`cannot save progress: ${log} is read-only (EACCES)`);
    expect(readFileSync(log, 'utf8')).toBe(before);
  });

  it.skipIf(!existsSync('/dev/full'))('a full disk (/dev/full): a clear message, exit 2', () => {
    const dir = freshDir();
    const log = join(dir, 'attempts.jsonl');
    symlinkSync('/dev/full', log);
    const r = runWriter([log, 'full', '1']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`parry: cannot save progress: ${log} is on a full disk (ENOSPC); use --data-dir or PARRY_HOME to keep progress elsewhere\n`);
  });

  it('a write cut short (file size limit reached mid-line): the half line is removed, exit 2', () => {
    const log = join(freshDir(), 'attempts.jsonl');
    expect(runWriter([log, 'fill', '3']).code).toBe(0);
    const before = readFileSync(log, 'utf8');
    expect(before.length).toBeLessThan(1024);
    // `ulimit -f 2` is 1024 bytes in a POSIX sh (2048 in bash); the line written is longer than
    // both, so the kernel accepts only its first part.
    const r = runWriter([log, 'big', '1', '--answer-length', '4000'], { shell: 'ulimit -f 2' });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `parry: cannot save progress: ${log} took only part of the line, which was removed again (is the disk full, or a file size limit reached?) (short write); use --data-dir or PARRY_HOME to keep progress elsewhere\n`,
    );
    expect(readFileSync(log, 'utf8')).toBe(before); // no half line left behind
    expect(statSync(log).size).toBe(Buffer.byteLength(before));
    // Once there is room again, appends carry on cleanly.
    expect(runWriter([log, 'later', '1']).code).toBe(0);
    expect(expectClean(readFileSync(log, 'utf8')).attempts).toHaveLength(4);
  });

  it('a new log is private to its owner (0600)', () => {
    const log = join(freshDir(), 'attempts.jsonl');
    expect(runWriter([log, 'private', '1']).code).toBe(0);
    if (process.platform !== 'win32') expect(statSync(log).mode & 0o777).toBe(0o600);
  });
});
