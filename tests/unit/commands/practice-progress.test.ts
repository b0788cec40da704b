import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openPracticeProgress } from '../../../src/commands/practice-progress.ts';
import type { Attempt } from '../../../src/progress/model.ts';
import { testCatalog } from '../session/fixtures.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const attempt = (objection: string): Attempt => ({
  v: 1,
  at: '2026-03-01T09:00:00.000Z',
  playbook: 'test',
  objection,
  lang: 'en',
  mode: 'type',
  answer: 'What exactly?',
  detected: ['clarify'],
  expected: ['clarify'],
  score: 100,
  durationMs: 900,
});
const base = { env: {}, now: () => new Date('2026-03-01T10:00:00Z'), lang: 'en', catalog: testCatalog() };

const open = async (o: Partial<Parameters<typeof openPracticeProgress>[0]> & { cwd: string }) => {
  const r = await openPracticeProgress({ ...base, dataDir: undefined, save: true, ...o });
  if (!r.ok) throw new Error(r.message);
  return r.progress;
};
const tempRoot = () => {
  const root = mkdtempSync(join(tmpdir(), 'parry-progress-'));
  dirs.push(root);
  return root;
};
const LOG = 'attempts.jsonl';

describe('practice progress (adapter over the progress store)', () => {
  it('appends each attempt to the log under --data-dir, creating the folder', async () => {
    const root = tempRoot();
    const progress = await open({ dataDir: 'nested/data', cwd: root });
    await progress.sink.append(attempt('too-expensive'));
    await progress.sink.append(attempt('think-about-it'));
    progress.close();
    const lines = readFileSync(join(root, 'nested/data', LOG), 'utf8').trim().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as Attempt).objection)).toEqual(['too-expensive', 'think-about-it']);
  });

  it('uses PARRY_HOME when no --data-dir is given, and writes nothing with --no-save', async () => {
    const root = tempRoot();
    const saving = await open({ env: { PARRY_HOME: root }, cwd: '/' });
    await saving.sink.append(attempt('too-expensive'));
    saving.close();
    expect(existsSync(join(root, LOG))).toBe(true);
    rmSync(join(root, LOG));
    const discarding = await open({ env: { PARRY_HOME: root }, cwd: '/', save: false });
    await discarding.sink.append(attempt('too-expensive'));
    discarding.close();
    expect(existsSync(join(root, LOG))).toBe(false);
  });

  it('refuses a data folder that cannot hold the log, before the session starts', async () => {
    const root = tempRoot();
    writeFileSync(join(root, 'blocker'), '');
    const r = await openPracticeProgress({ ...base, dataDir: join(root, 'blocker', 'data'), cwd: root, save: true });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/^cannot read progress: .* is not a folder/);
  });

  it('rejects when an attempt cannot be saved, so the session stops', async () => {
    const root = tempRoot();
    const data = join(root, 'data');
    const progress = await open({ dataDir: data, cwd: root });
    // The folder turns into a file between opening and saving.
    rmSync(data, { recursive: true, force: true });
    writeFileSync(data, '');
    await expect(progress.sink.append(attempt('too-expensive'))).rejects.toThrow();
    progress.close();
  });

  it('orders through the store: --new leaves out what was practised in this language', async () => {
    const root = tempRoot();
    const first = await open({ dataDir: root, cwd: root });
    await first.sink.append(attempt('too-expensive'));
    first.close();
    const fresh = await open({ dataDir: root, cwd: root, only: 'new' });
    const ids = fresh.prioritise?.(base.catalog.objections).map((o) => o.id);
    expect(ids).toEqual(['think-about-it', 'cheaper-elsewhere']);
    // Asked in Chinese, it is a different card, so it is new again.
    const zh = await open({ dataDir: root, cwd: root, only: 'new', lang: 'zh' });
    expect(zh.prioritise?.(base.catalog.objections).map((o) => o.id)).toContain('too-expensive');
  });

  it('knows what is due after the session, and warns about skipped log lines', async () => {
    const root = tempRoot();
    const progress = await open({ dataDir: root, cwd: root });
    await progress.sink.append(attempt('too-expensive'));
    const due = await progress.upcoming?.();
    expect(due?.map((d) => [d.objection, d.lang])).toEqual([['too-expensive', 'en']]);
    progress.close();
    writeFileSync(join(root, LOG), `${readFileSync(join(root, LOG), 'utf8')}{"v":1,"at":`);
    const torn = await open({ dataDir: root, cwd: root });
    expect(torn.warnings).toHaveLength(1);
    expect(torn.warnings[0]).toMatch(/attempts\.jsonl:2: .*incomplete/);
    torn.close();
  });
});
