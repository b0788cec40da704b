// A compact JSON form of compiled cues, for the build's dist/cues.json: about a third of the
// size of the plain objects, so start-up parses less. encode ∘ decode is the identity.
import type { CompiledCue, CueElement } from './cues.ts';
import { cueEntry, type CueEntry } from './detect.ts';

type Encoded =
  | string // a word whose key is its form
  | ['w', string, string] // a word: key, form
  | ['s', string] // a sign
  | ['=', string]
  | ['*', string]
  | ['#']
  | ['^']
  | ['g', number]
  | ['a', Encoded[][]];

/** Index data of a cue (detect.ts, CueEntry): first keys, first forms, first prefixes, starts with a number. */
type EncodedEntry = [keys: string[], norms: string[] | 0, prefixes: string[], num: 0 | 1];

export type EncodedCue = [technique: string, lang: string, source: string, negatable: 0 | 1, minTokens: number, elements: Encoded[], entry?: EncodedEntry];

function encodeElement(e: CueElement): Encoded {
  switch (e.kind) {
    case 'word':
      if (e.sym) return ['s', e.norm];
      return e.key === e.norm ? e.key : ['w', e.key, e.norm];
    case 'exact':
      return ['=', e.norm];
    case 'prefix':
      return ['*', e.prefix];
    case 'num':
      return ['#'];
    case 'start':
      return ['^'];
    case 'gap':
      return ['g', e.max];
    case 'alt':
      return ['a', e.options.map((o) => o.map(encodeElement))];
  }
}

function decodeElement(x: Encoded): CueElement {
  if (typeof x === 'string') return { kind: 'word', key: x, norm: x, sym: false };
  switch (x[0]) {
    case 'w':
      return { kind: 'word', key: x[1], norm: x[2], sym: false };
    case 's':
      return { kind: 'word', key: x[1], norm: x[1], sym: true };
    case '=':
      return { kind: 'exact', norm: x[1] };
    case '*':
      return { kind: 'prefix', prefix: x[1] };
    case '#':
      return { kind: 'num' };
    case '^':
      return { kind: 'start' };
    case 'g':
      return { kind: 'gap', max: x[1] };
    case 'a':
      return { kind: 'alt', options: x[1].map((o) => o.map(decodeElement)) };
  }
}

export function encodeCues(cues: readonly CompiledCue[]): EncodedCue[] {
  return cues.map((c) => {
    const e = cueEntry(c);
    // Most cues begin with words whose key is their form: store the forms only when they differ.
    const sameNorms = e.norms.length === e.keys.length && e.norms.every((n, i) => n === e.keys[i]);
    return [
      c.technique,
      c.lang,
      c.source,
      c.negatable ? 1 : 0,
      c.minTokens,
      c.elements.map(encodeElement),
      [[...e.keys], sameNorms ? 0 : [...e.norms], [...e.prefixes], e.num ? 1 : 0],
    ];
  });
}

/**
 * A compiled cue read from its encoding. Its pattern is decoded the first time it is needed (most
 * cues never are for a given answer) and its index data is taken as stored, so a scorer over a few
 * thousand built-in cues starts quickly.
 */
class DecodedCue implements CompiledCue {
  private decoded: readonly CueElement[] | undefined;
  readonly entry: CueEntry | undefined;

  constructor(
    readonly technique: string,
    readonly lang: string,
    readonly source: string,
    readonly negatable: boolean,
    readonly minTokens: number,
    private readonly encoded: readonly Encoded[],
    entry: EncodedEntry | undefined,
  ) {
    this.entry = entry && { keys: entry[0], norms: entry[1] === 0 ? entry[0] : entry[1], prefixes: entry[2], num: entry[3] === 1 };
  }

  get elements(): readonly CueElement[] {
    return (this.decoded ??= this.encoded.map(decodeElement));
  }
}

export function decodeCues(encoded: readonly EncodedCue[]): CompiledCue[] {
  return encoded.map(([technique, lang, source, negatable, minTokens, elements, entry]) => new DecodedCue(technique, lang, source, negatable === 1, minTokens, elements, entry));
}
