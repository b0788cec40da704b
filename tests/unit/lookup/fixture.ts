// Shared by lookup unit tests: the fixture playbook as a catalog, and an index over it.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { buildCatalog } from '../../../src/playbook/catalog.ts';
import type { Catalog } from '../../../src/playbook/model.ts';
import { toPlaybook } from '../../../src/playbook/to-model.ts';

export const FIXTURE = new URL('../../fixtures/lookup/sales.yaml', import.meta.url);

export function fixtureCatalog(): Catalog {
  return buildCatalog([toPlaybook(parse(readFileSync(FIXTURE, 'utf8')), { file: 'sales.yaml' })]);
}
