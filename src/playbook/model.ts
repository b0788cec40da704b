// The playbook model (design §2), as the rest of the program sees it after parsing.
// Localised text is normalised to lists, so callers never branch on "string or list".
// Pure types: no runtime code lives here.

/** A BCP 47 language tag as written in a playbook (`en`, `zh`, `zh-Hant`, `fa`, …). */
export type Lang = string;

/** One string per language. */
export type LocalizedText = Readonly<Record<Lang, string>>;

/** One or more variants per language (objection wording, aliases). */
export type LocalizedVariants = Readonly<Record<Lang, readonly string[]>>;

export const FAMILIES = [
  'explore',
  'acknowledge',
  'value',
  'proof',
  'offer',
  'close',
  'follow-through',
  'risky',
] as const;
export type Family = (typeof FAMILIES)[number];

export interface Technique {
  readonly id: string;
  /** Id of the playbook that defines it (`core` for the built-in vocabulary). */
  readonly playbook: string;
  readonly family: Family;
  readonly name: LocalizedText;
  readonly summary: LocalizedText;
  /** Cue phrases per language, in the cue syntax of the scorer (README, "Cue syntax"). */
  readonly cues: LocalizedVariants;
  /** Present only on techniques that must never be rewarded: why it is flagged. */
  readonly risk?: LocalizedText;
}

export interface Response {
  readonly uses: readonly string[];
  readonly text: LocalizedText;
  readonly note?: LocalizedText;
}

export interface Objection {
  readonly id: string;
  readonly playbook: string;
  readonly category?: string;
  readonly text: LocalizedVariants;
  readonly aliases: LocalizedVariants;
  readonly motto?: LocalizedText;
  readonly expect: readonly string[];
  readonly personas: readonly string[];
  readonly responses: readonly Response[];
}

export interface Persona {
  readonly id: string;
  readonly playbook: string;
  readonly name: LocalizedText;
  readonly description?: LocalizedText;
  readonly prefer: readonly string[];
  readonly avoid: readonly string[];
}

/** A labelled answer: the exact set of techniques the scorer must find in it. */
export interface LabelledCase {
  readonly answer: string;
  readonly expect: readonly string[];
  readonly lang?: Lang;
  readonly objection?: string;
  /** Extra keys of standalone case files (`id`, `source`, `note`, …) are kept as they are. */
  readonly extra?: Readonly<Record<string, unknown>>;
  /** Where the case came from, for eval's list of misses. */
  readonly file?: string;
}

export interface Playbook {
  readonly parry: 1;
  readonly id: string;
  readonly title?: LocalizedText;
  readonly locales: readonly Lang[];
  readonly techniques: readonly Technique[];
  readonly objections: readonly Objection[];
  readonly personas: readonly Persona[];
  readonly cases: readonly LabelledCase[];
  /** Path it was read from; absent for the compiled built-ins. */
  readonly file?: string;
  readonly builtin?: boolean;
}

/** Everything loaded at once: the playbooks merged, with indexes by id. */
export interface Catalog {
  readonly playbooks: readonly Playbook[];
  readonly techniques: ReadonlyMap<string, Technique>;
  readonly objections: readonly Objection[];
  readonly personas: ReadonlyMap<string, Persona>;
  readonly cases: readonly LabelledCase[];
}
