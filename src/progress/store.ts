// The attempt log on disk: one JSON line per attempt, only ever appended to.
//
// Appends: each attempt is one `write(2)` of one whole line on a descriptor opened with
// O_APPEND. The kernel moves to the end and writes in one step, so lines from sessions writing
// at once never interleave, and a process killed at any moment either wrote its line or did not.
// If the file ends without a newline (a write cut short by a crash or power loss), the next line
// starts with one, so it never glues onto the torn line; the torn line stays in the file and
// readers skip it with a warning. A short write (disk full, file size limit) is cut back off, so
// the file never keeps half a line in the middle.
//
// fsync policy: `fdatasync` after every append. Attempts come at human speed (one every few
// seconds at most), so the cost is invisible, and "saved" then means on the disk, not only in the
// page cache: a power cut right after the answer keeps it.
//
// Errors never throw out of here: they come back as values for the command to report (exit 2).
import {
  closeSync,
  existsSync,
  fdatasyncSync,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  statSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Attempt, AttemptSink } from './model.ts';
import { parseLog, type ParsedLog } from './parse-log.ts';
import { BACKUP_DIR } from './paths.ts';

export type StoreErrorCode = 'read-only' | 'no-space' | 'too-large' | 'cut-short' | 'not-a-folder' | 'not-a-file' | 'io';

export interface StoreError {
  readonly code: StoreErrorCode;
  /** The file or folder at fault. */
  readonly path: string;
  /** The system's error code (EACCES, ENOSPC, …). */
  readonly errno: string;
}

export function storeError(err: unknown, path: string): StoreError {
  const errno = (err as NodeJS.ErrnoException | undefined)?.code ?? 'EIO';
  const code: StoreErrorCode =
    errno === 'EACCES' || errno === 'EPERM' || errno === 'EROFS'
      ? 'read-only'
      : errno === 'ENOSPC' || errno === 'EDQUOT'
        ? 'no-space'
        : errno === 'EFBIG'
          ? 'too-large'
          : errno === 'ENOTDIR' || errno === 'EEXIST'
            ? 'not-a-folder'
            : 'io';
  return { code, path, errno };
}

const REASONS: Record<StoreErrorCode, string> = {
  'read-only': 'is read-only',
  'no-space': 'is on a full disk',
  'too-large': 'has reached the file size limit',
  'cut-short': 'took only part of the line, which was removed again (is the disk full, or a file size limit reached?)',
  'not-a-folder': 'is not a folder',
  'not-a-file': 'is not a regular file',
  io: 'could not be written',
};

/** One line for the learner: what failed, where, and how to get around it. */
export function describeStoreError(error: StoreError, doing: 'save progress' | 'read progress' | 'reset progress'): string {
  const reason = doing === 'read progress' && error.code === 'io' ? 'could not be read' : REASONS[error.code];
  const hint = error.code === 'io' ? '' : '; use --data-dir or PARRY_HOME to keep progress elsewhere';
  return `cannot ${doing}: ${error.path} ${reason} (${error.errno})${hint}`;
}

export type LoadResult =
  | { readonly ok: true; readonly exists: boolean; readonly log: ParsedLog }
  | { readonly ok: false; readonly error: StoreError };

/** Read and parse the log. A missing log is an empty one: nobody has practised yet. */
export function loadLog(file: string): LoadResult {
  let text: string;
  try {
    // Only a regular file: reading a device or a pipe put there by mistake could never end.
    const stat = statSync(file);
    if (!stat.isFile()) return { ok: false, error: { code: 'not-a-file', path: file, errno: stat.isDirectory() ? 'EISDIR' : 'not a file' } };
    text = readFileSync(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { ok: true, exists: false, log: parseLog('') };
    return { ok: false, error: storeError(err, file) };
  }
  return { ok: true, exists: true, log: parseLog(text) };
}

/** Appends attempts to one log file; keeps the file open between appends. */
export class LogWriter {
  readonly file: string;
  #fd: number | undefined;

  constructor(file: string) {
    this.file = file;
  }

  append(attempt: Attempt): StoreError | undefined {
    const line = `${JSON.stringify(attempt)}\n`;
    const opened = this.#open();
    if (typeof opened !== 'number') return opened;
    const fd = opened;
    let data: Buffer;
    try {
      data = Buffer.from(endsWithNewline(fd) ? line : `\n${line}`, 'utf8');
    } catch (err) {
      return storeError(err, this.file);
    }
    let written: number;
    try {
      written = writeOnce(fd, data);
    } catch (err) {
      return storeError(err, this.file);
    }
    if (written < data.length) {
      cutShortWrite(fd, data, written);
      // The device refused the rest: a full disk or a file size limit, it does not say which.
      return { code: 'cut-short', path: this.file, errno: 'short write' };
    }
    try {
      fdatasyncSync(fd);
    } catch (err) {
      // Character devices and some file systems cannot sync; that is not a lost attempt.
      const errno = (err as NodeJS.ErrnoException).code;
      if (errno !== 'EINVAL' && errno !== 'ENOTSUP') return storeError(err, this.file);
    }
    return undefined;
  }

  close(): void {
    if (this.#fd === undefined) return;
    try {
      closeSync(this.#fd);
    } catch {
      // Closing after a failed write can fail again; the error was already reported.
    }
    this.#fd = undefined;
  }

  #open(): number | StoreError {
    if (this.#fd !== undefined) return this.#fd;
    const dir = dirname(this.file);
    try {
      mkdirSync(dir, { recursive: true });
    } catch (err) {
      return storeError(err, dir);
    }
    const created = !existsSync(this.file);
    try {
      // a+: append, and read so the last byte can be checked. 0600: answers are personal.
      this.#fd = openSync(this.file, 'a+', 0o600);
    } catch (err) {
      return storeError(err, this.file);
    }
    if (created) syncFolder(dir);
    return this.#fd;
  }
}

/**
 * One write(2) of the whole line (Node's writeSync without a position). libuv retries only the
 * rest of a short write, and a device that cut the first write short (full disk, size limit)
 * refuses the retry too; what did get written is then cut off again (`cutShortWrite`).
 */
function writeOnce(fd: number, data: Buffer): number {
  return writeSync(fd, data);
}

function endsWithNewline(fd: number): boolean {
  const { size } = fstatSync(fd);
  if (size === 0) return true;
  const last = Buffer.alloc(1);
  return readSync(fd, last, 0, 1, size - 1) === 1 && last[0] === 0x0a;
}

/**
 * Remove the part of a line a short write left at the end of the file. Only when the file still
 * ends with exactly those bytes: if another session appended after them, cutting would lose its
 * line, so the fragment stays and readers report it as a corrupt line.
 */
function cutShortWrite(fd: number, data: Buffer, written: number): void {
  if (written <= 0) return;
  try {
    const { size } = fstatSync(fd);
    const tail = Buffer.alloc(written);
    if (readSync(fd, tail, 0, written, size - written) === written && tail.equals(data.subarray(0, written)))
      ftruncateSync(fd, size - written);
  } catch {
    // Nothing more can be done on a failing disk; the reader will skip the fragment.
  }
}

/** Make a new file's directory entry durable too; not possible on every platform. */
function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Windows cannot open folders; the file itself is synced on every append.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** A failed save, as the session port reports it: the one-line message, and the error value. */
export class SaveFailed extends Error {
  readonly error: StoreError;
  constructor(error: StoreError) {
    super(describeStoreError(error, 'save progress'));
    this.name = 'SaveFailed';
    this.error = error;
  }
}

/**
 * The session's port onto the log. The port is a promise, so a failed save rejects with
 * `SaveFailed` (its message is the line to show); the session turns that into its own
 * "failed" state and the command exits 2.
 */
export function logSink(writer: LogWriter): AttemptSink {
  return {
    append: async (attempt) => {
      const error = writer.append(attempt);
      if (error) throw new SaveFailed(error);
    },
  };
}

/** A sink for `--no-save`: records nothing. */
export const discardSink: AttemptSink = { append: async () => undefined };

export type BackupResult =
  | { readonly ok: true; readonly backup: string | undefined }
  | { readonly ok: false; readonly error: StoreError };

/**
 * Clear progress by moving the log into `backups/` under a timestamped name. A move, not a copy
 * and a truncate: a session still writing keeps writing into the backup, so nothing is lost.
 * `backup` is undefined when there was no log to clear.
 */
export function backupAndClear(file: string, now: Date): BackupResult {
  if (!existsSync(file)) return { ok: true, backup: undefined };
  const folder = join(dirname(file), BACKUP_DIR);
  try {
    mkdirSync(folder, { recursive: true });
  } catch (err) {
    return { ok: false, error: storeError(err, folder) };
  }
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('.', '');
  const stem = basename(file).replace(/\.jsonl$/, '');
  let backup = join(folder, `${stem}-${stamp}.jsonl`);
  for (let n = 2; existsSync(backup); n++) backup = join(folder, `${stem}-${stamp}-${n}.jsonl`);
  try {
    renameSync(file, backup);
  } catch (err) {
    return { ok: false, error: storeError(err, file) };
  }
  syncFolder(dirname(file));
  return { ok: true, backup };
}
