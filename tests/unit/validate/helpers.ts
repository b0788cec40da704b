// Run rules on YAML written inline, the way `parry validate` does (built-ins as context).
import { loadBuiltinPlaybooks } from '../../../src/playbook/builtin.ts';
import type { Playbook } from '../../../src/playbook/model.ts';
import { loadSchemaValidator } from '../../../src/playbook/schema-validator.ts';
import type { Finding } from '../../../src/validate/finding.ts';
import { createRuleContext, type Rule } from '../../../src/validate/rule.ts';
import { analyseSource, type SourceFile } from '../../../src/validate/source.ts';

export async function runRule(rule: Rule, files: Record<string, string>, opts: { builtin?: boolean } = {}): Promise<Finding[]> {
  const sources: SourceFile[] = [];
  for (const [path, text] of Object.entries(files)) {
    const analysed = analyseSource(path, new TextEncoder().encode(text), path.replace(/\.ya?ml$/, ''));
    if (!analysed.file) throw new Error(`${path} did not parse: ${JSON.stringify(analysed.findings)}`);
    sources.push(analysed.file);
  }
  const context: Playbook[] = opts.builtin === false ? [] : await loadBuiltinPlaybooks();
  return rule(createRuleContext(sources, context, await loadSchemaValidator()));
}

/** `code line:col` of each finding, for compact assertions. */
export const brief = (fs: readonly Finding[]) => fs.map((f) => `${f.code} ${f.line}:${f.column}`);

/** A valid playbook with one objection, to be varied by replacing parts of it. */
export const BASE = `parry: 1
id: test-playbook
objections:
  - id: too-expensive
    text: { en: "It's too expensive." }
    expect: [clarify]
    responses:
      - uses: [clarify]
        text: { en: What are you comparing it with? }
`;
