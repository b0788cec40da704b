// The session loop: reads the state, talks to the learner through the prompt port, scores, saves
// each attempt the moment it is scored, and feeds events to the state machine. No terminal, file
// or clock of its own: everything arrives in `deps`, so a whole session runs in a test.
import type { Lang } from '../playbook/model.ts';
import type { AttemptSink } from '../progress/model.ts';
import type { Scorer } from '../scoring/types.ts';
import { toAttempt } from './attempt.ts';
import { gradeChoose, gradeSpot, gradeType, type Timing } from './grade.ts';
import { isFinished, startSession, transition, type SessionEvent, type SessionState } from './machine.ts';
import type { SessionPlan } from './plan.ts';
import { CANCEL, END, isInterrupt, type DueItem, type PromptPort, type SessionView } from './ports.ts';
import type { Question, QuestionResult } from './question.ts';
import { summarise } from './summary.ts';

export interface SessionDeps {
  readonly prompts: PromptPort;
  readonly view: SessionView;
  readonly scorer: Scorer;
  readonly sink: AttemptSink;
  readonly now: () => Date;
  /** `--answer-lang`, when given: a hint for the scorer about the language of typed answers. */
  readonly answerLang?: Lang;
  /** What is due next once this session's attempts are saved; absent until progress can tell. */
  readonly upcoming?: () => Promise<readonly DueItem[]>;
}

export interface SessionOutcome {
  /** `summary`, `cancelled` or `failed`. */
  readonly state: SessionState;
  /** Attempts written to the sink. */
  readonly saved: number;
}

export async function runSession(plan: SessionPlan, deps: SessionDeps): Promise<SessionOutcome> {
  const { prompts, view } = deps;
  const total = plan.questions.length;
  const startedAt = deps.now();
  let saved = 0;
  let state = startSession(total);
  const dispatch = (event: SessionEvent) => {
    state = transition(total, state, event);
  };

  await prompts.print(view.intro(plan));
  while (!isFinished(state)) {
    if (state.kind === 'asking') {
      const question = plan.questions[state.index] as Question;
      await prompts.print(view.question(question, total));
      const shownAt = deps.now();
      const reply = await ask(question, shownAt, deps);
      if (reply === CANCEL) dispatch({ type: 'cancel' });
      else if (reply === END) dispatch({ type: 'stop' });
      else {
        try {
          await deps.sink.append(toAttempt(reply));
          saved += 1;
          dispatch({ type: 'answer', result: reply });
        } catch (err) {
          dispatch({ type: 'fail', message: err instanceof Error ? err.message : String(err) });
        }
      }
    } else if (state.kind === 'feedback') {
      const last = state.results[state.results.length - 1] as QuestionResult;
      await prompts.print(view.feedback(last));
      if (state.index + 1 >= total) {
        dispatch({ type: 'next' });
        continue;
      }
      const go = await prompts.proceed(view.proceedPrompt());
      if (go === CANCEL) dispatch({ type: 'cancel' });
      else if (go === END || go === false) dispatch({ type: 'stop' });
      else dispatch({ type: 'next' });
    }
  }

  if (state.kind === 'summary') {
    const due = await deps.upcoming?.().catch(() => undefined);
    const summary = summarise(state.results, { planned: total, startedAt, endedAt: deps.now(), ...(due ? { due } : {}) });
    await prompts.print(view.summary(summary));
  }
  return { state, saved };
}

/** Ask one question in its mode; the graded result, or how the prompt was interrupted. */
async function ask(question: Question, shownAt: Date, deps: SessionDeps): Promise<QuestionResult | typeof CANCEL | typeof END> {
  const { prompts, view } = deps;
  const timing = (): Timing => {
    const at = deps.now();
    return { at, durationMs: at.getTime() - shownAt.getTime() };
  };
  switch (question.mode) {
    case 'type': {
      const answer = await prompts.input(view.typePrompt(question));
      if (isInterrupt(answer)) return answer;
      return gradeType(question, answer, deps.scorer, timing(), deps.answerLang);
    }
    case 'choose': {
      const picked = await prompts.select(view.choosePrompt(question));
      if (isInterrupt(picked)) return picked;
      return gradeChoose(question, picked, view.chosenText(question, picked), timing());
    }
    case 'spot': {
      const ticked = await prompts.checkbox(view.spotPrompt(question));
      if (isInterrupt(ticked)) return ticked;
      return gradeSpot(question, ticked, timing());
    }
  }
}
