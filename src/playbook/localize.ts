import type { Lang, LocalizedText, LocalizedVariants } from './model.ts';

/**
 * The languages to try, most specific first, ending in English:
 * zh-TW → zh-TW, zh-Hant, zh, en; fa-IR → fa-IR, fa, en.
 * Traditional Chinese regions map to `zh-Hant`, which callers may derive from `zh` (OpenCC).
 */
export function langChain(tag: Lang): Lang[] {
  const chain: Lang[] = [];
  const push = (t: Lang) => {
    if (!chain.some((c) => c.toLowerCase() === t.toLowerCase())) chain.push(t);
  };
  const parts = tag.split('-');
  for (let i = parts.length; i > 0; i--) {
    const prefix = parts.slice(0, i).join('-');
    push(prefix);
    if (i === 2 && parts[0]?.toLowerCase() === 'zh' && isTraditionalRegion(parts[1] ?? '')) push('zh-Hant');
  }
  push('en');
  return chain;
}

export function isTraditionalChinese(tag: Lang): boolean {
  const parts = tag.toLowerCase().split('-');
  return parts[0] === 'zh' && parts.slice(1).some((p) => p === 'hant' || isTraditionalRegion(p));
}

function isTraditionalRegion(region: string): boolean {
  return ['tw', 'hk', 'mo', 'hant'].includes(region.toLowerCase());
}

/** Look a tag up case-insensitively (`zh-hant` finds `zh-Hant`). */
function lookupTag<T>(record: Readonly<Record<Lang, T>>, tag: Lang): [Lang, T] | undefined {
  if (Object.hasOwn(record, tag)) return [tag, record[tag] as T];
  const lower = tag.toLowerCase();
  for (const key of Object.keys(record)) if (key.toLowerCase() === lower) return [key, record[key] as T];
  return undefined;
}

/** The best text for `tag`, following the chain; the first language present if none in the chain. */
export function pickText(text: LocalizedText | undefined, tag: Lang): { lang: Lang; text: string } | undefined {
  if (!text) return undefined;
  for (const candidate of langChain(tag)) {
    const hit = lookupTag(text, candidate);
    if (hit) return { lang: hit[0], text: hit[1] };
  }
  const first = Object.keys(text)[0];
  return first === undefined ? undefined : { lang: first, text: text[first] as string };
}

export function pickVariants(
  variants: LocalizedVariants | undefined,
  tag: Lang,
): { lang: Lang; variants: readonly string[] } | undefined {
  if (!variants) return undefined;
  for (const candidate of langChain(tag)) {
    const hit = lookupTag(variants, candidate);
    if (hit && hit[1].length > 0) return { lang: hit[0], variants: hit[1] };
  }
  const first = Object.keys(variants)[0];
  return first === undefined ? undefined : { lang: first, variants: variants[first] ?? [] };
}
