// Table of answers per core technique and language, written for these tests from the technique
// definitions (spec/techniques.md), not taken from any eval set. `yes`: the technique must be
// found. `no`: it must not be (often a negated or near-miss wording).
export type Table = Record<string, Record<'en' | 'zh' | 'ru' | 'fa', { yes: string[]; no: string[] }>>;

export const TECHNIQUE_CASES: Table = {
  clarify: {
    en: {
      yes: ['Which part would you like to think over?', 'What exactly worries you about the contract?'],
      no: ['Thanks, I will send the brochure tonight.'],
    },
    zh: { yes: ['您主要是担心哪方面呢？', '能具体说说是什么原因吗？'], no: ['好的，我明天把资料发给您。'] },
    ru: { yes: ['А что именно вас смущает?', 'Уточните, пожалуйста, какой вопрос остался открытым?'], no: ['Хорошо, я пришлю каталог завтра.'] },
    fa: { yes: ['دقیقاً کدوم بخش براتون نگران‌کننده است؟', 'چی باعث شده که مردد باشید؟'], no: ['باشه، فردا کاتالوگ رو براتون می‌فرستم.'] },
  },
  isolate: {
    en: {
      yes: ['Apart from the price, is anything else holding you back?', 'If it were not for the budget, would you go ahead?'],
      no: ['The price includes delivery.'],
    },
    zh: { yes: ['除了价格，还有别的顾虑吗？', '除此之外，您对产品还满意吗？'], no: ['价格包含安装费。'] },
    ru: { yes: ['Кроме цены, что-то ещё мешает?', 'Если бы не бюджет, вы бы взяли?'], no: ['В цену входит доставка.'] },
    fa: { yes: ['غیر از قیمت، چیز دیگه‌ای هم هست؟', 'تنها مشکل قیمته یا چیز دیگه‌ای هم هست؟'], no: ['قیمت شامل ارسال هم میشه.'] },
  },
  'direct-question': {
    en: {
      yes: ['Honestly, is it the budget?', 'Is it really about the money, or something else?'],
      no: ['It is a budget-friendly model.'],
    },
    zh: { yes: ['说实话，是不是觉得价格有点高？', '是预算的问题吗？'], no: ['这个预算方案很灵活。'] },
    ru: { yes: ['Может быть, дело в цене?', 'Честно говоря, вопрос в бюджете?'], no: ['Бюджетная модель тоже есть.'] },
    fa: { yes: ['رک بگید، مشکل قیمته؟', 'به خاطر بودجه است؟'], no: ['بودجه‌ی پروژه تصویب شد.'] },
  },
  'ask-for-feedback': {
    en: {
      yes: ['Where did we go wrong? I would really like to learn.', 'What could we have done better for you?'],
      no: ['We did everything right on this project.'],
    },
    zh: { yes: ['我哪里做得不好，请您指点一下。', '您给我们提提意见吧。'], no: ['我们这次做得很好。'] },
    ru: { yes: ['Подскажите, что мы сделали не так?', 'Где мы ошиблись, как вы считаете?'], no: ['Мы всё сделали вовремя.'] },
    fa: { yes: ['کجای کارمون ایراد داشت؟', 'لطفاً راهنماییم کنید، کجا اشتباه کردیم؟'], no: ['کار ما به موقع تحویل شد.'] },
  },
  empathize: {
    en: {
      yes: ["I completely understand, I'd think the same.", "That's a fair concern."],
      no: ["I don't understand why you need it today."],
    },
    zh: { yes: ['我非常理解您的顾虑。', '您说得有道理，这确实是一笔不小的开支。'], no: ['我们的产品质量很好。'] },
    ru: { yes: ['Я вас понимаю, это серьёзное решение.', 'Вы правы, сумма немаленькая.'], no: ['Я не понимаю, что вас не устраивает.'] },
    fa: { yes: ['کاملاً درکتون می‌کنم.', 'حق با شماست، این تصمیم مهمیه.'], no: ['محصول ما کیفیت بالایی داره.'] },
  },
  compliment: {
    en: { yes: ['You clearly know your stuff.', 'You have a great eye for quality.'], no: ['This jacket comes in three colours.'] },
    zh: { yes: ['您真有眼光，这是我们最好的一款。', '您真是行家。'], no: ['这款有三种颜色。'] },
    ru: { yes: ['У вас отличный вкус.', 'Хороший выбор, эта модель надёжная.'], no: ['Эта модель есть в трёх цветах.'] },
    fa: { yes: ['انتخاب خوبی کردید.', 'معلومه که شما کاملاً وارد هستید.'], no: ['این مدل سه رنگ داره.'] },
  },
  'value-over-price': {
    en: { yes: ['You get what you pay for: this one is built to last.', 'It is premium quality and lasts for years.'], no: ['It is the cheapest model we have.'] },
    zh: { yes: ['一分钱一分货，这款质量特别过硬。', '这个经久耐用，能用好几年。'], no: ['这是我们最便宜的一款。'] },
    ru: { yes: ['Это высокое качество, прослужит много лет.', 'Цена полностью оправдана качеством.'], no: ['Это самая простая модель.'] },
    fa: { yes: ['کیفیتش واقعاً بالاست و ارزش پولش رو داره.', 'دوامش خیلی بالاست.'], no: ['این ساده‌ترین مدل ماست.'] },
  },
  compare: {
    en: { yes: ['Compared to hiring a designer, this is a fraction of the cost.', 'It is less expensive than the other brands on the market.'], no: ['Compared to what?'] },
    zh: { yes: ['跟同类产品相比，我们的性价比更高。', '您去商场买，同样的东西要贵一倍。'], no: ['这个颜色很好看。'] },
    ru: { yes: ['По сравнению с конкурентами это выгоднее.', 'В магазине вы заплатите в два раза больше.'], no: ['Этот цвет очень популярен.'] },
    fa: { yes: ['در مقایسه با بقیه، قیمت ما مناسب‌تره.', 'نسبت به بازار، این خیلی ارزون‌تره.'], no: ['این رنگ خیلی قشنگه.'] },
  },
  'break-down': {
    en: { yes: ["Let me break the price down for you.", 'Here is a breakdown of the cost, item by item.'], no: ['The price is final.'] },
    zh: { yes: ['我们把价格拆开来算一算。', '我给您一项一项地讲。'], no: ['价格就是这样。'] },
    ru: { yes: ['Давайте разберём, из чего складывается цена.', 'Распишу стоимость по пунктам.'], no: ['Цена окончательная.'] },
    fa: { yes: ['بذارید قیمت رو جزء به جزء تفکیک کنیم.', 'ریز هزینه‌ها رو براتون می‌گم.'], no: ['قیمت همینه.'] },
  },
  'daily-cost': {
    en: { yes: ["Over three years that's about 40 cents a day.", 'It costs less than a cup of coffee per day.'], no: ['Delivery takes 30 days.'] },
    zh: { yes: ['平均下来每天不到三块钱。', '一天才一块钱。'], no: ['三十天内发货。'] },
    ru: { yes: ['Это всего 30 рублей в день.', 'Выходит меньше, чем чашка кофе.'], no: ['Доставка за 30 дней.'] },
    fa: { yes: ['روزی فقط ۵ هزار تومن میشه.', 'کمتر از یه فنجان قهوه در روز.'], no: ['تحویل ۳۰ روز طول می‌کشه.'] },
  },
  roi: {
    en: { yes: ['It pays for itself within six months.', 'Think of it as an investment: it will cut your costs.'], no: ['The price went up last year.'] },
    zh: { yes: ['这是一笔投资，半年就能回本。', '它能帮您节省大量人力成本。'], no: ['去年价格涨了。'] },
    ru: { yes: ['Оборудование окупится за полгода.', 'Это сократит ваши расходы на персонал.'], no: ['Цены выросли в прошлом году.'] },
    fa: { yes: ['این یک سرمایه‌گذاریه که خیلی زود برمی‌گرده.', 'هزینه‌هاتون رو کاهش میده.'], no: ['قیمت‌ها پارسال بیشتر شد.'] },
  },
  'service-value': {
    en: { yes: ['With us you get a five-year warranty and free installation.', 'Our support team is available 24/7.'], no: ['We sell only online.'] },
    zh: { yes: ['我们有完善的售后，还免费上门安装。', '质保三年，终身维修。'], no: ['我们只在网上卖。'] },
    ru: { yes: ['У нас бесплатная доставка и установка.', 'Техническая поддержка круглосуточно.'], no: ['Мы продаём только онлайн.'] },
    fa: { yes: ['گارانتی دو ساله و خدمات پس از فروش داریم.', 'ارسال رایگان و نصب در محل.'], no: ['ما فقط آنلاین می‌فروشیم.'] },
  },
  'cost-of-inaction': {
    en: { yes: ['Every month you wait, the leak keeps costing you money.', "The problem won't go away on its own."], no: ['We can start next month.'] },
    zh: { yes: ['再拖下去，损失会越来越大。', '越拖越麻烦。'], no: ['我们下个月可以开始。'] },
    ru: { yes: ['Каждый месяц без решения вы теряете клиентов.', 'Проблема сама не решится.'], no: ['Мы можем начать в следующем месяце.'] },
    fa: { yes: ['هر روز تاخیر یعنی ضرر بیشتر.', 'مشتری‌ها رو از دست میدید.'], no: ['ماه بعد می‌تونیم شروع کنیم.'] },
  },
  reframe: {
    en: { yes: ["That's exactly why you need it: you're busy.", 'Precisely because your team is small, automation matters.'], no: ['Your team is small.'] },
    zh: { yes: ['正是因为您忙，才更需要这个。', '正因为预算紧张，所以更应该选耐用的。'], no: ['您很忙。'] },
    ru: { yes: ['Именно поэтому вам и стоит попробовать.', 'Как раз поэтому это вам и нужно.'], no: ['Вы очень заняты.'] },
    fa: { yes: ['دقیقاً به همین دلیل به این سیستم نیاز دارید.', 'اتفاقاً برای همین باید زودتر شروع کنید.'], no: ['شما خیلی سرتون شلوغه.'] },
  },
  minimize: {
    en: { yes: ["The downturn won't really affect your project.", "It's only a tiny fraction of your budget."], no: ['The market is down this year.'] },
    zh: { yes: ['经济形势对您个人影响不大。', '这点钱对企业来说是九牛一毛。'], no: ['今年市场不好。'] },
    ru: { yes: ['На вас лично кризис никак не повлияет.', 'Это не так страшно, как кажется.'], no: ['Рынок сейчас падает.'] },
    fa: { yes: ['این موضوع تاثیری روی کار شما نداره.', 'اونقدر هم بزرگ نیست.'], no: ['بازار امسال خوب نیست.'] },
  },
  'social-proof': {
    en: { yes: ['Many of our customers felt the same at first.', 'Here is a case study from a company like yours.'], no: ['I am the only one in the office today.'] },
    zh: { yes: ['很多客户一开始也这么想。', '之前有一位客户和您情况一样。'], no: ['今天只有我一个人在店里。'] },
    ru: { yes: ['Многие наши клиенты сначала сомневались.', 'Эта модель — хит продаж.'], no: ['Сегодня в офисе только я.'] },
    fa: { yes: ['اکثر مشتری‌های ما اول همین نظر رو داشتن.', 'این مدل پرفروش‌ترین محصول ماست.'], no: ['امروز فقط من توی دفترم.'] },
  },
  guarantee: {
    en: { yes: ['There is a 30-day money-back guarantee.', 'Try it for free for two weeks.'], no: ['Payment is due on delivery.'] },
    zh: { yes: ['不满意可以全额退款。', '您可以先免费试用一周。'], no: ['货到付款。'] },
    ru: { yes: ['Если не понравится, вернём деньги.', 'Есть бесплатный пробный период.'], no: ['Оплата при получении.'] },
    fa: { yes: ['ضمانت بازگشت وجه داریم.', 'یه دوره آزمایشی رایگان دارید.'], no: ['پرداخت موقع تحویله.'] },
  },
  'alternative-offer': {
    en: { yes: ['What if we start with the basic package instead?', 'I could show you a lighter model that fits the budget.'], no: ["I can't offer any discount."] },
    zh: { yes: ['要不给您推荐一款更实惠的型号？', '我们可以先从基础版开始。'], no: ['我们不能打折。'] },
    ru: { yes: ['Могу предложить более простую модель.', 'Есть облегчённый вариант без монтажа.'], no: ['Скидку я дать не могу.'] },
    fa: { yes: ['یه مدل اقتصادی‌تر هم داریم.', 'می‌تونیم یه بسته پایه رو شروع کنیم.'], no: ['تخفیف نمی‌تونم بدم.'] },
  },
  'payment-terms': {
    en: { yes: ['You can pay in three monthly instalments.', 'We offer a payment plan with no interest.'], no: ['The price is 500 dollars.'] },
    zh: { yes: ['可以分期付款，免息。', '先付定金就行。'], no: ['价格是五百块。'] },
    ru: { yes: ['Можно оформить рассрочку без переплаты.', 'Оплатить можно частями.'], no: ['Цена пятьсот рублей.'] },
    fa: { yes: ['می‌تونید قسطی پرداخت کنید.', 'شرایط پرداخت رو راحت می‌کنیم.'], no: ['قیمت پانصد هزار تومنه.'] },
  },
  'add-value': {
    en: { yes: ["I'll throw in a free case if you take it today.", 'We can add an extra month at no cost.'], no: ['The case is sold separately.'] },
    zh: { yes: ['我再送您一个小礼品。', '额外送您一年保养。'], no: ['配件需要另外购买。'] },
    ru: { yes: ['Чехол дадим в подарок.', 'Добавлю бесплатную настройку.'], no: ['Чехол продаётся отдельно.'] },
    fa: { yes: ['یه کیف هم هدیه میدیم.', 'به عنوان هدیه یه سرویس رایگان می‌گیرید.'], no: ['کیف جدا فروخته میشه.'] },
  },
  'trade-concession': {
    en: { yes: ['I can take 5% off if you sign today.', 'In exchange for a two-year contract, I can lower the fee.'], no: ['The fee is the same for everyone.'] },
    zh: { yes: ['如果您今天就定，我可以再优惠一点。', '您帮我介绍两个客户，我就送您一次保养。'], no: ['价格对所有人都一样。'] },
    ru: { yes: ['Если оформите сегодня, сделаю скидку.', 'В обмен на отзыв дадим бесплатную доставку.'], no: ['Цена для всех одинаковая.'] },
    fa: { yes: ['اگه امروز قرارداد رو ببندیم، یه تخفیف کوچیک میدم.', 'در ازای معرفی دوستاتون، یه امتیاز ویژه می‌گیرید.'], no: ['قیمت برای همه یکیه.'] },
  },
  'hold-price': {
    en: { yes: ['The price is fair for what you get, and we don\'t discount.', "We're not going to go any lower on this one."], no: ['We can lower it a little.'] },
    zh: { yes: ['这个价格已经很实在了。', '我们是明码标价，不讲价的。'], no: ['我们可以再便宜一点。'] },
    ru: { yes: ['Цена честная, мы не торгуемся.', 'Это и так хорошая цена.'], no: ['Можем немного снизить цену.'] },
    fa: { yes: ['قیمت ما کاملاً منصفانه‌ست.', 'قیمت‌ها مقطوعه.'], no: ['می‌تونیم یه کم کمش کنیم.'] },
  },
  'exact-figures': {
    en: { yes: ['I can do 7% off, not more.', 'I can bring it down to $950.'], no: ['The price is negotiable.'] },
    zh: { yes: ['最多给您打九折。', '给您便宜200块。'], no: ['价格可以商量。'] },
    ru: { yes: ['Могу дать скидку 7 процентов.', 'Уступлю 500 рублей.'], no: ['Цена обсуждается.'] },
    fa: { yes: ['۷ درصد تخفیف میدم.', 'قیمت نهایی ۹۵۰ هزار تومنه.'], no: ['قیمت قابل مذاکره است.'] },
  },
  'walk-away': {
    en: { yes: ["I'm afraid I'll have to pass on this one.", "Then I think we're done here."], no: ["Let's continue tomorrow."] },
    zh: { yes: ['这个价格我们没法合作，那就算了。', '您可以去别家看看。'], no: ['我们明天继续谈。'] },
    ru: { yes: ['Тогда нам с вами не по пути.', 'Вынужден отказаться от этого заказа.'], no: ['Продолжим завтра.'] },
    fa: { yes: ['با این شرایط همکاری نمی‌کنیم.', 'بهتره از یه فروشنده دیگه بخرید.'], no: ['فردا ادامه میدیم.'] },
  },
  'assume-close': {
    en: { yes: ['Shall I fill in the order form for you?', 'What day should we deliver it?'], no: ['Do you have any questions?'] },
    zh: { yes: ['我先帮您开单吧。', '您看什么时候给您送货？'], no: ['您还有什么问题吗？'] },
    ru: { yes: ['Давайте я оформлю договор.', 'Куда вам доставить?'], no: ['У вас есть вопросы?'] },
    fa: { yes: ['فاکتورتون رو آماده کنم؟', 'کی براتون ارسال کنیم؟'], no: ['سوالی دارید؟'] },
  },
  'either-or': {
    en: { yes: ['Would you prefer the blue one or the green one?', 'Does Tuesday or Thursday work better?'], no: ['Do you want it?'] },
    zh: { yes: ['您是要蓝色的还是绿色的？', '哪一天比较方便？'], no: ['您要吗？'] },
    ru: { yes: ['Вам удобнее утром или вечером?', 'Какая модель вам больше нравится?'], no: ['Вы будете брать?'] },
    fa: { yes: ['کدوم رو ترجیح میدید؟', 'امروز یا فردا؟'], no: ['می‌خرید؟'] },
  },
  'direct-close': {
    en: { yes: ['Shall we go ahead and sign?', 'Are you ready to move forward?'], no: ['Let me know if you have questions.'] },
    zh: { yes: ['那咱今天就这么定了吧？', '我们签合同吧。'], no: ['有问题随时找我。'] },
    ru: { yes: ['Предлагаю оформить договор сегодня.', 'Тогда переходим к оплате?'], no: ['Звоните, если будут вопросы.'] },
    fa: { yes: ['قرارداد رو ببندیم؟', 'آماده‌اید که خرید رو نهایی کنیم؟'], no: ['اگه سوالی بود زنگ بزنید.'] },
  },
  urgency: {
    en: { yes: ['The offer ends on Friday.', 'Only 3 units left at this price.'], no: ['Take your time, there is no rush.'] },
    zh: { yes: ['活动只到这周末。', '只剩最后两套了。'], no: ['您慢慢考虑，不着急。'] },
    ru: { yes: ['Акция действует до пятницы.', 'Осталось всего две штуки.'], no: ['Не торопитесь, подумайте.'] },
    fa: { yes: ['تا آخر هفته فرصت دارید.', 'قیمت‌ها ماه بعد بالا میره.'], no: ['عجله نکنید، فکر کنید.'] },
  },
  'benefit-summary': {
    en: { yes: ['So to recap: faster onboarding, lower costs and a dedicated team.', "Based on what you've told me, this covers all three needs."], no: ['Tell me about your needs.'] },
    zh: { yes: ['总结一下，您需要的三点我们都能做到。', '这样一来，您既省时间又省钱。'], no: ['说说您的需求吧。'] },
    ru: { yes: ['Подведём итог: быстрее, дешевле и с гарантией.', 'Как вы сказали, вам важна скорость — она у нас есть.'], no: ['Расскажите о своих задачах.'] },
    fa: { yes: ['خلاصه کنم: سریع‌تر، ارزون‌تر و با گارانتی.', 'همونطور که گفتید، سرعت براتون مهمه.'], no: ['از نیازهاتون بگید.'] },
  },
  reschedule: {
    en: { yes: ['May I call you back tomorrow at 10?', "Let's schedule a call for next week."], no: ['Thanks for your time.'] },
    zh: { yes: ['我晚上8点给您打电话可以吗？', '您什么时候方便再聊？'], no: ['谢谢您的时间。'] },
    ru: { yes: ['Я перезвоню вам завтра утром.', 'Когда вам будет удобно созвониться?'], no: ['Спасибо за уделённое время.'] },
    fa: { yes: ['فردا دوباره تماس بگیرم؟', 'کی براتون بهتره صحبت کنیم؟'], no: ['ممنون از وقتتون.'] },
  },
  'next-step': {
    en: { yes: ["Let's book a demo for your team.", "I'll send you a proposal and follow up on Monday."], no: ['That is all for today.'] },
    zh: { yes: ['我们约个时间面谈吧。', '下一步我把方案整理好发给您。'], no: ['今天就到这里。'] },
    ru: { yes: ['Следующий шаг — встреча с вашей командой.', 'Подготовлю вам коммерческое предложение.'], no: ['На сегодня всё.'] },
    fa: { yes: ['قدم بعدی یه جلسه با تیمتونه.', 'یه پیشنهاد کامل آماده می‌کنم.'], no: ['برای امروز کافیه.'] },
  },
  'decision-maker': {
    en: { yes: ['Who else is involved in the decision?', 'Would it help to bring your partner along?'], no: ['I decided to call you.'] },
    zh: { yes: ['这件事最后是谁拍板？', '要不带您爱人一起来看看？'], no: ['我决定给您打电话。'] },
    ru: { yes: ['Кто ещё принимает решение?', 'Давайте пригласим вашего руководителя.'], no: ['Я решил вам позвонить.'] },
    fa: { yes: ['تصمیم‌گیرنده نهایی چه کسیه؟', 'با همسرتون تشریف بیارید.'], no: ['تصمیم گرفتم بهتون زنگ بزنم.'] },
  },
  'badmouth-competitor': {
    en: { yes: ["Their stuff is junk, it falls apart in a month.", 'Those are cheap knock-offs.'], no: ['They make good products too.'] },
    zh: { yes: ['别家的东西质量太差了。', '那些都是山寨货。'], no: ['别家的也不错。'] },
    ru: { yes: ['У конкурентов сплошной брак.', 'Там продают подделки.'], no: ['У конкурентов тоже хорошие товары.'] },
    fa: { yes: ['جنس رقبا همه‌ش بنجله.', 'اونا جنس تقلبی می‌فروشن.'], no: ['رقبا هم محصولات خوبی دارن.'] },
  },
  'false-floor': {
    en: { yes: ["This is the lowest price possible, I'm not making a dime.", "Honestly, I'm selling at cost."], no: ['The price includes tax.'] },
    zh: { yes: ['这已经是最低价了。', '我这是亏本卖给您。'], no: ['价格含税。'] },
    ru: { yes: ['Это самая низкая цена, ниже некуда.', 'Продаю себе в убыток.'], no: ['Цена с учётом налога.'] },
    fa: { yes: ['این آخرین قیمته.', 'دارم ضرر می‌کنم به خدا.'], no: ['قیمت با مالیاته.'] },
  },
  pressure: {
    en: { yes: ["Come on, what are you waiting for?", "Don't you trust yourself to make a decision?"], no: ["I won't push you, take your time."] },
    zh: { yes: ['别再犹豫了，现在不买会后悔的。', '难道连自己都不相信吗？'], no: ['您慢慢考虑。'] },
    ru: { yes: ['Вы что, мне не доверяете?', 'Потом пожалеете.'], no: ['Я не буду давить, решайте сами.'] },
    fa: { yes: ['به خودتون اعتماد ندارید؟', 'بعداً پشیمون میشید.'], no: ['هر وقت خواستید تصمیم بگیرید.'] },
  },
  'price-range': {
    en: { yes: ['I can do somewhere between 15 and 20 percent.', 'Maybe 10 to 15% off.'], no: ['I can do 15% off.'] },
    zh: { yes: ['能给您打八到九折。', '优惠5%到10%吧。'], no: ['给您打九折。'] },
    ru: { yes: ['Скидка от 10 до 15 процентов.', 'Могу дать 5-10%.'], no: ['Скидка 10 процентов.'] },
    fa: { yes: ['بین ۱۰ تا ۱۵ درصد تخفیف میشه.', '۵ تا ۱۰ درصد کم می‌کنم.'], no: ['۱۰ درصد تخفیف میدم.'] },
  },
  argue: {
    en: { yes: ["You're wrong, it is not expensive at all.", "That's not true, and you know it."], no: ['You are right to ask.'] },
    zh: { yes: ['这一点都不贵！', '你根本不懂什么是好东西。'], no: ['您说得对。'] },
    ru: { yes: ['Вы ошибаетесь, это не дорого.', 'Это неправда.'], no: ['Вы правы.'] },
    fa: { yes: ['اشتباه می‌کنید، گرون نیست.', 'این حرف درست نیست.'], no: ['حق با شماست.'] },
  },
  kickback: {
    en: { yes: ['There could be a little something for you personally.', 'We can arrange a kickback for your purchasing manager.'], no: ['We pay our partners a referral fee on invoice.'] },
    zh: { yes: ['我们可以给您一些回扣。', '私下给您个红包。'], no: ['发票上写清楚了。'] },
    ru: { yes: ['Откат вам гарантирую.', 'Будет вознаграждение лично вам.'], no: ['Всё по официальному договору.'] },
    fa: { yes: ['یه پورسانت شخصی هم براتون در نظر می‌گیریم.', 'زیرمیزی هم هست.'], no: ['همه چیز طبق قرارداده.'] },
  },
};
