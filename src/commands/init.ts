// `parry init [dir]`: write a starter playbook (with the editor schema modeline) into a folder.
// Never overwrites: an existing file is an error (exit 2) with a message naming it.
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { packageRoot } from '../playbook/package-root.ts';
import { SCHEMA_FILE } from '../playbook/schema-validator.ts';
import { starterPlaybook } from '../playbook/starter.ts';
import { write, type CommandContext, type CommonOptions } from './context.ts';

export const STARTER_FILE = 'playbook.yaml';

/** A kebab-case id from the folder's name, or `my-playbook`. */
function idFrom(dir: string): string {
  const id = basename(dir)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return id === '' || id === 'playbooks' ? 'my-playbook' : id;
}

/**
 * Where the modeline points: the schema this Parry ships. Relative to the new file when that
 * survives a clone (Parry installed in the project's node_modules, or the file inside Parry's
 * own checkout); otherwise the absolute path of this install.
 */
function schemaReference(folder: string): string {
  const root = packageRoot();
  const schema = join(root, SCHEMA_FILE);
  const rel = relative(folder, schema).split('\\').join('/');
  const insideRoot = !relative(root, folder).startsWith('..');
  return rel.includes('node_modules/') || insideRoot ? rel : schema.split('\\').join('/');
}

export async function runInit(dir: string, _options: CommonOptions, ctx: CommandContext): Promise<number> {
  const { host } = ctx;
  const folder = resolve(host.cwd(), dir ?? '.');
  const file = join(folder, STARTER_FILE);
  const shown = relative(host.cwd(), file) || file;
  const schemaRef = schemaReference(folder);
  try {
    mkdirSync(folder, { recursive: true });
    writeFileSync(file, starterPlaybook(schemaRef, idFrom(folder)), { flag: 'wx' });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    host.stderr.write(
      code === 'EEXIST'
        ? `parry init: ${shown} already exists; Parry never overwrites a file. Move it away or choose another folder (\`parry init <dir>\`).\n`
        : `parry init: cannot write ${shown}: ${code ?? String(err)}\n`,
    );
    return 2;
  }
  await write(host.stdout, `Wrote ${shown}. Check it with \`parry validate ${relative(host.cwd(), folder) || '.'}\`.\n`);
  return 0;
}
