// The learner's own time zone (the system's, or TZ), as the pure core wants it: an offset per
// instant, so days that cross a daylight-saving change still end at local midnight.
import type { OffsetAt } from './day.ts';

export const localOffset: OffsetAt = (ms) => -new Date(ms).getTimezoneOffset();
