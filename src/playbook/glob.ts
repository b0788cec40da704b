// Glob patterns for playbook paths (`playbooks/**/*.yaml`, `teams/{sales,support}/*.yml`), so
// they work the same when a shell does not expand them (quoted, Windows, npm scripts). Pure.

export function hasGlob(pattern: string): boolean {
  return /[*?[\]{}]/.test(pattern);
}

/** The leading folders without glob characters, and the rest of the pattern. */
export function splitGlob(pattern: string): { base: string; rest: string } {
  const parts = pattern.replace(/\\/g, '/').split('/');
  const i = parts.findIndex(hasGlob);
  const baseParts = parts.slice(0, i);
  const base = baseParts.join('/') || (pattern.startsWith('/') ? '/' : '.');
  return { base: pattern.startsWith('/') && base === '' ? '/' : base, rest: parts.slice(i).join('/') };
}

/** A glob (relative, `/`-separated) as a regular expression over relative paths. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slash = glob[i + 2] === '/';
        re += slash ? '(?:[^/]*(?:/|$))*' : '.*';
        i += slash ? 2 : 1;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 1);
      if (end === -1) re += '\\[';
      else {
        let body = glob.slice(i + 1, end).replace(/\\/g, '\\\\');
        if (body.startsWith('!')) body = `^${body.slice(1)}`;
        re += `[${body}]`;
        i = end;
      }
    } else if (c === '{') {
      const end = glob.indexOf('}', i + 1);
      if (end === -1) re += '\\{';
      else {
        re += `(?:${glob
          .slice(i + 1, end)
          .split(',')
          .map((alt) => globToRegExp(alt).source.slice(1, -1))
          .join('|')})`;
        i = end;
      }
    } else re += c.replace(/[.+^$()|\\/]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}
