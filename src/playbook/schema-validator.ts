// The playbook JSON Schema validator. `npm run build` compiles it ahead of time with ajv's
// standalone mode (scripts/compile-schema.ts → dist/schema-validator.js), so `validate` neither
// imports ajv nor compiles the schema at run time. A source checkout that was never built
// compiles it here instead, with the same options.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AJV_OPTIONS } from '../validate/ajv-options.ts';
import type { SchemaValidator } from '../validate/rule.ts';
import { packageRoot } from './package-root.ts';

export const SCHEMA_FILE = 'schema/playbook.schema.json';
export const COMPILED_VALIDATOR = 'dist/schema-validator.js';

export function readSchemaText(): string {
  return readFileSync(join(packageRoot(), SCHEMA_FILE), 'utf8');
}

export async function loadSchemaValidator(): Promise<SchemaValidator> {
  const compiled = join(packageRoot(), COMPILED_VALIDATOR);
  try {
    const mod = (await import(pathToFileURL(compiled).href)) as { default: SchemaValidator };
    return mod.default;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'ENOENT') throw err;
  }
  const { Ajv } = await import('ajv');
  return new Ajv(AJV_OPTIONS).compile(JSON.parse(readSchemaText())) as unknown as SchemaValidator;
}
