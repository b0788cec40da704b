// Traditional → simplified Chinese with OpenCC (opencc-js, the t2cn build: ~110 KB, tables only
// for this direction). Importing this module costs a few milliseconds; building the converter
// costs more (see docs/benchmarks.md), so it is built on first use and kept.
// Callers that may never see Han text (lookup on a Latin query) import this module lazily.
import { Converter } from 'opencc-js/t2cn';
import type { HanConverter } from './normalize.ts';

let converter: HanConverter | undefined;

/** Traditional (Taiwan, Hong Kong or generic) Chinese → simplified, as OpenCC's `t → cn`. */
export const toSimplified: HanConverter = (text) => {
  const convert = (converter ??= Converter({ from: 't', to: 'cn' }));
  return convert(text);
};
