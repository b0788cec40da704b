// Build step: compile schema/playbook.schema.json into a standalone ajv validator
// (dist/schema-validator.js), bundled so it needs neither ajv nor the schema at run time.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { build } from 'esbuild';
import { packageRoot } from '../src/playbook/package-root.ts';
import { COMPILED_VALIDATOR, SCHEMA_FILE } from '../src/playbook/schema-validator.ts';
import { AJV_OPTIONS } from '../src/validate/ajv-options.ts';

const root = packageRoot();
const schema = JSON.parse(readFileSync(join(root, SCHEMA_FILE), 'utf8'));
const ajv = new Ajv({ ...AJV_OPTIONS, code: { source: true, esm: true } });
const validate = ajv.compile(schema);
const source = join(root, 'dist/.build/schema-validator.source.mjs');
mkdirSync(dirname(source), { recursive: true });
writeFileSync(source, standaloneCode(ajv, validate));
// The standalone code still requires ajv's small runtime helpers (ucs2length, equal): bundle them in.
const bundled = await build({
  metafile: true,
  entryPoints: [source],
  outfile: join(root, COMPILED_VALIDATOR),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
});
// What it bundled, for dist/THIRD-PARTY-NOTICES.txt (scripts/build.mjs reads dist/.meta/).
mkdirSync(join(root, 'dist/.meta'), { recursive: true });
writeFileSync(join(root, 'dist/.meta/schema-validator.json'), JSON.stringify(bundled.metafile));
console.log(`compiled ${SCHEMA_FILE} → ${COMPILED_VALIDATOR}`);
