// How a question is shown: the header, who is speaking, what they say, and for `choose` the lettered
// answers or for `spot` the answer to analyse. Pure: returns text.
import type { ChoicePrompt } from '../../session/ports.ts';
import type { ChooseQuestion, Question, SpotQuestion } from '../../session/question.ts';
import { truncate } from '../layout.ts';
import type { Kit } from './kit.ts';

export const LETTERS = 'ABCDEFGHIJ';
const INDENT = '  ';

export function renderQuestion(kit: Kit, question: Question, total: number): string {
  const { theme, messages } = kit;
  const out: string[] = ['', theme.heading(messages.questionHeader(kit.num(question.index + 1), kit.num(total)))];
  const description = question.persona && kit.text(question.persona.description);
  out.push(kit.wrap(question.persona ? messages.personaSays(kit.personaName(question.persona)) : messages.customerSays));
  out.push(kit.wrap(kit.quoteIn(question.lang, question.text), { indent: INDENT, style: theme.strong }));
  // Who this customer is, after what they say: context for the answer, not part of the objection.
  if (description) out.push(kit.wrap(description, { indent: INDENT, style: theme.dim }));
  if (question.mode === 'choose') out.push('', ...chooseLines(kit, question));
  if (question.mode === 'spot') out.push('', ...spotLines(kit, question));
  return out.join('\n');
}

/** The text of option `i` in the answer language, one line, sanitised. */
export function optionText(kit: Kit, question: ChooseQuestion, i: number): string {
  return kit.text(question.options[i]?.response.text, kit.answerLang) ?? '';
}

function chooseLines(kit: Kit, question: ChooseQuestion): string[] {
  return question.options.map((_, i) =>
    kit.wrap(optionText(kit, question, i), { firstIndent: `${INDENT}${LETTERS[i]}  `, indent: `${INDENT}   ` }),
  );
}

function spotLines(kit: Kit, question: SpotQuestion): string[] {
  const said = kit.text(question.response.text, kit.answerLang) ?? '';
  return [kit.wrap(kit.messages.spotResponse), kit.wrap(kit.quoteIn(kit.answerLang, said), { indent: INDENT, style: kit.theme.strong })];
}

export function choosePrompt(kit: Kit, question: ChooseQuestion): ChoicePrompt<number> {
  return {
    message: kit.messages.chooseMessage,
    choices: question.options.map((_, i) => {
      const letter = LETTERS[i] as string;
      if (kit.compactChoices) return { value: i, label: letter };
      // One line per choice: the letter and the start of the answer, cut to the screen.
      return { value: i, label: truncate(`${letter}  ${optionText(kit, question, i)}`, Math.max(10, kit.width - 4)), short: letter };
    }),
  };
}

export function spotPrompt(kit: Kit, question: SpotQuestion): ChoicePrompt<string> {
  return {
    message: kit.messages.spotMessage,
    choices: question.choices.map((id) => ({ value: id, label: kit.technique(id) })),
  };
}
