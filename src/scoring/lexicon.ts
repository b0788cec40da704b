// Small per-language word lists the tokenizer needs: negators, number words, English
// contractions and Persian affixes. All entries are in normalised form (normalize.ts).

/** Words that negate what follows them (English contractions are expanded to "not" first). */
export const NEGATORS = new Set([
  // en
  'not', 'no', 'never', 'cannot', 'without', 'nothing', 'none', 'neither', 'nor', 'nobody', 'hardly', 'nowhere',
  // ru
  'не', 'нет', 'ни', 'нельзя', 'никогда', 'никак', 'без', 'ничего', 'никто', 'ниче',
  // fa (verbs negated with the prefix ن are handled by NEGATOR_PREFIXES)
  'نه', 'نیست', 'نیستم', 'نیستیم', 'نیستند', 'نیستید', 'هیچ', 'بدون', 'نباید', 'نخیر',
]);

/** Phrases that start with a negator but do not negate ("not only", "не только"). */
export const NOT_NEGATING_NEXT = new Map<string, ReadonlySet<string>>([
  ['not', new Set(['only', 'just', 'bad', 'sure'])],
  ['no', new Set(['problem', 'worries', 'doubt', 'matter'])],
  // "не тяните", "не откладывайте": urging to act, not negating what follows.
  ['не', new Set(['только', 'зря', 'тянуть', 'тяните', 'тянем', 'откладывать', 'откладывайте', 'откладываем', 'затягивать', 'затягивайте', 'медлить', 'медлите', 'упускайте', 'упустите'])],
  ['без', new Set(['проблем', 'сомнения'])],
]);

/** Persian negated verbs: the prefix ن before a verb stem. Listed stems only, so نظر or نشان never count. */
export const NEGATOR_PREFIXES = ['نمی', 'ندار', 'ندا', 'نتون', 'نتوان', 'نخواه', 'نخوا', 'نکن', 'نکرد', 'نشد', 'نده', 'نمیشه', 'نمیتون', 'نیست', 'نگذار', 'نذار'];

/** Persian negated verbs that, opening a clause, ask "could it be that…?" (نکند گران است؟). */
export const FA_NOT_NEGATING_AT_CLAUSE_START = new Set(['نکند', 'نکنه']);

/** What joins the two ends of a range: "10 to 15", "от 10 до 15", "۱۰ تا ۱۵", 八折到九折. */
export const RANGE_CONNECTORS = new Set(['to', '-', '~', 'or', 'до', 'или', 'تا', 'یا', 'الی', '到', '至', '或']);
/** "and" joins a range only after "between" / "from": "between 10 and 15", "между 10 и 15", "بین ۱۰ و ۱۵". */
export const RANGE_AND = new Set(['and', 'и', 'و']);
export const RANGE_OPENERS = new Set(['between', 'from', 'между', 'от', 'بین']);
/** A unit that may follow the first number of a range: "10% to 15%", 八五折到九折, "10 процентов до…". */
export const RANGE_UNITS = new Set(['%', '折', '个', '点', '块', '元', 'percent', 'k', 'процентов', 'процента', 'درصد', 'هزار', 'میلیون', 'تومان', 'تومن', '$', '€', '£', '₽', '¥']);

/** Chinese negators are single characters; these pairs starting with one are not negations. */
export const HAN_NEGATORS = new Set(['不', '没', '別', '别', '无', '未', '莫', '勿']);
export const HAN_NOT_NEGATING = new Set([
  '不过', '不错', '不好意思', '要不', '要不然', '不然的话', '不仅', '不但', '不管', '不论', '不少', '不断', '不同', '不久', '不妨', '不然', '不如', '不只', '不光',
  '没关系', '没问题', '没事', '别人', '别的', '别处', '别家', '无论', '未来', '莫名',
]);

/** Han characters that write numbers. */
export const HAN_NUMERALS = new Set([...'零〇一二两三四五六七八九十百千万亿']);

/** Number words, so `#` in a cue matches "five hundred" and "пятьсот" like it matches "500". */
export const NUMBER_WORDS = new Set([
  // en
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty',
  'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'thousand', 'million', 'billion',
  'half', 'dozen',
  // ru
  'один', 'одна', 'одно', 'одну', 'два', 'две', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять',
  'десять', 'одиннадцать', 'двенадцать', 'пятнадцать', 'двадцать', 'двадцати', 'тридцать', 'тридцати',
  'сорок', 'пятьдесят', 'шестьдесят', 'семьдесят', 'восемьдесят', 'девяносто', 'сто', 'двести', 'триста',
  'четыреста', 'пятьсот', 'шестьсот', 'семьсот', 'восемьсот', 'девятьсот', 'тысяча', 'тысячи', 'тысяч',
  'тысячу', 'миллион', 'миллиона', 'миллионов', 'пяти', 'десяти', 'пятнадцати', 'полтора', 'полторы',
  'двух', 'трех', 'четырех', 'шести', 'семи', 'восьми', 'девяти', 'одиннадцати', 'двенадцати', 'тринадцать',
  'тринадцати', 'четырнадцать', 'четырнадцати', 'шестнадцать', 'шестнадцати', 'семнадцать', 'семнадцати',
  'восемнадцать', 'восемнадцати', 'девятнадцать', 'девятнадцати', 'сорока', 'пятидесяти', 'ста', 'двухсот',
  'трехсот', 'пятисот', 'тысячами', 'сотни', 'сотню',
  // fa (نه "nine" is left out: it is also "no")
  'یک', 'دو', 'سه', 'چهار', 'پنج', 'شش', 'هفت', 'هشت', 'ده', 'بیست', 'سی', 'چهل', 'پنجاه', 'صد', 'دویست',
  'سیصد', 'پانصد', 'هزار', 'میلیون', 'میلیارد', 'نیم',
  'یازده', 'دوازده', 'سیزده', 'چهارده', 'پانزده', 'پونزده', 'شانزده', 'شونزده', 'هفده', 'هیفده', 'هجده', 'هیجده',
  'نوزده', 'شصت', 'هفتاد', 'هشتاد', 'نود', 'چهارصد', 'ششصد', 'هفتصد', 'هشتصد', 'نهصد', 'یکصد',
]);

/** English contractions people type without the apostrophe, and what they stand for. */
export const BARE_CONTRACTIONS = new Map<string, readonly string[]>([
  ['dont', ['do', 'not']], ['doesnt', ['does', 'not']], ['didnt', ['did', 'not']], ['isnt', ['is', 'not']],
  ['arent', ['are', 'not']], ['wasnt', ['was', 'not']], ['werent', ['were', 'not']], ['cant', ['can', 'not']],
  ['couldnt', ['could', 'not']], ['wouldnt', ['would', 'not']], ['shouldnt', ['should', 'not']],
  ['havent', ['have', 'not']], ['hasnt', ['has', 'not']], ['hadnt', ['had', 'not']], ['wont', ['will', 'not']],
  ['im', ['i', 'am']], ['ive', ['i', 'have']], ['youre', ['you', 'are']], ['theyre', ['they', 'are']],
  ['thats', ['that', 'is']], ['whats', ['what', 'is']], ['youll', ['you', 'will']], ['youve', ['you', 'have']],
  ['cannot', ['can', 'not']],
]);

/** Bases of "n't" that change shape: can't, won't, shan't, ain't. */
export const NT_BASES = new Map([['ca', 'can'], ['wo', 'will'], ['sha', 'shall'], ['ai', 'is']]);

/** Words before "'s" that make it "is" rather than a possessive. */
export const IS_BEFORE_S = new Set(['it', 'that', 'what', 'he', 'she', 'there', 'here', 'who', 'where', 'how', 'when', 'everything', 'nothing', 'this', 'why']);

/** Persian prefixes and suffixes written with a space, a ZWNJ or nothing: joined to their word. */
export const FA_PREFIXES = new Set(['می', 'نمی', 'بی']);
export const FA_SUFFIXES = new Set([
  'ها', 'های', 'هایی', 'هام', 'هات', 'هاش', 'هامون', 'هاتون', 'هاشون', 'هایم', 'هایت', 'هایش', 'هایمان', 'هایتان', 'هایشان',
  'تر', 'ترین', 'ام', 'ایم', 'اید', 'اند', 'ای',
]);

/**
 * Endings a Persian word may carry after the form a cue gives: plural or comparative, then an
 * ezafe or a pronoun clitic, then a (colloquial) copula — دوامش، قیمته، مقطوعه، همسرتون، اقتصادی‌تر.
 * A cue word matches an answer word that is the cue word plus one of these endings.
 */
export const FA_ENDINGS: ReadonlySet<string> = (() => {
  const a = ['', 'ها', 'های', 'هایی', 'تر', 'ترین'];
  const b = ['', 'ی', 'ای', 'یی', 'م', 'ت', 'ش', 'مون', 'تون', 'شون', 'مان', 'تان', 'شان', 'ام', 'ات', 'اش', 'یم', 'یت', 'یش'];
  const c = ['', 'ه', 'ست', 'م', 'ی', 'یم', 'ید', 'ند', 'ن', 'اند', 'ایم', 'اید', 'یه', 'یست', 'و', 'رو'];
  const out = new Set<string>();
  for (const x of a) for (const y of b) for (const z of c) if (x + y + z) out.add(x + y + z);
  return out;
})();
export const FA_ENDING_MAX = Math.max(...[...FA_ENDINGS].map((e) => e.length));
