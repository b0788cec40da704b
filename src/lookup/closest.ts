// "Did you mean": the id closest to a mistyped one, by Fuse.js (the same matcher lookup uses).
import Fuse from 'fuse.js';

export function closestId(wrong: string, ids: readonly string[]): string | undefined {
  if (ids.length === 0) return undefined;
  const [best] = new Fuse(ids, { threshold: 0.4, ignoreLocation: true }).search(wrong, { limit: 1 });
  return best?.item;
}
