// Local calendar days without touching the system clock or time zone: the caller passes the
// offset (minutes east of UTC) for any instant, so streaks and "due today" follow the learner's
// midnight, daylight saving included, and tests pin any zone they like.

export const DAY_MS = 86_400_000;

/** Minutes to add to UTC to get local time at the given instant (`-Date#getTimezoneOffset()`). */
export type OffsetAt = (ms: number) => number;

export function fixedOffset(minutes: number): OffsetAt {
  return () => minutes;
}

/** Whole days since 1970-01-01 in local time. */
export function localDay(ms: number, offsetAt: OffsetAt): number {
  return Math.floor((ms + offsetAt(ms) * 60_000) / DAY_MS);
}

/** The instant a local day begins (using the offset in force at that moment). */
export function startOfLocalDay(day: number, offsetAt: OffsetAt): number {
  const guess = day * DAY_MS;
  return guess - offsetAt(guess) * 60_000;
}

/** `YYYY-MM-DD` of a local day number. */
export function dayLabel(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * `localDay` for many instants in time order. Asking the zone for its offset is the slow part,
 * so it is asked once per quarter hour of time: real zones change offset only on quarter hours.
 */
export function createDayOf(offsetAt: OffsetAt): (ms: number) => number {
  let bucket = Number.NaN;
  let offsetMs = 0;
  return (ms) => {
    const b = Math.floor(ms / 900_000);
    if (b !== bucket) {
      bucket = b;
      offsetMs = offsetAt(ms) * 60_000;
    }
    return Math.floor((ms + offsetMs) / DAY_MS);
  };
}
