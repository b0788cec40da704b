// Word boundaries without ICU for the text most answers are made of (normalised: lower case,
// folded punctuation): Latin, Cyrillic and Persian letters, digits, Han characters, spaces,
// ASCII punctuation and currency signs. Within that alphabet these are exactly the rules of
// Unicode word segmentation (UAX #29) that Intl.Segmenter applies, and a property test checks
// the two agree. Anything else (accents, other scripts, emoji, marks) returns undefined and
// Intl.Segmenter does the work. Han characters come out one per word: the tokenizer wants them
// one by one anyway (segment.ts), whatever dictionary words ICU would have found.

export interface Segment {
  readonly segment: string;
  readonly index: number;
  readonly isWordLike?: boolean | undefined;
}

const enum C {
  Letter,
  Digit,
  Han,
  Space,
  /** '.' and "'": join letters with letters and digits with digits (MidNumLet). */
  MidNumLet,
  /** ':' joins letters (MidLetter). */
  MidLetter,
  /** ',' and ';' join digits (MidNum). */
  MidNum,
  Other,
  Unknown,
}

function classOf(c: number): C {
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x0430 && c <= 0x045f) || (c >= 0x0621 && c <= 0x063a) || (c >= 0x0641 && c <= 0x064a) || (c >= 0x0671 && c <= 0x06d3) || c === 0x06d5)
    return C.Letter;
  if (c >= 0x30 && c <= 0x39) return C.Digit;
  if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) return C.Han;
  if (c === 0x20) return C.Space;
  if (c === 0x2e || c === 0x27) return C.MidNumLet;
  if (c === 0x3a) return C.MidLetter;
  if (c === 0x2c || c === 0x3b) return C.MidNum;
  if (c === 0x5f) return C.Unknown; // '_' joins words (ExtendNumLet): leave it to ICU
  if ((c >= 0x21 && c <= 0x7e && !(c >= 0x41 && c <= 0x5a)) || c === 0x0a || c === 0x0d) return C.Other;
  if (c === 0xa2 || c === 0xa3 || c === 0xa5 || c === 0x20ac || c === 0x20bd || c === 0x20a6 || c === 0x20b9 || c === 0x20a9) return C.Other;
  return C.Unknown;
}

/** Whether the character after a word character at `i - 1` keeps the word going. */
function joins(prev: C, mid: C, next: C): boolean {
  if (mid === C.MidNumLet) return (prev === C.Letter && next === C.Letter) || (prev === C.Digit && next === C.Digit);
  if (mid === C.MidLetter) return prev === C.Letter && next === C.Letter;
  if (mid === C.MidNum) return prev === C.Digit && next === C.Digit;
  return false;
}

export function fastSegments(text: string): Segment[] | undefined {
  const n = text.length;
  const cls = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const k = classOf(text.charCodeAt(i));
    if (k === C.Unknown) return undefined;
    cls[i] = k;
  }
  const out: Segment[] = [];
  let i = 0;
  while (i < n) {
    const k = cls[i]!;
    if (k === C.Han) {
      out.push({ segment: text[i]!, index: i, isWordLike: true });
      i++;
    } else if (k === C.Letter || k === C.Digit) {
      const start = i;
      i++;
      for (;;) {
        if (i >= n) break;
        const c = cls[i]!;
        if (c === C.Letter || c === C.Digit) {
          i++;
          continue;
        }
        if (i + 1 < n && joins(cls[i - 1]!, c, cls[i + 1]!)) {
          i += 2;
          continue;
        }
        break;
      }
      out.push({ segment: text.slice(start, i), index: start, isWordLike: true });
    } else if (k === C.Space) {
      const start = i;
      while (i < n && cls[i] === C.Space) i++;
      out.push({ segment: text.slice(start, i), index: start, isWordLike: false });
    } else {
      // \r\n stays together, as in ICU; every other sign is a segment of its own.
      const len = text.charCodeAt(i) === 0x0d && text.charCodeAt(i + 1) === 0x0a ? 2 : 1;
      out.push({ segment: text.slice(i, i + len), index: i, isWordLike: false });
      i += len;
    }
  }
  return out;
}
