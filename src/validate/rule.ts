// The rule framework: a rule is a pure function from the context to findings. Adding a check
// means writing one function and listing it in rules/index.ts; nothing else changes.
import type { Family, Playbook } from '../playbook/model.ts';
import type { Finding } from './finding.ts';
import type { SourceFile } from './source.ts';

/** What a rule may know about a technique defined anywhere among the loaded playbooks. */
export interface KnownTechnique {
  readonly id: string;
  readonly family: Family | string;
  /** Id of the defining playbook (`core` for the built-in vocabulary). */
  readonly playbook: string;
  readonly builtin: boolean;
}

/** A compiled JSON Schema validator (ajv standalone or ajv at run time); `errors` after a failed call. */
export interface SchemaValidator {
  (data: unknown): boolean;
  errors?: readonly SchemaError[] | null;
}

export interface SchemaError {
  readonly instancePath: string;
  readonly schemaPath: string;
  readonly keyword: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly message?: string;
  readonly propertyName?: string;
}

/**
 * What the scorer-based rules need from the scorer (src/scoring), injected so the rules stay
 * pure and so `validate` can leave it out unless asked (`--scorer`).
 */
export interface ValidationScorer {
  /** The technique ids the scorer finds in a text. */
  detect(text: string, lang: string | undefined): ReadonlySet<string>;
  /** Whether any cue of the technique is written in this language. */
  hasCues(technique: string, lang: string): boolean;
  /** Why a cue of a validated file is wrong, if it is: it does not compile, never matches, or matches everyday text. */
  lintCue(technique: string, lang: string, source: string): { code: 'invalid-cue' | 'cue-never-matches' | 'cue-too-broad'; message: string } | undefined;
}

export interface RuleContext {
  /** The files under validation, each parsed into a mapping. */
  readonly files: readonly SourceFile[];
  /** Playbooks loaded only to resolve references (built-ins, `--playbook`): never reported on. */
  readonly context: readonly Playbook[];
  /** Every technique of `context` and `files`, first definition winning (the built-ins load first). */
  readonly techniques: ReadonlyMap<string, KnownTechnique>;
  readonly personas: ReadonlySet<string>;
  /** Objection ids, bare (`too-expensive`) and qualified (`saas-sales/too-expensive`). */
  readonly objections: ReadonlySet<string>;
  readonly schema: SchemaValidator;
  /** Present with `--scorer`; without it the scorer-based rules find nothing. */
  readonly scorer?: ValidationScorer;
}

export type Rule = (ctx: RuleContext) => Finding[];

/** Build the shared indexes once: from the models of `context`, from the raw data of `files`. */
export function createRuleContext(
  files: readonly SourceFile[],
  context: readonly Playbook[],
  schema: SchemaValidator,
  scorer?: ValidationScorer,
): RuleContext {
  const techniques = new Map<string, KnownTechnique>();
  const personas = new Set<string>();
  const objections = new Set<string>();
  for (const pb of context) {
    for (const t of pb.techniques) if (!techniques.has(t.id)) techniques.set(t.id, { id: t.id, family: t.family, playbook: t.playbook, builtin: pb.builtin === true });
    for (const p of pb.personas) personas.add(p.id);
    for (const o of pb.objections) {
      objections.add(o.id);
      objections.add(`${pb.id}/${o.id}`);
    }
  }
  for (const f of files) {
    const playbookId = typeof f.data.id === 'string' ? f.data.id : f.playbook.id;
    const list = (key: string): Record<string, unknown>[] => {
      const v = f.data[key];
      return Array.isArray(v) ? v.filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x)) : [];
    };
    for (const t of list('techniques')) {
      if (typeof t.id !== 'string' || techniques.has(t.id)) continue;
      techniques.set(t.id, { id: t.id, family: typeof t.family === 'string' ? t.family : '', playbook: playbookId, builtin: false });
    }
    for (const p of list('personas')) if (typeof p.id === 'string') personas.add(p.id);
    for (const o of list('objections')) {
      if (typeof o.id !== 'string') continue;
      objections.add(o.id);
      objections.add(`${playbookId}/${o.id}`);
    }
  }
  return { files, context, techniques, personas, objections, schema, ...(scorer ? { scorer } : {}) };
}
