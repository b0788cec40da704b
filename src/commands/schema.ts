// `parry schema`: print the JSON Schema of playbook files (format 1), exactly as shipped in
// schema/playbook.schema.json, for editors and other tools.
import { readSchemaText } from '../playbook/schema-validator.ts';
import { write, type CommandContext, type CommonOptions } from './context.ts';

export async function runSchema(_options: CommonOptions, ctx: CommandContext): Promise<number> {
  let text: string;
  try {
    text = readSchemaText();
  } catch (err) {
    ctx.host.stderr.write(`parry schema: cannot read the schema (${(err as NodeJS.ErrnoException).code ?? String(err)}); is the install complete?\n`);
    return 2;
  }
  await write(ctx.host.stdout, text.endsWith('\n') ? text : `${text}\n`);
  return 0;
}
