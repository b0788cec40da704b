import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toSimplified } from '../../../src/scoring/han.ts';
import { normalize } from '../../../src/scoring/normalize.ts';
import { coreScorer } from './core-scorer.ts';

// Any UTF-16 unit (lone surrogates included), characters the normaliser treats specially,
// and words the cues know, so matches actually happen inside the random text.
const unit = fc.oneof(
  fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  fc.constantFrom('\u200c', '\u0640', 'ي', 'ك', '۳', '٣', 'ё', 'Ё', '\u0301', '\u064e', 'ﬁ', 'Ａ', '。', '’', '\n', ' ', '?', '%', '$', '-'),
  fc.constantFrom('I understand', 'not', '太貴', '不', 'понимаю', 'не', 'می‌فهمم', 'نمی', 'دقیقاً چه', '10%', ' off', '# ', 'why don’t I show you'),
  fc.string({ unit: 'grapheme', maxLength: 3 }),
);
const answers = fc.string({ unit, maxLength: 60 });

describe('properties', () => {
  const { scorer } = coreScorer();

  it('detection never throws, and every span lies inside the answer and shows its text', () => {
    let seen = 0;
    fc.assert(
      fc.property(answers, (answer) => {
        const { detections } = scorer.detect(answer);
        seen += detections.length;
        for (const d of detections) {
          expect(d.start).toBeGreaterThanOrEqual(0);
          expect(d.end).toBeGreaterThan(d.start);
          expect(d.end).toBeLessThanOrEqual(answer.length);
          expect(d.text).toBe(answer.slice(d.start, d.end));
        }
      }),
      { numRuns: 2000 },
    );
    // The generator must actually produce matches, or the span checks above test nothing.
    expect(seen).toBeGreaterThan(100);
  });

  it('scores stay within 0–100', () => {
    fc.assert(
      fc.property(answers, fc.subarray(['clarify', 'empathize', 'pressure', 'roi']), (answer, expect_) => {
        const r = scorer.score(answer, { expect: expect_, avoid: ['pressure'], prefer: ['clarify'] });
        expect(r.score).toBeGreaterThanOrEqual(0);
        expect(r.score).toBeLessThanOrEqual(100);
        expect(Number.isInteger(r.score)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('the offset map is monotonic and inside the original', () => {
    fc.assert(
      fc.property(answers, (answer) => {
        const n = normalize(answer, { toSimplified });
        let last = 0;
        for (let i = 0; i < n.text.length; i++) {
          expect(n.from[i]).toBeGreaterThanOrEqual(last);
          expect(n.to[i]).toBeGreaterThan(n.from[i]!);
          expect(n.to[i]).toBeLessThanOrEqual(answer.length);
          last = n.from[i]!;
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('the fast path of word segmentation', () => {
  it('finds exactly the words Intl.Segmenter finds (Han one character at a time)', async () => {
    const { segmentsOf } = await import('../../../src/scoring/segment.ts');
    const { fastSegments } = await import('../../../src/scoring/fast-words.ts');
    const alphabet = fc.constantFrom(...'ab z09', ...'абвё', ...'میخواهمپچ', ...'我们太贵了', ..."'.,;:!?-()$%\"\n", ' ', '€', '₽');
    let fast = 0;
    fc.assert(
      fc.property(fc.string({ unit: alphabet, maxLength: 40 }), (text) => {
        const words = (segs: { segment: string; index: number; isWordLike?: boolean | undefined }[]) =>
          segs
            .filter((s) => s.isWordLike)
            .flatMap((s) =>
              /\p{Script=Han}/u.test(s.segment) ? [...s.segment].map((ch, k) => [ch, s.index + k]) : [[s.segment, s.index]],
            );
        if (fastSegments(text)) fast++;
        expect(words(segmentsOf(text))).toEqual(words(segmentsOf(text, { icu: true })));
      }),
      { numRuns: 3000 },
    );
    expect(fast).toBeGreaterThan(2500);
  });
});
