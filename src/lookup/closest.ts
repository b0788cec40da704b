// "Did you mean": the id closest to a mistyped one, by Fuse.js (the same matcher lookup uses).
// Loaded only on that error path.
export async function closestId(wrong: string, ids: readonly string[]): Promise<string | undefined> {
  if (ids.length === 0) return undefined;
  const { default: Fuse } = await import('fuse.js');
  const [best] = new Fuse(ids, { threshold: 0.4, ignoreLocation: true }).search(wrong, { limit: 1 });
  return best?.item;
}
