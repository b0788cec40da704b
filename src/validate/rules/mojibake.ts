// Mojibake: text garbled by reading bytes in the wrong encoding somewhere before it reached
// the playbook. The file itself is valid UTF-8, so only the shape of the text tells:
// - UTF-8 read as a single-byte code page (Windows-1252/Latin-1, 1251, 1256) and saved again:
//   reversible, so we show what it probably said ("cafÃ©" → "café");
// - the replacement character U+FFFD, and 锟斤拷/烫烫烫, the classic GBK round-trip debris;
// - GBK text read one byte out of step, as in the real-estate seed (004): broken pinyin tags
//   such as `?cè)`, pinyin annotations flattened into the text `總結(jié)`, and Japanese kana
//   inside Chinese.
// Pure.
import { contentRule, textCheck, type TextCheck } from './content.ts';

export interface MojibakeHit {
  /** The garbled text as it appears in the string. */
  readonly text: string;
  readonly message: string;
}

// ---------------------------------------------------------------------------------------------
// Reversible single-byte mojibake

interface CodePage {
  readonly label: string;
  readonly name: string;
  /** Consecutive garbled characters needed before we speak: letter-rich code pages collide with real words. */
  readonly minRun: number;
  /** What the original characters can be: text in the code page's own script (or punctuation). */
  readonly original: (cp: number) => boolean;
}

const PUNCTUATION = (cp: number) => (cp >= 0x2000 && cp <= 0x206f) || (cp >= 0x20a0 && cp <= 0x20cf) || cp === 0x2122;

const CODE_PAGES: readonly CodePage[] = [
  { label: 'windows-1252', name: 'Windows-1252 (Latin-1)', minRun: 1, original: (cp) => plausible(cp) },
  { label: 'windows-1251', name: 'Windows-1251', minRun: 2, original: (cp) => (cp >= 0x400 && cp <= 0x52f) || PUNCTUATION(cp) || cp === 0xab || cp === 0xbb },
  {
    label: 'windows-1256',
    name: 'Windows-1256',
    minRun: 2,
    original: (cp) => (cp >= 0x600 && cp <= 0x6ff) || (cp >= 0xfb50 && cp <= 0xfeff) || PUNCTUATION(cp) || cp === 0xab || cp === 0xbb,
  },
];

const reverseMaps = new Map<string, Map<number, number>>();

/** Character → byte for a code page's upper half (Latin-1 C1 positions included for 1252). */
function reverseMap(label: string): Map<number, number> {
  let map = reverseMaps.get(label);
  if (map) return map;
  map = new Map();
  try {
    const decoder = new TextDecoder(label);
    for (let b = 0x80; b <= 0xff; b++) {
      const ch = decoder.decode(new Uint8Array([b]));
      if (ch.length === 1 && ch !== '\ufffd') map.set(ch.charCodeAt(0), b);
    }
  } catch {
    /* no ICU data for this code page: nothing to detect with it */
  }
  // UTF-8 read as ISO-8859-1 keeps C1 controls where Windows-1252 has curly quotes and the like.
  if (label === 'windows-1252') for (let b = 0x80; b <= 0x9f; b++) if (!map.has(b)) map.set(b, b);
  reverseMaps.set(label, map);
  return map;
}

function plausible(cp: number): boolean {
  return (
    (cp >= 0xa0 && cp <= 0x24f) ||
    (cp >= 0x370 && cp <= 0x6ff) ||
    (cp >= 0x2000 && cp <= 0x206f) ||
    (cp >= 0x20a0 && cp <= 0x20cf) ||
    (cp >= 0x2100 && cp <= 0x214f) ||
    (cp >= 0x3000 && cp <= 0x30ff) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xac00 && cp <= 0xd7af) ||
    (cp >= 0xff00 && cp <= 0xffef) ||
    (cp >= 0x1f300 && cp <= 0x1faff)
  );
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Spans of `s` that are the UTF-8 bytes of one character each, read through `map`. */
function reversibleRuns(s: string, map: Map<number, number>, original: (cp: number) => boolean): { start: number; end: number }[] {
  const byteAt = (i: number): number | undefined => {
    const c = s.charCodeAt(i);
    return c < 0x80 ? c : map.get(c);
  };
  const hits: { start: number; end: number }[] = [];
  for (let i = 0; i < s.length; i++) {
    const lead = byteAt(i);
    if (lead === undefined || lead < 0xc2 || lead > 0xf4) continue;
    const need = lead < 0xe0 ? 1 : lead < 0xf0 ? 2 : 3;
    const bytes = [lead];
    for (let k = 1; k <= need; k++) {
      const b = byteAt(i + k);
      if (b === undefined || b < 0x80 || b > 0xbf) break;
      bytes.push(b);
    }
    if (bytes.length !== need + 1) continue;
    let decoded: string;
    try {
      decoded = utf8.decode(new Uint8Array(bytes));
    } catch {
      continue;
    }
    if (!original(decoded.codePointAt(0)!)) continue;
    hits.push({ start: i, end: i + need + 1 });
    i += need;
  }
  return hits;
}

function repair(s: string, map: Map<number, number>): string {
  const bytes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    bytes.push(c < 0x80 ? c : (map.get(c) ?? 0x3f));
  }
  return new TextDecoder('utf-8').decode(new Uint8Array(bytes));
}

// Quick gates per code page: a lead character directly followed by a continuation character.
const GATES: Record<string, RegExp> = {
  'windows-1252': /[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201a\u201c-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]/,
  'windows-1251': /[\u0412-\u0444][\u0402\u0403\u201a\u0453\u201e\u2026\u2020\u2021\u20ac\u2030\u0409\u2039\u040a\u040c\u040b\u040f\u0452\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u2122\u0459\u203a\u045a\u045c\u045b\u045f\u00a0\u040e\u045e\u0408\u00a4\u0490\u00a6\u00a7\u0401\u00a9\u0404\u00ab\u00ac\u00ad\u00ae\u0407\u00b0\u00b1\u0406\u0456\u0491\u00b5\u00b6\u00b7\u0451\u2116\u0454\u00bb\u0458\u0405\u0455\u0457]/,
  'windows-1256': /[\u0600-\u06ff\u00e0-\u00ef][\u0600-\u06ff\u0080-\u00bf\u2018-\u2026\u20ac\u2030\u2039\u203a\u2122\u0152\u0153\u02c6\u0192]/,
};

const ANY_GATE = new RegExp(Object.values(GATES).map((g) => g.source).join('|'));

function singleByteMojibake(s: string): MojibakeHit | undefined {
  if (!ANY_GATE.test(s)) return undefined;
  for (const page of CODE_PAGES) {
    if (!GATES[page.label]!.test(s)) continue;
    const map = reverseMap(page.label);
    const hits = reversibleRuns(s, map, page.original);
    // Stretches of garbled characters: consecutive hits (short ASCII gaps allowed where one hit
    // is enough, as in "Ã©tÃ©").
    const gap = page.minRun === 1 ? 3 : 0;
    for (let i = 0; i < hits.length; ) {
      let j = i;
      while (j + 1 < hits.length && hits[j + 1]!.start - hits[j]!.end <= gap) j++;
      if (j - i + 1 >= page.minRun) {
        const garbled = s.slice(hits[i]!.start, hits[j]!.end);
        return {
          text: garbled,
          message: `looks like UTF-8 that was read as ${page.name} and saved again (mojibake): «${garbled}» was probably «${repair(garbled, map)}». Retype the text or convert it back.`,
        };
      }
      i = j + 1;
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Chinese debris

const TONE = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
const PINYIN_LETTERS = `a-zü${TONE}`;
/** `?cè)`: a pinyin tag whose opening half, with the byte before it, became a question mark. */
const BROKEN_TAG = new RegExp(`\\?[${PINYIN_LETTERS}]+\\)`, 'u');
/** `總結(jié)`: a ruby annotation flattened into the text. A tone mark is required, so "(pilot)" is fine. */
const PINYIN_TAG = new RegExp(`\\p{Script=Han}\\([a-zü]*[${TONE}][${PINYIN_LETTERS}]*\\)`, 'u');
const KANA_NEAR_HAN = /\p{Script=Han}[\u3040-\u30ff]|[\u3040-\u30ff]\p{Script=Han}/u;
const GBK_ROUND_TRIP = /锟斤拷|烫烫烫|屯屯屯/;
/** Cheap first look: every kind of debris above needs one of these characters. */
const DEBRIS_GATE = /[锟烫屯(?]/;
const KANA = /[\u3040-\u30ff]/;

function chineseDebris(s: string, lang: string): MojibakeHit | undefined {
  let m = GBK_ROUND_TRIP.exec(s);
  if (m) return { text: m[0], message: `holds «${m[0]}», debris of a UTF-8 ↔ GBK round trip: the characters here were lost. Take the text from a clean source.` };
  m = BROKEN_TAG.exec(s);
  if (m)
    return {
      text: m[0],
      message: `holds «${m[0]}», a pinyin tag cut through a GBK character: the text was decoded one byte out of step here, so the characters after it are likely garbled too. Take the text from a clean source.`,
    };
  m = PINYIN_TAG.exec(s);
  if (m) return { text: m[0], message: `holds «${m[0]}», a pinyin annotation flattened into the text (copied from a page with ruby text); remove the bracketed pinyin.` };
  if (/^zh\b/i.test(lang)) {
    m = KANA_NEAR_HAN.exec(s);
    if (m)
      return {
        text: m[0],
        message: `holds Japanese kana inside Chinese text («${m[0]}»), a sign of GBK bytes read out of step (mojibake); check this text against its source.`,
      };
  }
  return undefined;
}

/** Any character that one of the signals below needs; most strings have none. */
const ANY_SIGNAL = new RegExp(`[\\ufffd锟烫屯(?\\u3040-\\u30ff]|${ANY_GATE.source}`);

/** Everything that says a string is garbled; at most one hit per kind. */
export function findMojibake(s: string, lang: string): MojibakeHit[] {
  if (!ANY_SIGNAL.test(s)) return [];
  const out: MojibakeHit[] = [];
  const fffd = s.indexOf('\ufffd');
  if (fffd !== -1)
    out.push({ text: '\ufffd', message: 'holds the replacement character �: characters were lost when this text was decoded with the wrong encoding; retype the text from its source.' });
  const single = singleByteMojibake(s);
  if (single) out.push(single);
  if (DEBRIS_GATE.test(s) || (KANA.test(s) && /^zh\b/i.test(lang))) {
    const zh = chineseDebris(s, lang);
    if (zh) out.push(zh);
  }
  return out;
}

// Characters any kind of mojibake needs; plain ASCII text skips the rule.
const MAYBE = /[^\x00-\x7f]/;

export const mojibakeCheck: TextCheck = (value, lang) => {
  if (!MAYBE.test(value)) return undefined;
  return findMojibake(value, lang).map((hit) => ({ code: 'mojibake' as const, needle: hit.text, message: hit.message }));
};

export const mojibakeRule = contentRule([textCheck(mojibakeCheck)]);
