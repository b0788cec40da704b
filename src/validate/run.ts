// Run the rules and put the findings in the order people read them: by file (in the order the
// files were given), then line and column. Pure.
import type { Finding } from './finding.ts';
import type { Rule, RuleContext } from './rule.ts';

/** More findings of one code in one file than anyone reads; the rest are counted, not listed. */
export const MAX_PER_CODE_AND_FILE = 100;

export function runRules(ctx: RuleContext, rules: readonly Rule[]): Finding[] {
  return rules.flatMap((rule) => rule(ctx));
}

export function orderFindings(findings: readonly Finding[], fileOrder: readonly string[]): Finding[] {
  const rank = new Map(fileOrder.map((f, i) => [f, i]));
  const sorted = [...findings].sort(
    (a, b) =>
      (rank.get(a.file) ?? Number.MAX_SAFE_INTEGER) - (rank.get(b.file) ?? Number.MAX_SAFE_INTEGER) ||
      a.file.localeCompare(b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      a.code.localeCompare(b.code),
  );
  const counts = new Map<string, number>();
  const out: Finding[] = [];
  for (const f of sorted) {
    const key = `${f.file}\u0000${f.code}`;
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    if (n <= MAX_PER_CODE_AND_FILE) out.push(f);
  }
  for (const [key, n] of counts) {
    if (n <= MAX_PER_CODE_AND_FILE) continue;
    const [file, code] = key.split('\u0000') as [string, string];
    const last = out.filter((f) => f.file === file && f.code === code).at(-1)!;
    const more = n - MAX_PER_CODE_AND_FILE;
    out.splice(out.indexOf(last) + 1, 0, { ...last, message: `… and ${more} more \`${code}\` finding${more === 1 ? '' : 's'} in this file, not listed.` });
  }
  return out;
}

export interface Summary {
  readonly files: number;
  readonly errors: number;
  readonly warnings: number;
}

export function summarize(findings: readonly Finding[], files: number): Summary {
  let errors = 0;
  let warnings = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    else warnings++;
  }
  return { files, errors, warnings };
}

/** Design §3: 0 when clean (warnings allowed unless --strict or over --max-warnings), 1 otherwise. */
export function exitCodeFor(summary: Summary, opts: { strict?: boolean; maxWarnings?: number }): 0 | 1 {
  if (summary.errors > 0) return 1;
  if (opts.strict && summary.warnings > 0) return 1;
  if (opts.maxWarnings !== undefined && summary.warnings > opts.maxWarnings) return 1;
  return 0;
}
