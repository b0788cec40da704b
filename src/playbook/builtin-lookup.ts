// The build-time lookup data of the built-in playbooks (scripts/build-lookup.ts). Each reader
// returns undefined when the file is missing or unusable, and lookup computes what it needs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserializeIndex, type LookupIndex } from '../lookup/index.ts';
import { HAN_TABLE_JSON, LOOKUP_INDEX_JSON } from '../lookup/files.ts';
import type { HanTable } from '../lookup/han.ts';
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

export function readHanTable(root: string = packageRoot()): HanTable | undefined {
  const text = read(HAN_TABLE_JSON, root);
  if (text === undefined) return undefined;
  try {
    const data = JSON.parse(text) as Partial<HanTable>;
    return data && typeof data.chars === 'object' && typeof data.context === 'string' ? (data as HanTable) : undefined;
  } catch {
    return undefined;
  }
}
