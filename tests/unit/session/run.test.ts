import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { Attempt, AttemptSink } from '../../../src/progress/model.ts';
import { planSession, type PlanOptions } from '../../../src/session/plan.ts';
import type { ChooseQuestion, SpotQuestion } from '../../../src/session/question.ts';
import { createSeededRandom } from '../../../src/session/random.ts';
import { runSession, type SessionDeps } from '../../../src/session/run.ts';
import { practiceMessages } from '../../../src/ui/messages/practice.ts';
import { createPracticeView } from '../../../src/ui/practice/view.ts';
import { createTheme } from '../../../src/ui/theme.ts';
import { fakeScorer, testCatalog } from './fixtures.ts';
import { scriptedPrompts, tickingClock, type Step } from './scripted-prompts.ts';

const catalog = testCatalog();

function memorySink(failAt?: number): AttemptSink & { attempts: Attempt[] } {
  const attempts: Attempt[] = [];
  return {
    attempts,
    async append(a) {
      if (failAt !== undefined && attempts.length === failAt) throw new Error('EACCES: permission denied');
      attempts.push(a);
    },
  };
}

function setup(options: Partial<PlanOptions>, script: Step[], extra: Partial<SessionDeps> & { failAt?: number } = {}) {
  const r = planSession(catalog, { mode: 'type', count: 3, lang: 'en', ...options }, { random: createSeededRandom(5) });
  if (!r.ok) throw new Error(r.problem.code);
  const prompts = scriptedPrompts(script);
  const sink = memorySink(extra.failAt);
  const view = createPracticeView({
    theme: createTheme(0),
    messages: practiceMessages('en'),
    lang: 'en',
    answerLang: 'en',
    catalog,
    width: 80,
  });
  const deps: SessionDeps = { prompts, view, scorer: fakeScorer(catalog), sink, now: tickingClock(), ...extra };
  return { plan: r.plan, prompts, sink, deps, run: () => runSession(r.plan, deps) };
}

const out = (printed: readonly string[]) => stripVTControlCharacters(printed.join('\n'));

describe('runSession (scripted prompts)', () => {
  it('runs three typed answers to the summary, saving each attempt as it is scored', async () => {
    const s = setup({}, [
      { input: 'What exactly are you comparing it with?' },
      { proceed: true },
      { input: 'I understand, it is a dollar a day.' },
      { proceed: true },
      { input: '' },
    ]);
    const outcome = await s.run();
    expect(outcome.state.kind).toBe('summary');
    expect(outcome.saved).toBe(3);
    expect(s.prompts.remaining()).toBe(0);
    expect(s.sink.attempts.map((a) => a.objection)).toEqual(s.plan.questions.map((q) => q.objection.id));
    expect(s.sink.attempts.every((a) => a.mode === 'type' && a.v === 1)).toBe(true);
    // The clock ticks once per read: question shown, then answer scored, one second apart.
    expect(s.sink.attempts.map((a) => a.durationMs)).toEqual([1000, 1000, 1000]);
    expect(s.sink.attempts[2]).toMatchObject({ answer: '', score: 0, detected: [] });
    const text = out(s.prompts.printed);
    expect(text).toContain('Question 1 of 3');
    expect(text).toContain('Question 3 of 3');
    expect(text).toContain('Summary · 3 of 3 answered');
    expect(s.prompts.asked.filter((a) => a.kind === 'proceed')).toHaveLength(2);
  });

  it('saves the attempt before the feedback is shown', async () => {
    const s = setup({ count: 1 }, [{ input: 'what exactly?' }]);
    const order: string[] = [];
    const sink = s.deps.sink;
    const deps: SessionDeps = {
      ...s.deps,
      sink: { append: async (a) => (order.push('saved'), sink.append(a)) },
      prompts: { ...s.prompts, print: async (t) => void order.push(t.includes('Score:') ? 'feedback' : 'text') },
    };
    await runSession(s.plan, deps);
    expect(order.indexOf('saved')).toBeLessThan(order.indexOf('feedback'));
  });

  it('on Ctrl+C in the middle keeps what was saved and ends cancelled, without a summary', async () => {
    const s = setup({}, [{ input: 'what exactly?' }, { proceed: true }, { interrupt: 'cancel', at: 'input' }]);
    const outcome = await s.run();
    expect(outcome.state.kind).toBe('cancelled');
    expect(outcome.saved).toBe(1);
    expect(s.sink.attempts).toHaveLength(1);
    expect(out(s.prompts.printed)).not.toContain('Summary');
  });

  it('on Ctrl+C at the "next" prompt ends cancelled too', async () => {
    const s = setup({}, [{ input: 'what exactly?' }, { interrupt: 'cancel', at: 'proceed' }]);
    expect((await s.run()).state.kind).toBe('cancelled');
  });

  it('finishing early, or input ending, goes to the summary of what was answered', async () => {
    const early = setup({}, [{ input: 'what exactly?' }, { proceed: false }]);
    const a = await early.run();
    expect([a.state.kind, a.saved]).toEqual(['summary', 1]);
    expect(out(early.prompts.printed)).toContain('1 of 3 answered');

    const ended = setup({}, [{ input: 'what exactly?' }, { proceed: true }, { interrupt: 'end', at: 'input' }]);
    const b = await ended.run();
    expect([b.state.kind, b.saved]).toEqual(['summary', 1]);
  });

  it('stops with the error when an attempt cannot be saved', async () => {
    const s = setup({}, [{ input: 'what exactly?' }, { proceed: true }, { input: 'a day' }], { failAt: 1 });
    const outcome = await s.run();
    expect(outcome.state).toMatchObject({ kind: 'failed', message: 'EACCES: permission denied' });
    expect(outcome.saved).toBe(1);
  });

  it('runs a choose session: the best option scores 100, a risky one 0', async () => {
    const s = setup({ mode: 'choose', count: 2, objections: ['too-expensive', 'think-about-it'] }, []);
    const qs = s.plan.questions as ChooseQuestion[];
    const best = qs[0]!.options.findIndex((o) => o.kind === 'best');
    const risky = qs[1]!.options.findIndex((o) => o.kind === 'risky');
    const prompts = scriptedPrompts([{ select: best }, { proceed: true }, { select: risky }]);
    const outcome = await runSession(s.plan, { ...s.deps, prompts });
    expect(outcome.state.kind).toBe('summary');
    expect(s.sink.attempts.map((a) => [a.mode, a.score])).toEqual([
      ['choose', 100],
      ['choose', 0],
    ]);
    // The saved answer is the text of the chosen response.
    expect(s.sink.attempts[1]?.answer).toBe('Decide now, or are you afraid?');
    const labels = prompts.asked[0]?.choices?.map((c) => c.label.slice(0, 1));
    expect(labels).toEqual(['A', 'B', 'C', 'D']);
    const text = out(prompts.printed);
    expect(text).toContain('Right: that is the strongest answer.');
    expect(text).toContain("Don't say this: it uses a technique that loses trust.");
  });

  it('runs a spot session: ticks are graded against the response’s techniques', async () => {
    const s = setup({ mode: 'spot', count: 1, objections: ['think-about-it'] }, []);
    const q = s.plan.questions[0] as SpotQuestion;
    const prompts = scriptedPrompts([{ checkbox: [...q.response.uses] }]);
    await runSession(s.plan, { ...s.deps, prompts });
    expect(s.sink.attempts[0]).toMatchObject({ mode: 'spot', score: 100, detected: q.response.uses });
    expect(out(prompts.printed)).toContain('Exactly right.');
  });

  it('shows what is due next when progress can tell, and survives when it cannot', async () => {
    const due = [{ playbook: 'test', objection: 'think-about-it', lang: 'en', due: new Date('2026-03-02T09:00:00Z') }];
    const s = setup({ count: 1 }, [{ input: 'x' }], { upcoming: async () => due });
    await s.run();
    expect(out(s.prompts.printed)).toMatch(/Due next\n\s+I'll think about it\. — tomorrow/);
    const broken = setup({ count: 1 }, [{ input: 'x' }], { upcoming: async () => Promise.reject(new Error('corrupt')) });
    expect((await broken.run()).state.kind).toBe('summary');
    expect(out(broken.prompts.printed)).not.toContain('Due next');
  });

  it('fails loudly when the session asks something the script did not expect', async () => {
    const s = setup({ count: 2 }, [{ input: 'x' }, { input: 'y' }]);
    await expect(s.run()).rejects.toThrow(/expected a input prompt, got proceed/);
  });
});
