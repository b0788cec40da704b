// Which language to speak: --lang, else PARRY_LANG, else the POSIX locale, else English (design §3).

/** Turn a POSIX locale (`zh_TW.UTF-8`, `fa_IR`, `C`) or a BCP 47 tag into a BCP 47 tag. */
export function localeToTag(locale: string | undefined): string | undefined {
  if (!locale) return undefined;
  const base = locale.split(/[.@]/)[0]?.trim() ?? '';
  if (base === '' || base === 'C' || base === 'POSIX') return undefined;
  const tag = base.replace(/_/g, '-');
  return /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(tag) ? tag : undefined;
}

export function resolveLang(option: string | undefined, env: Readonly<Record<string, string | undefined>>): string {
  return (
    localeToTag(option) ??
    localeToTag(env.PARRY_LANG) ??
    localeToTag(env.LC_ALL) ??
    localeToTag(env.LC_MESSAGES) ??
    localeToTag(env.LANG) ??
    'en'
  );
}
