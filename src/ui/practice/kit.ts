// What the practice renderers share: the theme, the messages, the languages and the catalog, with
// small helpers to name techniques and format numbers the way the interface language writes them.
import { pickText } from '../../playbook/localize.ts';
import type { Catalog, Lang, LocalizedText, Persona } from '../../playbook/model.ts';
import { practiceMessages, type PracticeMessages } from '../messages/practice.ts';
import { sanitizeLine } from '../sanitize.ts';
import type { Theme } from '../theme.ts';
import { wrapText, type WrapOptions } from '../layout.ts';

export interface PracticeViewOptions {
  readonly theme: Theme;
  readonly messages: PracticeMessages;
  /** Interface and objection language (`--lang`). */
  readonly lang: Lang;
  /** Language of model responses and choices (`--answer-lang`, default `lang`). */
  readonly answerLang: Lang;
  readonly catalog: Catalog;
  /** Terminal width in columns; Infinity to never wrap (plain output to a pipe). */
  readonly width: number;
  /**
   * Choices of `choose` questions are printed in full above the prompt; with this set their prompt
   * labels are just the letters (plain mode, where the list would be read twice).
   */
  readonly compactChoices?: boolean;
}

export interface Kit extends PracticeViewOptions {
  num(n: number): string;
  /** A score out of 100, coloured by how good it is. */
  score(n: number): string;
  /** A technique's name in the interface language, sanitised; its id if unknown. */
  technique(id: string): string;
  personaName(persona: Persona): string;
  /** Localised playbook text in `lang`, sanitised to one line; undefined if the field is absent. */
  text(value: LocalizedText | undefined, lang?: Lang): string | undefined;
  list(items: readonly string[]): string;
  /** In the quotation marks of `lang` (the language the quoted text is written in). */
  quoteIn(lang: Lang, text: string): string;
  wrap(text: string, opts?: Partial<WrapOptions>): string;
}

export function createKit(options: PracticeViewOptions): Kit {
  const { theme, lang, catalog } = options;
  const numbers = new Intl.NumberFormat(lang);
  const lists = new Intl.ListFormat(lang, { type: 'conjunction' });
  const text = (value: LocalizedText | undefined, tag: Lang = lang) => {
    const picked = pickText(value, tag);
    return picked ? sanitizeLine(picked.text) : undefined;
  };
  return {
    ...options,
    num: (n) => numbers.format(n),
    score: (n) => {
      const s = `${numbers.format(n)}/${numbers.format(100)}`;
      return n >= 80 ? theme.ok(s) : n >= 50 ? theme.warn(s) : theme.error(s);
    },
    technique: (id) => text(catalog.techniques.get(id)?.name) ?? sanitizeLine(id),
    personaName: (persona) => {
      const name = text(persona.name) ?? sanitizeLine(persona.id);
      // Practising in two languages: give the customer type in both.
      const other = options.answerLang !== lang ? text(persona.name, options.answerLang) : undefined;
      return other && other !== name ? `${name} · ${other}` : name;
    },
    text,
    list: (items) => lists.format(items),
    quoteIn: (tag, value) => practiceMessages(tag).quote(value),
    wrap: (value, opts) => wrapText(value, { width: options.width, ...opts }),
  };
}
