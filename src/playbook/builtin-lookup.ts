// The build-time lookup data of the built-in playbooks (scripts/build-lookup.ts). Each reader
// returns undefined when the file is missing or unusable, and lookup computes what it needs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserializeIndex, type LookupIndex } from '../lookup/index.ts';
import { HAN_TRADITIONAL_TXT, LOOKUP_INDEX_JSON } from '../lookup/files.ts';
import { packageRoot } from './package-root.ts';

function read(relative: string, root: string): string | undefined {
  try {
    return readFileSync(join(root, relative), 'utf8');
  } catch {
    return undefined;
  }
}

export function readBuiltinIndex(root: string = packageRoot()): LookupIndex | undefined {
  const text = read(LOOKUP_INDEX_JSON, root);
  if (text === undefined) return undefined;
  try {
    return deserializeIndex(JSON.parse(text));
  } catch {
    return undefined;
  }
}

export function readTraditionalChars(root: string = packageRoot()): Set<string> | undefined {
  const text = read(HAN_TRADITIONAL_TXT, root);
  return text === undefined || text === '' ? undefined : new Set(text);
}
