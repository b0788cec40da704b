// The build-time lookup data of the built-in playbooks (scripts/build-lookup.ts). Each reader
// returns undefined when the file is missing or unusable, and lookup computes what it needs.
import { deserializeIndex, type LookupIndex } from '../lookup/index.ts';
import { HAN_TABLE_JSON, LOOKUP_INDEX_JSON } from '../lookup/files.ts';
import type { HanTable } from '../lookup/han.ts';
import { packageRoot, readBuildJson } from './package-root.ts';

export function readBuiltinIndex(root: string = packageRoot()): LookupIndex | undefined {
  return deserializeIndex(readBuildJson(LOOKUP_INDEX_JSON, root));
}

export function readHanTable(root: string = packageRoot()): HanTable | undefined {
  const data = readBuildJson(HAN_TABLE_JSON, root) as Partial<HanTable> | null | undefined;
  return data && typeof data.chars === 'object' && data.chars !== null && typeof data.context === 'string' ? (data as HanTable) : undefined;
}
