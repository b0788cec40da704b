// The words completion offers besides commands and flags: ids of what is loaded, and languages.
import type { ValueKind } from '../cli-spec.ts';

export interface CompletionWords {
  readonly objection: readonly string[];
  readonly technique: readonly string[];
  readonly persona: readonly string[];
  readonly lang: readonly string[];
}

/** The languages of the built-in content and the common tags that select them. */
export const COMMON_LANGS = ['en', 'zh', 'zh-Hans', 'zh-Hant', 'zh-CN', 'zh-TW', 'zh-HK', 'ru', 'fa'] as const;

/** Ids and tags are [a-zA-Z0-9-_.] by the playbook format; anything else stays out of a shell script. */
export function safeWords(words: readonly string[]): string[] {
  return [...new Set(words.filter((w) => /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(w)))];
}

export function wordsFor(kind: ValueKind, words: CompletionWords, choices: readonly string[]): readonly string[] | undefined {
  switch (kind) {
    case 'objection':
    case 'technique':
    case 'persona':
    case 'lang':
      return words[kind];
    case 'choice':
      return choices;
    default:
      return undefined;
  }
}
