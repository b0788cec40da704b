// The words around the playbook text in `parry lookup`, in each interface language. Chosen
// along the language fallback chain (zh-TW → zh-Hant → zh → en), so a missing language is English.
import { langChain } from '../playbook/localize.ts';

export interface LookupLabels {
  readonly alsoSaid: string;
  readonly motto: string;
  readonly answers: string;
  readonly dontSay: string;
  readonly why: string;
  readonly whoSays: string;
  readonly prefer: string;
  readonly avoid: string;
  readonly alsoClose: string;
  readonly match: string;
  /** Between items of a list of names. */
  readonly sep: string;
  /** Between groups of a list. */
  readonly semi: string;
  /** Between a name and what is said about it. */
  readonly colon: string;
  /** Before an explanation that follows a name. */
  readonly dash: string;
  /** Opening and closing quotes around a quoted phrase. */
  readonly quote: readonly [string, string];
  noResponses(technique: string): string;
  noMatch(query: string): string;
  readonly closest: string;
  readonly seeList: string;
}

const en: LookupLabels = {
  alsoSaid: 'Also heard as',
  motto: 'Motto',
  answers: 'Answers',
  dontSay: "Don't say this",
  why: 'Why',
  whoSays: 'Who says this',
  prefer: 'prefer',
  avoid: 'avoid',
  alsoClose: 'Also close',
  match: 'match',
  sep: ', ',
  semi: '; ',
  colon: ': ',
  dash: ' — ',
  quote: ['“', '”'],
  noResponses: (t) => `No answer here uses “${t}”.`,
  noMatch: (q) => `Nothing matches “${q}”.`,
  closest: 'Closest',
  seeList: 'See everything with `parry list`.',
};

const zh: LookupLabels = {
  alsoSaid: '也会说',
  motto: '金句',
  answers: '应对话术',
  dontSay: '千万别这么说',
  why: '原因',
  whoSays: '常说这句话的客户',
  prefer: '宜用',
  avoid: '忌用',
  alsoClose: '相近的异议',
  match: '匹配度',
  sep: '、',
  semi: '；',
  colon: '：',
  dash: '——',
  quote: ['“', '”'],
  noResponses: (t) => `这里没有用到“${t}”的话术。`,
  noMatch: (q) => `没有找到与“${q}”匹配的异议。`,
  closest: '最接近的',
  seeList: '用 `parry list` 查看全部异议。',
};

const zhHant: LookupLabels = {
  alsoSaid: '也會說',
  motto: '金句',
  answers: '應對話術',
  dontSay: '千萬別這麼說',
  why: '原因',
  whoSays: '常說這句話的客戶',
  prefer: '宜用',
  avoid: '忌用',
  alsoClose: '相近的異議',
  match: '符合度',
  sep: '、',
  semi: '；',
  colon: '：',
  dash: '——',
  quote: ['「', '」'],
  noResponses: (t) => `這裡沒有用到「${t}」的話術。`,
  noMatch: (q) => `找不到與「${q}」相符的異議。`,
  closest: '最接近的',
  seeList: '用 `parry list` 查看全部異議。',
};

const ru: LookupLabels = {
  alsoSaid: 'Ещё говорят',
  motto: 'Главная мысль',
  answers: 'Как ответить',
  dontSay: 'Так говорить не надо',
  why: 'Почему',
  whoSays: 'Кто так говорит',
  prefer: 'лучше',
  avoid: 'избегайте',
  alsoClose: 'Похожие возражения',
  match: 'совпадение',
  sep: ', ',
  semi: '; ',
  colon: ': ',
  dash: ' — ',
  quote: ['«', '»'],
  noResponses: (t) => `Здесь нет ответов с приёмом «${t}».`,
  noMatch: (q) => `По запросу «${q}» ничего не найдено.`,
  closest: 'Ближе всего',
  seeList: 'Полный список: `parry list`.',
};

const fa: LookupLabels = {
  alsoSaid: 'یا می‌گوید',
  motto: 'جمله‌ی طلایی',
  answers: 'پاسخ‌ها',
  dontSay: 'این را نگویید',
  why: 'چرا',
  whoSays: 'چه مشتری‌هایی این را می‌گویند',
  prefer: 'بهتر است',
  avoid: 'پرهیز کنید',
  alsoClose: 'اعتراض‌های مشابه',
  match: 'تطابق',
  sep: '، ',
  semi: '؛ ',
  colon: ': ',
  dash: ' — ',
  quote: ['«', '»'],
  noResponses: (t) => `اینجا پاسخی با تکنیک «${t}» نیست.`,
  noMatch: (q) => `چیزی مطابق «${q}» پیدا نشد.`,
  closest: 'نزدیک‌ترین‌ها',
  seeList: 'فهرست کامل: `parry list`',
};

const LABELS: Readonly<Record<string, LookupLabels>> = { en, zh, 'zh-hant': zhHant, ru, fa };

export function lookupLabels(lang: string): LookupLabels {
  for (const tag of langChain(lang)) {
    const hit = LABELS[tag.toLowerCase()];
    if (hit) return hit;
  }
  return en;
}
