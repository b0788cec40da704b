// A validation finding (design §5): where, how bad, which stable rule, what to do.
// Every rule returns these as values; formatters turn them into pretty/json/github/sarif/junit.

export type Severity = 'error' | 'warning';

export interface Finding {
  readonly file: string;
  /** 1-based line and column (UTF-16 code units, as editors and yaml-language-server count). */
  readonly line: number;
  readonly column: number;
  readonly endLine?: number;
  readonly endColumn?: number;
  readonly severity: Severity;
  /** Stable kebab-case rule code, e.g. `unknown-technique`, `duplicate-id`, `missing-locale`. */
  readonly code: string;
  /** Says what is wrong and what to do about it. */
  readonly message: string;
}
