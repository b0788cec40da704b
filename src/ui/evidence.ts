// The learner's answer with the words that showed each technique highlighted. Pure: returns
// a string. The answer is untrusted text, so every piece is sanitised on its way out.
import type { Detection } from '../scoring/types.ts';
import { sanitizeLine } from './sanitize.ts';
import type { Theme } from './theme.ts';

/** Merge overlapping evidence spans, in order. */
function spans(detections: readonly Detection[], length: number): [number, number][] {
  const sorted = detections
    .map((d): [number, number] => [Math.max(0, d.start), Math.min(length, d.end)])
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const out: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** The answer on one line, evidence highlighted with theme.highlight. */
export function highlightEvidence(answer: string, detections: readonly Detection[], theme: Theme): string {
  let out = '';
  let at = 0;
  for (const [a, b] of spans(detections, answer.length)) {
    out += sanitizeLine(answer.slice(at, a)) + theme.highlight(sanitizeLine(answer.slice(a, b)));
    at = b;
  }
  return out + sanitizeLine(answer.slice(at));
}
