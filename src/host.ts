// What the program needs from the outside world. Only bin/parry.js passes the real `process`;
// tests pass fakes. Keeping the shape small keeps everything below the entry testable.
export interface InStream extends NodeJS.ReadableStream {
  readonly isTTY?: boolean;
  setRawMode?(mode: boolean): unknown;
}

export interface OutStream extends NodeJS.WritableStream {
  readonly isTTY?: boolean;
  readonly columns?: number;
}

export interface Host {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdin: InStream;
  readonly stdout: OutStream;
  readonly stderr: OutStream;
  cwd(): string;
  /** Signal subscription (SIGINT in `--plain` sessions); returns nothing, like process.once. */
  once(event: 'SIGINT' | 'SIGTERM', listener: () => void): unknown;
  off(event: 'SIGINT' | 'SIGTERM', listener: () => void): unknown;
}

/** Exit codes, design §3. */
export const ExitCode = {
  ok: 0,
  no: 1,
  cannotRun: 2,
  cancelled: 130,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
