// Bytes → text. Playbooks must be UTF-8; when a file is not, say which encoding it most
// likely is, so the author knows what to convert from. Pure: takes bytes, returns a value.

export type Decoded =
  | { readonly ok: true; readonly text: string }
  | {
      readonly ok: false;
      readonly code: 'binary-file' | 'not-utf8';
      readonly message: string;
      /** 1-based position of the first byte that shows the problem. */
      readonly line: number;
      readonly column: number;
    };

/** What an encoding is called when we tell the user, and what its text looks like. */
interface Candidate {
  readonly label: string; // WHATWG label for TextDecoder
  readonly name: string; // how we name it (iconv spelling)
  readonly language: string;
  /** 0…1: how much the decoded non-ASCII text looks like real text of this encoding's language. */
  score(decoded: string): number;
}

const MAGIC: readonly [string, number[]][] = [
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['a ZIP archive (or an Office document)', [0x50, 0x4b, 0x03, 0x04]],
  ['a gzip archive', [0x1f, 0x8b]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['an executable', [0x7f, 0x45, 0x4c, 0x46]],
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/** Frequent Chinese characters (simplified and traditional forms): real text is full of them, mis-decoded bytes are not. */
const COMMON_HAN = new Set(
  '的一是不了在人有我他这這个個们們中来來上大为為和国國地到以说說时時要就出会會可也你对對生能而子那得于於着著下自之年过過发發后後作里裡用道行所然家种種事成方多经經么麼去法学學如都同现現当當没沒动動面起看定天分还還进進好小部其些主样樣理心她本前开開但因只从從想实實日者意无無力它与與长長把机機十民第公此已工使情明性知全三又关關点點正业業外将將两兩高间間由问問很最重并並物手应應战戰向头頭文体體政美相见見被利什二等产產或新己制身果加西月话話合回特代内信表化老给給世位次度门門任常先海通教儿兒原东東声聲提立及比员員解水名真论論处處走义義各入几幾口认認条條平系气氣题題活更别別打女变變四神总總何电電数數安少报報才结結反受目太量再感建务務做接必场場件计計管期市直德资資命山金指许許统統区區保至队隊形社便空决決治展马馬科司五基眼书書非则則听聽白却卻界达達光放强強即像难難且权權思王象完设設式色路记記南品住告类類求据據程北边邊死张張该該交规規万萬取拉格望觉覺术術领領共确確传傳师師观觀清今切院让讓识識候带帶导導争爭运運笑飞飛风風步改收根干造言联聯持组組每济濟车車亲親极極林服快办辦议議往元英士证證近失转轉夫令准布始怎呢存未远遠叫台单單影具罗羅字爱愛击擊流备備兵连連调調深商算质質团團集百需价價花党黨华華城石级級整府离離况況亚亞请請技际際约約示复復病息究线線似官火断斷精满滿支视視消越器容照须須九增研写寫称稱企八功吗嗎包片史委乎查轻輕易早曾除农農找装裝广廣显顯吧阿李标標谈談吃图圖念六引历歷首医醫局突专專费費号號尽盡另周较較注语語仅僅考落青随隨选選列武红紅响響虽雖推势勢参參希古众眾构構房半节節土投某案黑维維革划劃敌敵致陈陳律足态態护護七兴興派孩验驗责責营營星够夠章音跟志底站严嚴巴例防族供效续續施留讲講型料终終答紧緊黄黃绝絕奇察母京段依批群项項故按河米围圍江织織害斗双雙境客纪紀采举舉杀殺攻父苏蘇密低朝友诉訴止细細愿千值仍男钱錢破网網热熱助倒育属屬坐帝限船脸臉职職速刻乐樂否刚剛威毛状狀率甚独獨球般普怕弹彈校苦创創假久错錯承印晚兰蘭试試股拿脑腦预預谁誰益阳陽若哪微尼继繼送急血惊驚伤傷素药藥适適波夜省初喜卫衛源食险險待述陆陸习習置居劳勞财財环環排福纳納欢歡雷警获獲模充负負云停木游龙龍树樹疑层層冷洲冲衝射略范竟句室异異激汉漢村哈策演简簡卡罪判担擔州静靜退既衣您宗积積余痛检檢差富灵靈协協角占配征修皮挥揮胜勝降阶階审審沉坚堅善妈媽刘劉读讀啊超免压壓银銀买買皇养養伊怀懷执執副乱亂抗犯追帮幫宣佛岁歲航优優怪香著田铁鐵控税稅左右份穿艺藝背阵陣草脚腳概恶惡块塊顿頓敢守酒岛島托央户戶烈洋哥索胡款靠评評版宝寶座释釋景顾顧弟登货貨互付伯慢欧歐换換闻聞危忙核暗姐介坏壞讨討丽麗良序升监監临臨亮露永呼味野架域沙掉括舰艦鱼魚杂雜误誤湾灣吉减減编編楚肯测測败敗屋跑梦夢散温溫困剑劍渐漸封救贵貴枪槍缺楼樓县縣尚毫移娘朋画畫班智亦耳恩短掌恐遗遺固席松秘谢謝鲁魯遇康虑慮幸均销銷钟鐘诗詩藏赶趕剧劇票损損忽巨炮旧舊端探湖录錄叶葉春乡鄉附吸予礼禮港雨呀板庭妇婦归歸睛饭飯额額含顺順输輸摇搖招婚脱脫补補谓謂督毒油疗療旅泽澤材灭滅逐莫笔筆亡鲜鮮词詞圣聖择擇寻尋厂廠睡博勒烟煙授诺諾伦倫岸奥奧唐卖賣俄炸载載洛健堂旁宫宮喝借君禁阴陰园園谋謀宋避抓荣榮姑孙孫逃牙束跳顶頂玉镇鎮雪午练練迫爷爺篇肉嘴馆館遍凡础礎洞卷坦牛宁寧纸紙诸諸训訓私庄莊祖丝絲翻暴森塔默握戏戲隐隱熟骨访訪弱蒙歌店鬼软軟典欲萨薩伙遭盘盤爸扩擴盖蓋弄雄稳穩忘亿億刺拥擁徒姆杨楊齐齊赛賽趣曲刀床迎冰虚虛玩析窗醒妻透购購替塞努休虎扬揚途侵刑绿綠兄迅套贸貿毕畢唯谷轮輪库庫迹跡尤竞競街促延震弃棄甲伟偉麻川申缓緩潜潛闪閃售灯燈针針哲络絡抵朱埃抱鼓植纯純夏忍页頁杰筑折郑鄭贝貝尊吴吳秀混臣雅振染盛怒舞圆圓搞狂措姓残殘秋培迷诚誠宽寬宇猛摆擺梅毁毀伸摩盟末乃悲拍丁赵趙侧側销售銷售客户戶价格價格贵貴便宜',
);

const isHan = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
const isCjkPunct = (c: number) => (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef);

/** Fraction of non-ASCII characters for which `good` holds; characters that are ASCII are ignored. */
function fraction(decoded: string, good: (c: number, ch: string) => boolean): number {
  let n = 0;
  let hits = 0;
  for (const ch of decoded) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) continue;
    n++;
    if (good(c, ch)) hits++;
  }
  return n === 0 ? 0 : hits / n;
}

/**
 * Fraction of non-ASCII letters that share a word with ASCII letters. Western European text
 * has its accents inside Latin words; Cyrillic, Greek or Arabic read with the wrong single-byte
 * table turns into whole words of accented Latin letters, and the reverse gives words that mix
 * scripts ("cafй"): either way the wrong guess shows in how words are built.
 */
function inLatinWords(decoded: string): number {
  let n = 0;
  let mixed = 0;
  for (const word of decoded.match(/\p{L}+/gu) ?? []) {
    let ascii = false;
    let other = 0;
    for (const ch of word) {
      if (ch.charCodeAt(0) < 0x80) ascii = true;
      else other++;
    }
    n += other;
    if (ascii) mixed += other;
  }
  return n === 0 ? 0 : mixed / n;
}

function chineseScore(decoded: string): number {
  // Real Chinese: mostly Han, and many of them among the commonest characters.
  const han = fraction(decoded, (c) => isHan(c) || isCjkPunct(c));
  const common = fraction(decoded, (_c, ch) => COMMON_HAN.has(ch) || isCjkPunct(_c));
  return han * 0.4 + common * 0.6;
}

function cyrillicScore(decoded: string): number {
  // 1251 and KOI8-R both decode Cyrillic bytes to Cyrillic letters, with upper and lower case
  // swapped; running text is mostly lower case, so the right one has far more lower-case letters.
  const letters = fraction(decoded, (c) => c >= 0x0400 && c <= 0x04ff);
  const lower = fraction(decoded, (c) => c >= 0x0430 && c <= 0x045f);
  return (letters * 0.5 + lower * 0.5) * (1 - inLatinWords(decoded));
}

const CANDIDATES: readonly Candidate[] = [
  { label: 'gb18030', name: 'GB18030', language: 'simplified Chinese', score: chineseScore },
  { label: 'big5', name: 'Big5', language: 'traditional Chinese', score: chineseScore },
  {
    label: 'shift_jis',
    name: 'Shift_JIS',
    language: 'Japanese',
    score: (d) => fraction(d, (c) => (c >= 0x3040 && c <= 0x30ff) || isHan(c) || isCjkPunct(c)) * fraction(d, (c) => c >= 0x3040 && c <= 0x30ff) ** 0.25,
  },
  { label: 'euc-kr', name: 'EUC-KR', language: 'Korean', score: (d) => fraction(d, (c) => c >= 0xac00 && c <= 0xd7af) },
  { label: 'windows-1251', name: 'Windows-1251', language: 'Cyrillic', score: cyrillicScore },
  { label: 'koi8-r', name: 'KOI8-R', language: 'Russian', score: cyrillicScore },
  {
    label: 'windows-1256',
    name: 'Windows-1256',
    language: 'Arabic or Persian',
    score: (d) => fraction(d, (c) => c >= 0x0600 && c <= 0x06ff) * (1 - inLatinWords(d)),
  },
  {
    label: 'windows-1252',
    name: 'Windows-1252',
    language: 'Latin-1, Western European',
    // Accented Latin letters inside Latin words: every byte decodes to *something* here, so the
    // shape of the words has to decide.
    score: (d) =>
      fraction(d, (c) => (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7) || c === 0x2019 || c === 0x201c || c === 0x201d || c === 0x2013 || c === 0x2014) *
      inLatinWords(d),
  },
];

function tryDecode(label: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return undefined; // not this encoding, or this Node has no ICU data for it
  }
}

/** The most likely legacy encoding of bytes that are not UTF-8, or undefined when nothing fits. */
export function guessEncoding(bytes: Uint8Array): { name: string; language: string } | undefined {
  // A sample is enough, and keeps a huge file fast; cut at a newline so no character is split.
  let sample = bytes;
  if (bytes.length > 64 * 1024) {
    let end = 64 * 1024;
    while (end < bytes.length && bytes[end] !== 0x0a) end++;
    sample = bytes.subarray(0, end);
  }
  let best: { name: string; language: string; score: number } | undefined;
  for (const c of CANDIDATES) {
    const decoded = tryDecode(c.label, sample);
    if (decoded === undefined) continue;
    const score = c.score(decoded);
    if (score > 0.5 && (!best || score > best.score)) best = { name: c.name, language: c.language, score };
  }
  return best && { name: best.name, language: best.language };
}

/** Byte offset of the first byte that is not part of a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) (need = 1), (min = 0x80);
    else if (b >= 0xe0 && b <= 0xef) (need = 2), (min = 0x800);
    else if (b >= 0xf0 && b <= 0xf4) (need = 3), (min = 0x10000);
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** 1-based line and column (UTF-16 units, as editors count) of a byte offset in UTF-8-ish bytes. */
function positionOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  return { line, column: before.length + 1 };
}

/** UTF-16 without a BOM shows as a zero in every other byte of ASCII-heavy text. */
function utf16Without(bytes: Uint8Array): 'UTF-16 LE' | 'UTF-16 BE' | undefined {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  // Zeros on one side only: ASCII characters of UTF-16 text. Binary data has them on both sides.
  if (oddZero > pairs * 0.05 && evenZero <= oddZero * 0.2) return 'UTF-16 LE';
  if (evenZero > pairs * 0.05 && oddZero <= evenZero * 0.2) return 'UTF-16 BE';
  return undefined;
}

const reencode = (name: string) =>
  `Re-save it as UTF-8 (for example \`iconv -f ${name.replace(/ /g, '')} -t UTF-8 FILE > FILE.utf8\`).`;

/** Decode a playbook file: UTF-8 (a leading BOM is dropped) or a finding that says what it is instead. */
export function decodePlaybookBytes(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) bytes = bytes.subarray(3);
  else if (startsWith(bytes, [0xff, 0xfe, 0, 0]) || startsWith(bytes, [0, 0, 0xfe, 0xff]))
    return { ok: false, code: 'not-utf8', line: 1, column: 1, message: `this file is UTF-32, not UTF-8. ${reencode('UTF-32')}` };
  else if (startsWith(bytes, [0xff, 0xfe]))
    return { ok: false, code: 'not-utf8', line: 1, column: 1, message: `this file is UTF-16 LE (it starts with a UTF-16 byte-order mark), not UTF-8. ${reencode('UTF-16LE')}` };
  else if (startsWith(bytes, [0xfe, 0xff]))
    return { ok: false, code: 'not-utf8', line: 1, column: 1, message: `this file is UTF-16 BE (it starts with a UTF-16 byte-order mark), not UTF-8. ${reencode('UTF-16BE')}` };

  for (const [what, magic] of MAGIC)
    if (startsWith(bytes, magic))
      return { ok: false, code: 'binary-file', line: 1, column: 1, message: `this is ${what}, not a YAML playbook; remove it or point Parry at the .yaml files only.` };

  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const utf16 = utf16Without(bytes);
    if (utf16) return { ok: false, code: 'not-utf8', line: 1, column: 1, message: `this file looks like ${utf16} without a byte-order mark, not UTF-8. ${reencode(utf16)}` };
    const at = positionOfByte(bytes, nul);
    return { ok: false, code: 'binary-file', ...at, message: 'this file holds binary data (a NUL byte), not YAML text; remove it or point Parry at the .yaml files only.' };
  }

  const text = tryDecode('utf-8', bytes);
  if (text !== undefined) return { ok: true, text };

  // Point at the start of the run of non-ASCII bytes: in legacy text the first bytes often
  // happen to form a valid UTF-8 character, and the error only shows a byte or two later.
  let bad = Math.max(0, firstInvalidUtf8(bytes));
  while (bad > 0 && bytes[bad - 1]! >= 0x80) bad--;
  const at = positionOfByte(bytes, bad);
  const byte = `0x${bytes[bad]!.toString(16).toUpperCase().padStart(2, '0')}`;
  const guess = guessEncoding(bytes);
  const message = guess
    ? `this file is not UTF-8; it looks like ${guess.name} (${guess.language}). ${reencode(guess.name)}`
    : `this file is not UTF-8 (byte ${byte} cannot start a UTF-8 character). Re-save it as UTF-8.`;
  return { ok: false, code: 'not-utf8', ...at, message };
}
