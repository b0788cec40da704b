// Coaching after each answer (design §6): the score; what the learner did, with the words that showed
// it highlighted in their own answer; what was missing, each with a model response; risk warnings;
// the motto. Pure: returns text.
import { isRisky, isRiskyResponse } from '../../playbook/catalog.ts';
import type { Objection, Persona, Response } from '../../playbook/model.ts';
import type { ChooseResult, QuestionResult, SpotResult, TypeResult } from '../../session/question.ts';
import type { Span } from '../layout.ts';
import type { Kit } from './kit.ts';
import { LETTERS } from './question.ts';
import { RATING_THRESHOLDS } from '../../progress/rating.ts';

const INDENT = '  ';
const DEEP = '    ';

export function renderFeedback(kit: Kit, result: QuestionResult): string {
  const lines =
    result.mode === 'type' ? typeFeedback(kit, result) : result.mode === 'choose' ? chooseFeedback(kit, result) : spotFeedback(kit, result);
  lines.push(...mottoLines(kit, result.question.objection));
  return ['', ...lines].join('\n');
}

function typeFeedback(kit: Kit, result: TypeResult): string[] {
  const { theme, messages } = kit;
  const { scored, question } = result;
  const out = [theme.heading(messages.score(kit.score(result.score)))];
  const risky = new Set(scored.risky);

  if (result.answer.trim() === '') out.push(kit.wrap(messages.emptyAnswer));
  else {
    const spans: Span[] = scored.detections.map((d) => ({
      start: d.start,
      end: d.end,
      style: risky.has(d.technique) ? theme.risk : theme.highlight,
    }));
    out.push(theme.heading(messages.yourAnswer), kit.wrap(result.answer, { indent: INDENT, spans }));
    const sound = [...new Set(scored.detections.map((d) => d.technique))].filter((id) => !risky.has(id));
    out.push(theme.heading(messages.found));
    if (sound.length === 0) out.push(kit.wrap(messages.noneFound, { indent: INDENT, style: theme.dim }));
    for (const id of sound) {
      const evidence = [...new Set(scored.detections.filter((d) => d.technique === id).map((d) => d.text))];
      // The evidence again, so each technique shows the words that earned it (highlighted when there
      // is colour; without colour the quotes are enough, and brackets inside them would be noise).
      let line = `✓ ${kit.technique(id)} —`;
      const marks: Span[] = [];
      for (const e of evidence) {
        const quoted = kit.quoteIn(scored.lang, e);
        const at = line.length + 1 + quoted.indexOf(e);
        if (theme.enabled) marks.push({ start: at, end: at + e.length, style: theme.highlight });
        line += ` ${quoted}`;
      }
      out.push(kit.wrap(line, { indent: DEEP, firstIndent: INDENT, spans: marks }));
    }
  }

  if (scored.missing.length > 0) {
    // A model-grade answer (one the schedule rates Easy) is not told it "missed" anything.
    out.push(theme.heading(scored.score >= RATING_THRESHOLDS.easy ? messages.alsoTry : messages.missing));
    for (const id of scored.missing) out.push(...missingLines(kit, question.objection, id));
  }
  const evidence = (id: string) =>
    [...new Set(scored.detections.filter((d) => d.technique === id).map((d) => kit.quoteIn(scored.lang, d.text)))];
  out.push(...warningLines(kit, result.detected, scored.risky, question.persona, evidence));
  return out;
}

/** A missing technique, and a sound model response from the playbook that uses it. */
function missingLines(kit: Kit, objection: Objection, id: string): string[] {
  const { theme, messages } = kit;
  const out = [kit.wrap(`✗ ${kit.technique(id)}`, { indent: DEEP, firstIndent: INDENT, style: theme.warn })];
  const summary = kit.text(kit.catalog.techniques.get(id)?.summary);
  if (summary) out.push(kit.wrap(summary, { indent: DEEP, style: theme.dim }));
  const model = modelResponse(kit, objection, id);
  const said = model && kit.text(model.text, kit.answerLang);
  if (said) out.push(kit.wrap(messages.label(messages.tryThis, kit.quoteIn(kit.answerLang, said)), { indent: `${DEEP}  `, firstIndent: DEEP }));
  else out.push(kit.wrap(messages.noModel, { indent: DEEP, style: theme.dim }));
  return out;
}

/** The first response of the objection that uses `id` and nothing risky: a model, never a "don't say this". */
export function modelResponse(kit: Kit, objection: Objection, id: string): Response | undefined {
  return objection.responses.find((r) => r.uses.includes(id) && !isRiskyResponse(r, kit.catalog));
}

/** Risky techniques used, and what this customer reacts badly to or well to. */
function warningLines(
  kit: Kit,
  detected: readonly string[],
  risky: readonly string[],
  persona: Persona | undefined,
  /** The quoted words that showed a technique. */
  evidence: (id: string) => readonly string[] = () => [],
): string[] {
  const { theme, messages } = kit;
  const out: string[] = [];
  const warnings: string[] = [];
  for (const id of risky) {
    const why = kit.text(kit.catalog.techniques.get(id)?.risk);
    // Laid out like "What you did" (name — the words), with the reason on a line of its own.
    const words = evidence(id).join(' ');
    warnings.push(kit.wrap(`⚠ ${kit.technique(id)}${words ? ` — ${words}` : ''}`, { indent: DEEP, firstIndent: INDENT, style: theme.risk }));
    if (why) warnings.push(kit.wrap(why, { indent: DEEP, firstIndent: DEEP }));
  }
  if (persona) {
    const disliked = detected.filter((id) => persona.avoid.includes(id) && !risky.includes(id));
    if (disliked.length > 0) {
      const names = kit.list(disliked.map((id) => kit.technique(id)));
      warnings.push(kit.wrap(`⚠ ${messages.label(messages.personaAvoid(kit.personaName(persona)), names)}`, { indent: DEEP, firstIndent: INDENT, style: theme.warn }));
    }
  }
  if (warnings.length > 0) out.push(theme.heading(messages.careful), ...warnings);
  if (persona) {
    const unused = persona.prefer.filter((id) => !detected.includes(id) && kit.catalog.techniques.has(id));
    if (unused.length > 0) {
      const names = kit.list(unused.map((id) => kit.technique(id)));
      out.push(kit.wrap(messages.label(messages.personaPrefer(kit.personaName(persona)), names), { style: theme.dim }));
    }
  }
  return out;
}

function chooseFeedback(kit: Kit, result: ChooseResult): string[] {
  const { theme, messages } = kit;
  const { question } = result;
  const picked = question.options[result.picked];
  const kind = picked?.kind ?? 'weak';
  const verdict = messages.chooseVerdict[kind];
  const out = [
    theme.heading(messages.score(kit.score(result.score))),
    kit.wrap(verdict, { style: kind === 'best' ? theme.ok : kind === 'risky' ? theme.risk : theme.warn }),
  ];
  question.options.forEach((option, i) => {
    const mark = option.kind === 'best' ? '✓' : option.kind === 'risky' ? '⚠' : '✗';
    const you = i === result.picked ? ' ←' : '';
    const style = option.kind === 'best' ? theme.ok : option.kind === 'risky' ? theme.risk : theme.dim;
    const names = option.response.uses.map((id) => kit.technique(id));
    const head = `${LETTERS[i]} ${mark} ${messages.optionKind[option.kind]}${names.length > 0 ? ` (${kit.list(names)})` : ''}${you}`;
    out.push(kit.wrap(head, { indent: DEEP, firstIndent: INDENT, style }));
    if (option.kind === 'risky') {
      for (const id of option.response.uses) {
        const why = kit.text(kit.catalog.techniques.get(id)?.risk);
        if (why) out.push(kit.wrap(why, { indent: DEEP, style: theme.dim }));
      }
    }
    const note = kit.text(option.response.note);
    if (note) out.push(kit.wrap(note, { indent: DEEP, style: theme.dim }));
  });
  const best = question.options.findIndex((o) => o.kind === 'best');
  if (best >= 0 && best !== result.picked) {
    const said = kit.text(question.options[best]?.response.text, kit.answerLang) ?? '';
    out.push(theme.heading(messages.bestAnswer), kit.wrap(kit.quoteIn(kit.answerLang, said), { indent: INDENT }));
  }
  return out;
}

function spotFeedback(kit: Kit, result: SpotResult): string[] {
  const { theme, messages } = kit;
  const out = [theme.heading(messages.score(kit.score(result.score)))];
  if (result.missed.length === 0 && result.wrong.length === 0) out.push(kit.wrap(messages.spotPerfect, { style: theme.ok }));
  const group = (label: string, ids: readonly string[], mark: string, style: (s: string) => string, explain: boolean) => {
    if (ids.length === 0) return;
    out.push(theme.heading(label));
    for (const id of ids) {
      out.push(kit.wrap(`${mark} ${kit.technique(id)}`, { indent: DEEP, firstIndent: INDENT, style }));
      const summary = explain ? kit.text(kit.catalog.techniques.get(id)?.summary) : undefined;
      if (summary) out.push(kit.wrap(summary, { indent: DEEP, style: theme.dim }));
    }
  };
  group(messages.spotCorrect, result.correct, '✓', theme.ok, false);
  group(messages.spotMissed, result.missed, '✗', theme.warn, true);
  group(messages.spotWrong, result.wrong, '✗', theme.dim, false);
  const risky = result.question.response.uses.filter((id) => isRisky(kit.catalog.techniques.get(id)));
  out.push(...warningLines(kit, [], risky, undefined));
  return out;
}

function mottoLines(kit: Kit, objection: Objection): string[] {
  const motto = kit.text(objection.motto);
  return motto ? [kit.wrap(kit.messages.label(kit.messages.motto, motto), { style: kit.theme.strong })] : [];
}
