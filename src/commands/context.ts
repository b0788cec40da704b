import type { Host } from '../host.ts';
import { resolveLang } from '../config/lang.ts';
import { colorLevel } from '../ui/color-level.ts';

/** Options every command accepts (design §3, "Common options"). */
export interface CommonOptions {
  playbook?: string[];
  builtin?: boolean; // commander turns --no-builtin into builtin: false
  lang?: string;
  json?: boolean;
  color?: boolean; // --color / --no-color
  dataDir?: string;
}

/** What a command gets besides its own options: the host and decisions made once at the edge. */
export interface CommandContext {
  readonly host: Host;
  readonly lang: string;
  /** Colour level for stdout, decided once (ui/theme.ts). */
  readonly color: 0 | 1 | 2 | 3;
  /** Colour level for stderr. */
  readonly colorErr: 0 | 1 | 2 | 3;
  readonly now: () => Date;
  readonly random: () => number;
}

export function createContext(host: Host, options: CommonOptions): CommandContext {
  return {
    host,
    lang: resolveLang(options.lang, host.env),
    color: colorLevel({ flag: options.color, env: host.env, isTTY: host.stdout.isTTY }),
    colorErr: colorLevel({ flag: options.color, env: host.env, isTTY: host.stderr.isTTY }),
    now: () => new Date(),
    random: Math.random,
  };
}

/** Write to a stream and resolve once flushed, so large outputs survive an early exit. */
export function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve) => {
    if (text === '') return resolve();
    stream.write(text, () => resolve());
  });
}
