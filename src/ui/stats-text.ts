// The words of `parry stats` and `parry reset` in each interface language. Pure.
// Numbers go through Intl (Persian digits in Persian), plurals through Intl.PluralRules (Russian).
import { langChain } from '../playbook/localize.ts';
import type { LogProblem, LogProblemKind } from '../progress/parse-log.ts';

export interface StatsText {
  readonly lang: string;
  num(n: number): string;
  percent(share: number): string;
  title(attempts: number, objections: number): string;
  empty: string;
  streak(current: number, longest: number): string;
  keepStreak: string;
  due(now: number, today: number, week: number): string;
  masteryHeading: string;
  masteryDetail(shown: number, of: number): string;
  noTechniques: string;
  accuracyHeading(days: number): string;
  accuracyAverage(mean: number | null): string;
  leechHeading(fails: number): string;
  leechDetail(fails: number, attempts: number): string;
  missingHeading: string;
  missingDetail(attempts: number): string;
  problem(problem: LogProblem, file: string): string;
  resetQuestion(attempts: number): string;
  resetDone(backup: string): string;
  resetNothing: string;
  resetKept: string;
  yes: string;
  no: string;
}

/** Why a line of the log was skipped, in one language: a phrase per kind of problem. */
type ProblemReasons = Readonly<Record<Exclude<LogProblemKind, 'invalid'>, string>> & { invalid(field: string): string };

function reason(p: LogProblem, reasons: ProblemReasons): string {
  return p.kind === 'invalid' ? reasons.invalid(p.field ?? '?') : reasons[p.kind];
}

const numberFormat = (lang: string) => new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
const percentFormat = (lang: string) => new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 });

function en(): StatsText {
  const nf = numberFormat('en');
  const n = (x: number) => nf.format(x);
  const plural = (x: number, one: string, many: string) => `${n(x)} ${x === 1 ? one : many}`;
  const pf = percentFormat('en');
  return {
    lang: 'en',
    num: n,
    percent: (s) => pf.format(s),
    title: (a, o) => `Progress: ${plural(a, 'attempt', 'attempts')} on ${plural(o, 'objection', 'objections')}`,
    empty: 'No practice recorded yet. Start with: parry practice',
    streak: (c, l) => `Streak: ${plural(c, 'day', 'days')} in a row (longest ${n(l)})`,
    keepStreak: 'not practised yet today: one answer keeps the streak going',
    due: (a, b, c) => `Due for review: ${n(a)} now · ${n(b)} today · ${n(c)} this week`,
    masteryHeading: 'Mastery by technique (weakest first)',
    masteryDetail: (s, o) => `used in ${n(s)} of the last ${n(o)}`,
    noTechniques: 'no technique practised yet',
    accuracyHeading: (d) => `Average score, last ${n(d)} days`,
    accuracyAverage: (m) => (m === null ? 'no practice in this period' : `average ${n(m)}`),
    leechHeading: (f) => `Leeches: failed ${n(f)} times or more`,
    leechDetail: (f, a) => `failed ${n(f)} of ${plural(a, 'time', 'times')}`,
    missingHeading: 'No longer in any loaded playbook (history kept)',
    missingDetail: (a) => plural(a, 'attempt', 'attempts'),
    problem: (p, file) =>
      `warning: ${file}:${p.line}: ${reason(p, {
        torn: 'the last line is incomplete (a write was cut short)',
        corrupt: 'not valid JSON',
        'newer-version': 'written by a newer version of Parry',
        invalid: (field) => `not an attempt (field "${field}")`,
      })}; skipped, the line stays in the file`,
    resetQuestion: (a) => `Clear all progress (${plural(a, 'attempt', 'attempts')})? A backup of the log is kept.`,
    resetDone: (b) => `Progress cleared. The old log is kept at ${b}`,
    resetNothing: 'Nothing to reset: no practice recorded yet.',
    resetKept: 'Nothing changed.',
    yes: 'yes',
    no: 'no',
  };
}

function zh(traditional: boolean): StatsText {
  const lang = traditional ? 'zh-Hant' : 'zh';
  const t = (s: string, h: string) => (traditional ? h : s);
  const nf = numberFormat(lang);
  const n = (x: number) => nf.format(x);
  const pf = percentFormat(lang);
  return {
    lang,
    num: n,
    percent: (s) => pf.format(s),
    title: (a, o) => t(`学习进度：共练习 ${n(a)} 次，涉及 ${n(o)} 个异议`, `學習進度：共練習 ${n(a)} 次，涉及 ${n(o)} 個異議`),
    empty: t('还没有练习记录。先运行：parry practice', '還沒有練習紀錄。先執行：parry practice'),
    streak: (c, l) => t(`连续练习：${n(c)} 天（最长 ${n(l)} 天）`, `連續練習：${n(c)} 天（最長 ${n(l)} 天）`),
    keepStreak: t('今天还没练习：答一题就能保持连续', '今天還沒練習：答一題就能保持連續'),
    due: (a, b, c) =>
      t(`待复习：现在 ${n(a)} 个 · 今天 ${n(b)} 个 · 本周 ${n(c)} 个`, `待複習：現在 ${n(a)} 個 · 今天 ${n(b)} 個 · 本週 ${n(c)} 個`),
    masteryHeading: t('各技巧掌握程度（由弱到强）', '各技巧掌握程度（由弱到強）'),
    masteryDetail: (s, o) => t(`最近 ${n(o)} 次用到 ${n(s)} 次`, `最近 ${n(o)} 次用到 ${n(s)} 次`),
    noTechniques: t('还没有练过任何技巧', '還沒有練過任何技巧'),
    accuracyHeading: (d) => t(`近 ${n(d)} 天平均得分`, `近 ${n(d)} 天平均得分`),
    accuracyAverage: (m) => (m === null ? t('这段时间没有练习', '這段時間沒有練習') : t(`平均 ${n(m)} 分`, `平均 ${n(m)} 分`)),
    leechHeading: (f) => t(`难点：答错 ${n(f)} 次及以上`, `難點：答錯 ${n(f)} 次以上`),
    leechDetail: (f, a) => t(`练习 ${n(a)} 次，答错 ${n(f)} 次`, `練習 ${n(a)} 次，答錯 ${n(f)} 次`),
    missingHeading: t('已不在任何已加载的话术库中（记录仍保留）', '已不在任何已載入的話術庫中（紀錄仍保留）'),
    missingDetail: (a) => t(`练习过 ${n(a)} 次`, `練習過 ${n(a)} 次`),
    problem: (p, file) =>
      `${t('警告', '警告')}：${file}:${p.line}：${reason(p, {
        torn: t('最后一行不完整（写入被中断）', '最後一行不完整（寫入被中斷）'),
        corrupt: t('不是有效的 JSON', '不是有效的 JSON'),
        'newer-version': t('由更新版本的 Parry 写入', '由更新版本的 Parry 寫入'),
        invalid: (field) => t(`不是练习记录（字段 "${field}"）`, `不是練習紀錄（欄位 "${field}"）`),
      })}${t('；已跳过，该行仍保留在文件中', '；已略過，該行仍保留在檔案中')}`,
    resetQuestion: (a) =>
      t(`清除全部进度（${n(a)} 次练习）？日志会先备份。`, `清除全部進度（${n(a)} 次練習）？日誌會先備份。`),
    resetDone: (b) => t(`进度已清除。原日志保存在 ${b}`, `進度已清除。原日誌保存在 ${b}`),
    resetNothing: t('没有可清除的内容：还没有练习记录。', '沒有可清除的內容：還沒有練習紀錄。'),
    resetKept: t('未做任何更改。', '未做任何更改。'),
    yes: t('是', '是'),
    no: t('否', '否'),
  };
}

function ru(): StatsText {
  const nf = numberFormat('ru');
  const n = (x: number) => nf.format(x);
  const rules = new Intl.PluralRules('ru');
  // one: 1, 21 …; few: 2–4, 22–24 …; many: 5–20, 25 …; other: fractions.
  const plural = (x: number, one: string, few: string, many: string) => {
    const form = rules.select(x);
    return `${n(x)} ${form === 'one' ? one : form === 'few' ? few : form === 'many' ? many : few}`;
  };
  const pf = percentFormat('ru');
  return {
    lang: 'ru',
    num: n,
    percent: (s) => pf.format(s),
    title: (a, o) =>
      `Прогресс: ${plural(a, 'попытка', 'попытки', 'попыток')}, ${plural(o, 'возражение', 'возражения', 'возражений')}`,
    empty: 'Пока нет ни одной попытки. Начните с команды: parry practice',
    streak: (c, l) => `Серия: ${plural(c, 'день', 'дня', 'дней')} подряд (рекорд — ${n(l)})`,
    keepStreak: 'сегодня ещё не занимались: одного ответа хватит, чтобы не прервать серию',
    due: (a, b, c) => `К повторению: сейчас ${n(a)} · сегодня ${n(b)} · на этой неделе ${n(c)}`,
    masteryHeading: 'Владение техниками (сначала самые слабые)',
    masteryDetail: (s, o) => `использована в ${n(s)} из ${n(o)} последних ответов`,
    noTechniques: 'ни одна техника ещё не отработана',
    accuracyHeading: (d) => `Средний балл за последние ${plural(d, 'день', 'дня', 'дней')}`,
    accuracyAverage: (m) => (m === null ? 'за этот период занятий не было' : `в среднем ${n(m)}`),
    leechHeading: (f) => `Трудные возражения: провалены ${plural(f, 'раз', 'раза', 'раз')} и больше`,
    leechDetail: (f, a) => `провалено ${n(f)} из ${n(a)}`,
    missingHeading: 'Больше нет ни в одном загруженном плейбуке (история сохранена)',
    missingDetail: (a) => plural(a, 'попытка', 'попытки', 'попыток'),
    problem: (p, file) =>
      `предупреждение: ${file}:${p.line}: ${reason(p, {
        torn: 'последняя строка не дописана (запись оборвалась)',
        corrupt: 'это не JSON',
        'newer-version': 'записано более новой версией Parry',
        invalid: (field) => `это не попытка (поле "${field}")`,
      })}; строка пропущена и осталась в файле`,
    resetQuestion: (a) => `Стереть весь прогресс (${plural(a, 'попытка', 'попытки', 'попыток')})? Резервная копия журнала сохранится.`,
    resetDone: (b) => `Прогресс сброшен. Старый журнал сохранён в ${b}`,
    resetNothing: 'Сбрасывать нечего: попыток пока нет.',
    resetKept: 'Ничего не изменено.',
    yes: 'да',
    no: 'нет',
  };
}

function fa(): StatsText {
  const nf = numberFormat('fa');
  const n = (x: number) => nf.format(x);
  const pf = percentFormat('fa');
  return {
    lang: 'fa',
    num: n,
    percent: (s) => pf.format(s),
    title: (a, o) => `پیشرفت: ${n(a)} تلاش روی ${n(o)} اعتراض`,
    empty: 'هنوز هیچ تمرینی ثبت نشده است. با این فرمان شروع کنید: parry practice',
    streak: (c, l) => `پیوستگی: ${n(c)} روز پشت سر هم (بیشترین: ${n(l)} روز)`,
    keepStreak: 'امروز هنوز تمرین نکرده‌اید: با یک پاسخ، پیوستگی حفظ می‌شود',
    due: (a, b, c) => `برای مرور: الان ${n(a)} · امروز ${n(b)} · این هفته ${n(c)}`,
    masteryHeading: 'تسلط بر هر تکنیک (ضعیف‌ترین اول)',
    masteryDetail: (s, o) => `در ${n(s)} پاسخ از ${n(o)} پاسخ اخیر`,
    noTechniques: 'هنوز هیچ تکنیکی تمرین نشده است',
    accuracyHeading: (d) => `میانگین امتیاز در ${n(d)} روز گذشته`,
    accuracyAverage: (m) => (m === null ? 'در این مدت تمرینی نبوده است' : `میانگین ${n(m)}`),
    leechHeading: (f) => `اعتراض‌های دشوار: ${n(f)} بار یا بیشتر ناموفق`,
    leechDetail: (f, a) => `${n(f)} بار ناموفق از ${n(a)} بار`,
    missingHeading: 'دیگر در هیچ پلی‌بوک بارشده‌ای نیست (سابقه حفظ شده است)',
    missingDetail: (a) => `${n(a)} تلاش`,
    problem: (p, file) =>
      `هشدار: ${file}:${p.line}: ${reason(p, {
        torn: 'خط آخر ناقص است (نوشتن نیمه‌کاره ماند)',
        corrupt: 'JSON معتبر نیست',
        'newer-version': 'با نسخهٔ جدیدتری از Parry نوشته شده است',
        invalid: (field) => `یک تلاش نیست (فیلد "${field}")`,
      })}؛ از آن گذشتیم و خط در فایل می‌ماند`,
    resetQuestion: (a) => `همهٔ پیشرفت (${n(a)} تلاش) پاک شود؟ یک نسخهٔ پشتیبان از گزارش نگه داشته می‌شود.`,
    resetDone: (b) => `پیشرفت پاک شد. گزارش قبلی در این مسیر نگه داشته شد: ${b}`,
    resetNothing: 'چیزی برای پاک کردن نیست: هنوز تمرینی ثبت نشده است.',
    resetKept: 'هیچ تغییری داده نشد.',
    yes: 'بله',
    no: 'خیر',
  };
}

/** The text for an interface language: the first of en, zh, zh-Hant, ru, fa on its fallback chain. */
export function statsText(tag: string): StatsText {
  for (const candidate of langChain(tag)) {
    const c = candidate.toLowerCase();
    if (c === 'zh-hant') return zh(true);
    if (c === 'zh' || c === 'zh-hans') return zh(false);
    if (c === 'ru') return ru();
    if (c === 'fa') return fa();
    if (c === 'en') return en();
  }
  return en();
}
