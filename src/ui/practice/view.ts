// The practice session's voice: a SessionView (src/session/ports.ts) built from the theme, the
// messages of the interface language and the catalog. Pure: every method returns text.
import { pickText } from '../../playbook/localize.ts';
import type { SessionView } from '../../session/ports.ts';
import { createKit, type PracticeViewOptions } from './kit.ts';
import { renderFeedback } from './feedback.ts';
import { choosePrompt, renderQuestion, spotPrompt } from './question.ts';
import { renderSummary } from './summary.ts';

export type { PracticeViewOptions } from './kit.ts';

export function createPracticeView(options: PracticeViewOptions): SessionView {
  const kit = createKit(options);
  const { messages, theme } = kit;
  return {
    intro: (plan) => {
      const lines = [kit.wrap(messages.intro(plan.questions.length, kit.num(plan.questions.length), messages.modeName[plan.mode]), { style: theme.dim })];
      if (plan.questions.some((q) => q.mode === 'type')) lines.push(kit.wrap(messages.typeHint, { style: theme.dim }));
      return lines.join('\n');
    },
    question: (question, total) => renderQuestion(kit, question, total),
    typePrompt: () => ({ message: messages.typeMessage }),
    choosePrompt: (question) => choosePrompt(kit, question),
    spotPrompt: (question) => spotPrompt(kit, question),
    // Saved as written in the playbook (the log is data, not display).
    chosenText: (question, picked) => pickText(question.options[picked]?.response.text, kit.answerLang)?.text ?? '',
    feedback: (result) => renderFeedback(kit, result),
    proceedPrompt: () => ({ message: messages.proceedMessage, next: messages.next, finish: messages.finish }),
    summary: (summary) => renderSummary(kit, summary),
  };
}
