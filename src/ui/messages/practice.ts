// What `parry practice` says, in the interface languages (en, zh, ru, fa). Numbers, durations, lists
// and relative dates are formatted by Intl in the view, so these take strings ready to show.
// A language may leave a message out: English fills the gap.
import { langChain } from '../../playbook/localize.ts';
import type { OptionKind, SessionMode } from '../../session/question.ts';
import { practiceFa } from './practice.fa.ts';
import { practiceRu } from './practice.ru.ts';
import { practiceZh } from './practice.zh.ts';

export interface PracticeMessages {
  /** Above the first question: how many, which mode, how to stop. */
  /** `n` decides plural forms; `count` is n formatted for display. */
  intro(n: number, count: string, mode: string): string;
  modeName: Readonly<Record<SessionMode, string>>;
  questionHeader(index: string, total: string): string;
  customerSays: string;
  personaSays(persona: string): string;
  typeMessage: string;
  /** Under the intro when the session has typed answers. */
  typeHint: string;
  chooseMessage: string;
  spotMessage: string;
  /** Above the response whose techniques the learner names. */
  spotResponse: string;
  proceedMessage: string;
  next: string;
  finish: string;

  /** `score` arrives formatted as "72/100". */
  score(score: string): string;
  /** The learner's answer, repeated with the evidence highlighted. */
  yourAnswer: string;
  found: string;
  noneFound: string;
  emptyAnswer: string;
  missing: string;
  /** Instead of `missing` after a strong answer. */
  alsoTry: string;
  /** A label and what it introduces, punctuated the way the language does ("Try: …", "口诀：…"). */
  label(label: string, text: string): string;
  /** Quotation marks of the language around what someone says. */
  quote(text: string): string;
  /** Before a model response for a missing technique. */
  tryThis: string;
  noModel: string;
  careful: string;
  personaAvoid(persona: string): string;
  personaPrefer(persona: string): string;
  motto: string;

  optionKind: Readonly<Record<OptionKind, string>>;
  chooseVerdict: Readonly<Record<OptionKind, string>>;
  bestAnswer: string;
  spotPerfect: string;
  spotCorrect: string;
  spotMissed: string;
  spotWrong: string;

  summaryTitle: string;
  columnObjection: string;
  columnScore: string;
  columnTechniques: string;
  answered(done: string, planned: string): string;
  average(score: string): string;
  perTechnique: string;
  /** e.g. "2 of 3": how often a technique was shown out of how often it was asked for. */
  tally(hits: string, chances: string): string;
  riskyUsed: string;
  totalTime(duration: string): string;
  dueNext: string;

  /** Key help under inquirer's lists, by action. */
  keyHelp: Readonly<Record<'navigate' | 'select' | 'submit' | 'all' | 'invert', string>>;
  /** --plain: how to answer a checkbox question. */
  plainCheckboxHint: string;
  /** --plain: the answer was not one of the choices. */
  plainInvalid(choices: string): string;

  goodbye(n: number, saved: string): string;
  needsTerminal: string;
  noJson: string;
  badCount: string;
  saveFailed(reason: string): string;
  unknownObjection(id: string): string;
  unknownTechnique(id: string): string;
  unknownPersona(id: string): string;
  nothingToPractise: string;
  /** --due with nothing due: not an error. */
  nothingDue: string;
  /** --new with everything practised already. */
  nothingNew: string;
}

export const practiceEn: PracticeMessages = {
  intro: (n, count, mode) => `${count} ${n === 1 ? 'question' : 'questions'} · ${mode} · Ctrl+C stops at any time; every answer is saved as you go.`,
  modeName: {
    type: 'type your answer',
    choose: 'choose the best answer',
    spot: 'spot the techniques',
    mixed: 'mixed',
  },
  questionHeader: (index, total) => `Question ${index} of ${total}`,
  customerSays: 'The customer says:',
  personaSays: (persona) => `The customer (${persona}) says:`,
  typeMessage: 'Your answer:',
  typeHint: 'Not sure? Press Enter with nothing typed to see model answers.',
  chooseMessage: 'Which answer is best?',
  spotMessage: 'Which techniques does this answer use?',
  spotResponse: 'The salesperson answers:',
  proceedMessage: 'Ready?',
  next: 'Next question',
  finish: 'Finish and see the summary',

  score: (score) => `Score: ${score}`,
  yourAnswer: 'Your answer',
  found: 'What you did',
  noneFound: 'No technique recognised in this answer.',
  emptyAnswer: 'No answer this time. Here is what a strong one does.',
  missing: 'What was missing',
  alsoTry: 'Also worth trying',
  label: (label, text) => `${label}: ${text}`,
  quote: (text) => `“${text}”`,
  tryThis: 'Try',
  noModel: 'no model answer for this in the playbooks',
  careful: 'Careful',
  personaAvoid: (persona) => `This customer (${persona}) reacts badly to`,
  personaPrefer: (persona) => `This customer (${persona}) responds well to`,
  motto: 'Remember',

  optionKind: {
    best: 'the strongest answer',
    weak: 'sound, but misses what this objection needs',
    avoid: 'this customer dislikes it',
    risky: "don't say this",
  },
  chooseVerdict: {
    best: 'Right: that is the strongest answer.',
    weak: 'Not quite: that answer is sound, but it misses what this objection needs.',
    avoid: 'Not for this customer: it uses what they react badly to.',
    risky: "Don't say this: it uses a technique that loses trust.",
  },
  bestAnswer: 'The strongest answer',
  spotPerfect: 'Exactly right.',
  spotCorrect: 'Spotted',
  spotMissed: 'Missed',
  spotWrong: 'Not in this answer',

  summaryTitle: 'Summary',
  columnObjection: 'Objection',
  columnScore: 'Score',
  columnTechniques: 'Techniques',
  answered: (done, planned) => `${done} of ${planned} answered`,
  average: (score) => `average ${score}`,
  perTechnique: 'By technique',
  tally: (hits, chances) => `${hits} of ${chances}`,
  riskyUsed: 'Risky techniques used',
  totalTime: (duration) => `Time: ${duration}`,
  dueNext: 'Due next',

  keyHelp: { navigate: 'move', select: 'select', submit: 'submit', all: 'all', invert: 'invert' },
  plainCheckboxHint: 'Type the numbers of all that apply, separated by spaces (nothing for none).',
  plainInvalid: (choices) => `Please type one of: ${choices}.`,

  goodbye: (n, saved) => `Stopped. ${saved} ${n === 1 ? 'answer' : 'answers'} saved. See you next time.`,
  needsTerminal:
    'practice needs an interactive terminal (stdin and stdout must be a TTY, and CI unset). Use --plain to read answers line by line from stdin.',
  noJson: 'practice has no JSON output; use `parry score --json` to score one answer.',
  badCount: '--count must be at least 1.',
  saveFailed: (reason) => `could not save the attempt: ${reason}`,
  unknownObjection: (id) => `no objection with id "${id}" (see \`parry list objections\`).`,
  unknownTechnique: (id) => `no technique with id "${id}" (see \`parry list techniques\`).`,
  unknownPersona: (id) => `no persona with id "${id}" (see \`parry list personas\`).`,
  nothingToPractise: 'no objection matches these options.',
  nothingDue: 'Nothing is due for review right now. Practise something new with `parry practice --new`, or anything with `parry practice`.',
  nothingNew: 'You have practised every objection here at least once. Review with `parry practice --due`, or practise anything with `parry practice`.',
};

const TABLES: ReadonlyMap<string, Partial<PracticeMessages>> = new Map<string, Partial<PracticeMessages>>([
  ['en', practiceEn],
  ['zh', practiceZh],
  ['ru', practiceRu],
  ['fa', practiceFa],
]);

/** The messages for `lang` (zh-TW → zh, fa-IR → fa), English for any message a table leaves out. */
export function practiceMessages(lang: string): PracticeMessages {
  for (const tag of langChain(lang)) {
    const table = TABLES.get(tag.toLowerCase().split('-')[0] ?? '');
    if (table) return { ...practiceEn, ...table };
  }
  return practiceEn;
}
