// `parry stats` and `parry reset` from the built binary, on a log seeded in a temporary --data-dir.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { BIN, runParry as run } from './run-binary.ts';

const runParry = (args: readonly string[], opts: { env?: Record<string, string | undefined> } = {}) =>
  run(args, { ...opts, env: { TZ: 'UTC', LANG: 'C', LC_ALL: undefined, LC_MESSAGES: undefined, PARRY_LANG: undefined, ...opts.env } });

/**
 * Permissions do not stop root: as root, run the binary as an unprivileged user for the cases
 * that need a folder or file it may not write or read.
 */
const isRoot = process.getuid?.() === 0;
function runUnprivileged(args: readonly string[]) {
  if (!isRoot) return runParry(args);
  const r = spawnSync(process.execPath, [BIN, ...args], {
    uid: 65534,
    gid: 65534,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: tmpdir(), TZ: 'UTC', LANG: 'C', NO_COLOR: '1', CI: 'true' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const PLAYBOOK = new URL('../fixtures/progress/sales.yaml', import.meta.url).pathname;
const DAY = 86_400_000;
let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'parry-e2e-progress-'));
  chmodSync(work, 0o755);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

let n = 0;
function dataDir(lines: readonly string[] = [], tail = ''): string {
  const dir = join(work, `d${++n}`);
  mkdirSync(dir, { mode: 0o755 });
  if (lines.length > 0 || tail) writeFileSync(join(dir, 'attempts.jsonl'), lines.map((l) => `${l}\n`).join('') + tail);
  return dir;
}

// The binary runs with TZ=UTC, so local days are UTC days here.
const TODAY = Math.floor(Date.now() / DAY) * DAY;

/** An attempt line at noon (+ minutes) `daysAgo` days before today. */
function line(daysAgo: number, minute: number, objection: string, score: number, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    v: 1,
    at: new Date(TODAY - daysAgo * DAY + 12 * 3_600_000 + minute * 60_000).toISOString(),
    playbook: 'sales',
    objection,
    lang: 'en',
    mode: 'type',
    answer: `answer to ${objection}`,
    detected: score >= 60 ? ['ask-why'] : [],
    expected: ['ask-why', 'show-value'],
    score,
    durationMs: 4200,
    ...extra,
  });
}

// Two days of practice, one objection failed again and again, one objection since removed.
const seeded = [
  line(2, 0, 'too-expensive', 20),
  line(2, 2, 'too-expensive', 25),
  line(2, 4, 'think-about-it', 90),
  line(1, 0, 'too-expensive', 30),
  line(1, 2, 'too-expensive', 10),
  line(1, 4, 'removed-one', 50),
  line(1, 6, 'cheaper-elsewhere', 70, { answer: 'Fair, "cheaper" how?\nLet me ask' }),
];
const common = (dir: string) => ['--data-dir', dir, '--no-builtin', '--playbook', PLAYBOOK];

describe('parry stats', () => {
  it('shows streak, what is due, mastery, trend, leeches and removed objections', () => {
    const r = runParry(['stats', ...common(dataDir(seeded)), '--lang', 'en']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Progress: 7 attempts on 4 objections');
    expect(r.stdout).toMatch(/Streak: 2 days in a row \(longest 2\)/);
    expect(r.stdout).toMatch(/Due for review: \d+ now/);
    expect(r.stdout).toMatch(/Ask why +█*[▏▎▍▌▋▊▉]?░* +\d+%/);
    expect(r.stdout).toContain('Show the value');
    expect(r.stdout).toContain('“It\'s too expensive.” (en) · failed 4 of 4 times');
    expect(r.stdout).toContain('sales/removed-one (en) · 1 attempt');
    expect(r.stdout).toMatch(/^ {2}[·▁▂▃▄▅▆▇█]{30} {2}average/m);
  });

  it('--json prints one JSON document with the same numbers', () => {
    const dir = dataDir(seeded);
    const r = runParry(['stats', ...common(dir), '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ dataDir: dir, log: join(dir, 'attempts.jsonl'), dataDirFrom: '--data-dir', attempts: 7, cards: 4, objections: 4, problems: [] });
    expect(doc.streak).toEqual({ current: 2, longest: 2, practisedToday: false });
    expect(doc.leeches).toEqual([{ playbook: 'sales', objection: 'too-expensive', lang: 'en', fails: 4, attempts: 4 }]);
    expect(doc.missing).toEqual([{ playbook: 'sales', objection: 'removed-one', langs: ['en'], attempts: 1 }]);
    expect(doc.accuracy).toHaveLength(30);
    expect(doc.techniques.map((t: { id: string }) => t.id).sort()).toEqual(['ask-why', 'show-value']);
    expect(doc.due.now + doc.due.today + doc.due.week).toBeGreaterThan(0);
  });

  it('--export csv prints the log as CSV with proper quoting', () => {
    const r = runParry(['stats', '--data-dir', dataDir(seeded), '--export', 'csv']);
    expect(r.code).toBe(0);
    const rows = r.stdout.split('\r\n');
    expect(rows[0]).toBe('at,playbook,objection,lang,mode,score,rating,duration_ms,detected,expected,persona,answer');
    expect(rows).toHaveLength(9);
    expect(rows[7]).toMatch(/,sales,cheaper-elsewhere,en,type,70,good,4200,ask-why,ask-why show-value,,"Fair, ""cheaper"" how\?\nLet me ask"$/);
  });

  it('speaks the interface language (Russian, Persian, Chinese)', () => {
    const dir = dataDir(seeded);
    expect(runParry(['stats', ...common(dir), '--lang', 'ru']).stdout).toContain('Серия: 2 дня подряд');
    expect(runParry(['stats', ...common(dir), '--lang', 'fa']).stdout).toContain('پیوستگی: ۲ روز پشت سر هم');
    expect(runParry(['stats', ...common(dir)], { env: { LANG: 'zh_CN.UTF-8' } }).stdout).toContain('连续练习：2 天');
  });

  it('a torn last line: a warning naming the line, the rest counted, exit 0', () => {
    const dir = dataDir(seeded, '{"v":1,"at":"2024-05-');
    const r = runParry(['stats', ...common(dir), '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`warning: ${join(dir, 'attempts.jsonl')}:8: the last line is incomplete (a write was cut short); skipped, the line stays in the file\n`);
    expect(JSON.parse(r.stdout)).toMatchObject({ attempts: 7, problems: [{ line: 8, kind: 'torn' }] });
    expect(readFileSync(join(dir, 'attempts.jsonl'), 'utf8').endsWith('"at":"2024-05-')).toBe(true); // kept
  });

  it('a corrupt line in the middle is reported with its line number and skipped, never fatal', () => {
    const lines = [...seeded.slice(0, 3), 'this is not json', ...seeded.slice(3)];
    const r = runParry(['stats', ...common(dataDir(lines))]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^warning: .*attempts\.jsonl:4: not valid JSON; skipped, the line stays in the file\n$/);
    expect(r.stdout).toContain('Progress: 7 attempts');
  });

  it('no log yet: says how to start, exit 0', () => {
    const r = runParry(['stats', ...common(dataDir())]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('No practice recorded yet. Start with: parry practice\n');
  });

  it('finds the log through PARRY_HOME, and in the user data folder (XDG_DATA_HOME) by default', () => {
    const home = dataDir(seeded);
    const viaEnv = runParry(['stats', '--no-builtin', '--playbook', PLAYBOOK, '--json'], { env: { PARRY_HOME: home } });
    expect(JSON.parse(viaEnv.stdout)).toMatchObject({ dataDir: home, dataDirFrom: 'PARRY_HOME', attempts: 7 });

    const xdg = join(work, `xdg${++n}`);
    mkdirSync(join(xdg, 'parry'), { recursive: true });
    writeFileSync(join(xdg, 'parry', 'attempts.jsonl'), `${seeded[0]}\n`);
    const viaDefault = runParry(['stats', '--no-builtin', '--playbook', PLAYBOOK, '--json'], { env: { PARRY_HOME: undefined, XDG_DATA_HOME: xdg } });
    expect(JSON.parse(viaDefault.stdout)).toMatchObject({ dataDir: join(xdg, 'parry'), dataDirFrom: 'default', attempts: 1 });
  });

  it('an unreadable log: a one-line message, exit 2', () => {
    const dir = dataDir(seeded);
    chmodSync(join(dir, 'attempts.jsonl'), 0o000);
    const r = runUnprivileged(['stats', ...common(dir)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^parry: cannot read progress: .*attempts\.jsonl is read-only \(EACCES\)/);
  });

  it('a log path that is a folder: a one-line message, exit 2, no stack trace', () => {
    const dir = dataDir();
    mkdirSync(join(dir, 'attempts.jsonl'));
    const r = runParry(['stats', ...common(dir)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `parry: cannot read progress: ${join(dir, 'attempts.jsonl')} is not a regular file (EISDIR); use --data-dir or PARRY_HOME to keep progress elsewhere\n`,
    );
  });
});

describe('parry reset', () => {
  it('without a terminal and without --yes: exit 2, naming --yes, nothing touched', () => {
    const dir = dataDir(seeded);
    const r = runParry(['reset', '--data-dir', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--yes');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(readFileSync(join(dir, 'attempts.jsonl'), 'utf8').split('\n')).toHaveLength(8);
  });

  it('--yes: moves the log to a timestamped backup, then stats starts from zero', () => {
    const dir = dataDir(seeded);
    const before = readFileSync(join(dir, 'attempts.jsonl'), 'utf8');
    const r = runParry(['reset', '--data-dir', dir, '--yes']);
    expect(r.code).toBe(0);
    const backups = readdirSync(join(dir, 'backups'));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(/^attempts-\d{8}T\d{9}Z\.jsonl$/);
    const backup = join(dir, 'backups', backups[0] as string);
    expect(readFileSync(backup, 'utf8')).toBe(before);
    expect(r.stdout).toBe(`Progress cleared. The old log is kept at ${backup}\n`);
    expect(existsSync(join(dir, 'attempts.jsonl'))).toBe(false);
    expect(runParry(['stats', ...common(dir)]).stdout).toContain('No practice recorded yet');
  });

  it('--yes --json: one JSON document', () => {
    const dir = dataDir(seeded);
    const r = runParry(['reset', '--data-dir', dir, '--yes', '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ cleared: true, attempts: 7, log: join(dir, 'attempts.jsonl') });
    expect(existsSync(doc.backup)).toBe(true);
  });

  it('two resets in the same millisecond never overwrite a backup', () => {
    const dir = dataDir(seeded);
    expect(runParry(['reset', '--data-dir', dir, '--yes']).code).toBe(0);
    writeFileSync(join(dir, 'attempts.jsonl'), `${seeded[0]}\n`);
    expect(runParry(['reset', '--data-dir', dir, '--yes']).code).toBe(0);
    expect(readdirSync(join(dir, 'backups'))).toHaveLength(2);
  });

  it('nothing to reset: says so, exit 0', () => {
    const r = runParry(['reset', '--data-dir', dataDir(), '--yes']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Nothing to reset: no practice recorded yet.\n');
  });

  it('a read-only data folder: a clear message, exit 2, the log untouched', () => {
    const dir = dataDir(seeded);
    chmodSync(dir, 0o555);
    const r = runUnprivileged(['reset', '--data-dir', dir, '--yes']);
    chmodSync(dir, 0o755);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^parry: cannot reset progress: .* is read-only \(EACCES\); use --data-dir or PARRY_HOME/);
    expect(existsSync(join(dir, 'attempts.jsonl'))).toBe(true);
  });

  it('the backups path taken by a file: a clear message, exit 2, the log untouched', () => {
    const dir = dataDir(seeded);
    writeFileSync(join(dir, 'backups'), 'not a folder');
    const r = runParry(['reset', '--data-dir', dir, '--yes']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`parry: cannot reset progress: ${join(dir, 'backups')} is not a folder (EEXIST); use --data-dir or PARRY_HOME to keep progress elsewhere\n`);
    expect(existsSync(join(dir, 'attempts.jsonl'))).toBe(true);
  });
});
