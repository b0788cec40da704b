// One FSRS review of one card, as ts-fsrs's scheduler defines it, computed for the one rating
// that was given. Pure.
//
// Why not simply `fsrs().next(card, now, rating)`: its scheduler works out the outcome of every
// rating for a card in review (to preview them) and copies the card several times for each, and
// replay calls it once per attempt in the log. With it, replaying 100,000 attempts took about
// 300–450 ms against a budget of 300 ms. `review` below follows the same steps as ts-fsrs's
// short-term scheduler (BasicScheduler, v5) for a single rating: the library still does all the
// FSRS arithmetic (`next_state`, `next_interval`, `forgetting_curve`) and the learning-step
// policy; only the bookkeeping around them is here. The tests replay random histories through
// both and require every field of every card to be equal, so a change in the library's
// behaviour shows up as a failing test, not as a silently different schedule.
import {
  BasicLearningStepsStrategy,
  createEmptyCard,
  fsrs,
  Rating,
  State,
  type Card,
  type FSRS,
  type FSRSParameters,
  type Grade,
  type TLearningStepsStrategy,
} from 'ts-fsrs';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

export interface Scheduler {
  /** The ts-fsrs instance: ts-fsrs defaults (90% retention, steps 1m 10m, relearning 10m), no fuzz. */
  readonly fsrs: FSRS;
  readonly params: FSRSParameters;
  /** ts-fsrs's learning steps, computed once per (state, step) since the parameters are fixed. */
  readonly steps: TLearningStepsStrategy;
}

export function createScheduler(): Scheduler {
  // Fuzz off: the same log must always give the same schedule.
  const instance = fsrs({ enable_fuzz: false });
  const memo = new Map<number, ReturnType<TLearningStepsStrategy>>();
  const steps: TLearningStepsStrategy = (params, state, step) => {
    const key = state * 0x10000 + step;
    let found = memo.get(key);
    if (found === undefined) memo.set(key, (found = BasicLearningStepsStrategy(params, state, step)));
    return found;
  };
  return { fsrs: instance, params: instance.parameters, steps };
}

export function newCard(at: number): Card {
  return plainCard(createEmptyCard(new Date(at)));
}

/** Cards as plain objects of one fixed shape (ts-fsrs's own results copy slowly). */
export function plainCard(c: Card): Card {
  return {
    due: c.due,
    stability: c.stability,
    difficulty: c.difficulty,
    elapsed_days: c.elapsed_days,
    scheduled_days: c.scheduled_days,
    learning_steps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    last_review: c.last_review,
  };
}

/** Whole UTC days from one instant to another, as ts-fsrs counts elapsed days. */
function utcDaysBetween(from: Date, to: Date): number {
  return Math.floor(to.getTime() / DAY_MS) - Math.floor(from.getTime() / DAY_MS);
}

/** A card literal, always with the same fields in the same order (one object shape). */
function card(
  due: number,
  stability: number,
  difficulty: number,
  elapsedDays: number,
  scheduledDays: number,
  learningSteps: number,
  reps: number,
  lapses: number,
  state: State,
  lastReview: Date,
): Card {
  return {
    due: new Date(due),
    stability,
    difficulty,
    elapsed_days: elapsedDays,
    scheduled_days: scheduledDays,
    learning_steps: learningSteps,
    reps,
    lapses,
    state,
    last_review: lastReview,
  };
}

/** The card after rating it `grade` at `now` (not before its last review). */
export function review(scheduler: Scheduler, current: Card, now: Date, grade: Grade): Card {
  const { fsrs: f } = scheduler;
  const at = now.getTime();
  const { state } = current;
  const elapsed = state !== State.New && current.last_review ? utcDaysBetween(current.last_review, now) : 0;
  const memory = { difficulty: current.difficulty, stability: current.stability };
  const reps = current.reps + 1;

  if (state === State.Review && grade !== Rating.Again) {
    // A recalled review card: the intervals keep hard ≤ good < easy, so the good (and for Easy,
    // the hard) outcome is needed to place the one given.
    const r = f.forgetting_curve(elapsed, current.stability);
    const hard = f.next_state(memory, elapsed, Rating.Hard, r);
    const good = f.next_state(memory, elapsed, Rating.Good, r);
    const goodDays = f.next_interval(good.stability, elapsed);
    const hardDays = Math.min(f.next_interval(hard.stability, elapsed), goodDays);
    const goodAfterHard = Math.max(goodDays, hardDays + 1);
    let next = good;
    let days = goodAfterHard;
    if (grade === Rating.Hard) {
      next = hard;
      days = hardDays;
    } else if (grade === Rating.Easy) {
      next = f.next_state(memory, elapsed, Rating.Easy, r);
      days = Math.max(f.next_interval(next.stability, elapsed), goodAfterHard + 1);
    }
    return card(at + days * DAY_MS, next.stability, next.difficulty, elapsed, days, 0, reps, current.lapses, State.Review, now);
  }

  // New, learning and relearning cards, and a review card that was forgotten: the new memory
  // state, then the learning steps decide whether it stays in (re)learning or graduates.
  const r = state === State.Review ? f.forgetting_curve(elapsed, current.stability) : undefined;
  const next = f.next_state(state === State.New ? null : memory, elapsed, grade, r);
  const toState = state === State.New ? State.Learning : state === State.Review ? State.Relearning : state;
  const lapses = state === State.Review ? current.lapses + 1 : current.lapses;
  const step = scheduler.steps(scheduler.params, state, current.learning_steps || 0)[grade];
  const minutes = Math.max(0, step?.scheduled_minutes ?? 0);
  const nextStep = Math.max(0, step?.next_step ?? 0);
  const { stability, difficulty } = next;
  if (minutes > 0 && minutes < 1440)
    return card(at + Math.round(minutes) * MINUTE_MS, stability, difficulty, elapsed, 0, nextStep, reps, lapses, toState, now);
  if (minutes >= 1440)
    return card(at + Math.round(minutes) * MINUTE_MS, stability, difficulty, elapsed, Math.floor(minutes / 1440), nextStep, reps, lapses, State.Review, now);
  const days = f.next_interval(stability, elapsed);
  return card(at + days * DAY_MS, stability, difficulty, elapsed, days, 0, reps, lapses, State.Review, now);
}
