// openProgress: what `parry practice` plugs in (sink + prioritise), against a real temp folder.
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Attempt } from '../../src/progress/model.ts';
import { openProgress } from '../../src/progress/open.ts';
import { parseLog } from '../../src/progress/parse-log.ts';

const dirs: string[] = [];
const temp = () => {
  const d = mkdtempSync(join(tmpdir(), 'parry-open-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) {
    chmodSync(d, 0o755);
    rmSync(d, { recursive: true, force: true });
  }
});

const known = [
  { playbook: 'sales', id: 'a', expect: ['ask-why'] },
  { playbook: 'sales', id: 'b', expect: ['ask-why'] },
];
const attempt = (objection: string, at: string, score: number): Attempt => ({
  v: 1,
  at,
  playbook: 'sales',
  objection,
  lang: 'en',
  mode: 'type',
  answer: 'x',
  detected: [],
  expected: ['ask-why'],
  score,
  durationMs: 1,
});
const base = (dataDir: string) => ({ dataDir, env: {}, cwd: '/', now: () => new Date('2024-05-08T09:00:00Z'), lang: 'en', save: true, known });

describe('openProgress', () => {
  it('orders from the log and appends each attempt to it', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'attempts.jsonl'), `${JSON.stringify(attempt('b', '2024-05-06T09:00:00.000Z', 10))}\n`);
    const opened = openProgress(base(dir));
    if (!opened.ok) throw new Error(opened.message);
    const { progress } = opened;
    expect(progress.prioritise(known).map((o) => o.id)).toEqual(['b', 'a']); // b is due, a is new
    await progress.sink.append(attempt('a', '2024-05-08T09:00:00.000Z', 90));
    progress.close();
    expect(parseLog(readFileSync(join(dir, 'attempts.jsonl'), 'utf8')).attempts.map((x) => x.objection)).toEqual(['b', 'a']);
    // What is due after the session includes the answer just given: b (failed) before a (easy).
    const upcoming = await progress.upcoming();
    expect(upcoming.map((u) => [u.objection, u.lang])).toEqual([
      ['b', 'en'],
      ['a', 'en'],
    ]);
    expect(upcoming[1]?.due.getTime()).toBeGreaterThan(Date.parse('2024-05-09T09:00:00Z'));
  });

  it('--due and --new filter', () => {
    const dir = temp();
    writeFileSync(join(dir, 'attempts.jsonl'), `${JSON.stringify(attempt('b', '2024-05-06T09:00:00.000Z', 10))}\n`);
    const due = openProgress({ ...base(dir), only: 'due' });
    const fresh = openProgress({ ...base(dir), only: 'new' });
    if (!due.ok || !fresh.ok) throw new Error('open failed');
    expect(due.progress.prioritise(known).map((o) => o.id)).toEqual(['b']);
    expect(fresh.progress.prioritise(known).map((o) => o.id)).toEqual(['a']);
  });

  it('--no-save writes nothing, not even the folder', async () => {
    const dir = join(temp(), 'never');
    const opened = openProgress({ ...base(dir), save: false });
    if (!opened.ok) throw new Error(opened.message);
    await opened.progress.sink.append(attempt('a', '2024-05-08T09:00:00.000Z', 90));
    expect(existsSync(dir)).toBe(false);
  });

  it.skipIf(!existsSync('/dev/full'))('a failed save rejects with the one-line message for the session', async () => {
    const dir = temp();
    const opened = openProgress(base(dir));
    if (!opened.ok) throw new Error(opened.message);
    // The log is opened for writing on the first append: by then the disk is "full".
    symlinkSync('/dev/full', join(dir, 'attempts.jsonl'));
    const saving = opened.progress.sink.append(attempt('a', '2024-05-08T09:00:00.000Z', 90));
    await expect(saving).rejects.toThrow(
      `cannot save progress: ${join(dir, 'attempts.jsonl')} is on a full disk (ENOSPC); use --data-dir or PARRY_HOME to keep progress elsewhere`,
    );
    await expect(saving).rejects.toMatchObject({ name: 'SaveFailed', error: { code: 'no-space', errno: 'ENOSPC' } });
  });

  it('reports skipped lines, and an unreadable log as a message', () => {
    const dir = temp();
    writeFileSync(join(dir, 'attempts.jsonl'), 'oops\n');
    const opened = openProgress(base(dir));
    expect(opened.ok && opened.progress.problems).toEqual([{ line: 1, kind: 'corrupt' }]);
    const broken = openProgress(base(join(dir, 'attempts.jsonl'))); // a file where the folder should be
    expect(broken).toEqual({ ok: false, message: expect.stringContaining('cannot read progress:') });
    mkdirSync(join(dir, 'dev'));
    symlinkSync('/dev/zero', join(dir, 'dev', 'attempts.jsonl'));
    expect(openProgress(base(join(dir, 'dev')))).toEqual({
      ok: false,
      message: `cannot read progress: ${join(dir, 'dev', 'attempts.jsonl')} is not a regular file (not a file); use --data-dir or PARRY_HOME to keep progress elsewhere`,
    });
  });
});
