// Text that is only white space shows as nothing to a learner. (An empty string is the
// schema's `minLength` finding, with the same code.) Pure.
import { contentRule, textCheck, type TextCheck } from './content.ts';

const NOT_BLANK = /\S/;
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
const HIT = [{ code: 'empty-text', message: 'is only white space; write the text or remove it.' }] as const;

// A test, not trim(): no copy of every string.
export const emptyTextCheck: TextCheck = (value) => (value !== '' && isSpace(value.charCodeAt(0)) && !NOT_BLANK.test(value) ? HIT : undefined);

export const emptyTextRule = contentRule([textCheck(emptyTextCheck)]);
