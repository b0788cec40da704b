// INTERIM stand-in for `fold` of src/scoring/normalize.ts (the scorer's shared normalisation),
// same signature, until that lands on main. Delete this file then and import the real one.
export interface FoldOptions {
  readonly toSimplified?: (text: string) => string;
}

const LETTERS: Readonly<Record<string, string>> = {
  'ي': 'ی', 'ى': 'ی', 'ئ': 'ی', 'ك': 'ک', 'ة': 'ه', 'ۀ': 'ه', 'أ': 'ا', 'إ': 'ا', 'ٱ': 'ا', 'آ': 'ا', 'ؤ': 'و', 'ё': 'е',
};

export function fold(text: string, opts: FoldOptions = {}): string {
  let s = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[يىئكةۀأإٱآؤё]/g, (c) => LETTERS[c] ?? c)
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u200c\u200d\u2060\u00ad\ufeff\u200e\u200f\u061c\u0640\u064b-\u065f\u0670]/g, '');
  if (opts.toSimplified && /\p{Script=Han}/u.test(s)) s = opts.toSimplified(s);
  return s;
}
