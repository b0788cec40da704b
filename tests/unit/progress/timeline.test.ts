import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoTime, timeline } from '../../../src/progress/timeline.ts';
import { attempt } from './attempts.ts';

describe('isoTime', () => {
  it('equals Date.parse on toISOString output', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }), (d) => {
        const s = d.toISOString();
        expect(isoTime(s)).toBe(Date.parse(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('equals Date.parse on any string of the same shape, out-of-range fields included', () => {
    const two = fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0'));
    const shaped = fc
      .tuple(fc.integer({ min: 0, max: 9999 }), two, two, two, two, two, fc.integer({ min: 0, max: 999 }))
      .map(([y, mo, d, h, mi, s, ms]) => `${String(y).padStart(4, '0')}-${mo}-${d}T${h}:${mi}:${s}.${String(ms).padStart(3, '0')}Z`);
    fc.assert(
      fc.property(shaped, (s) => {
        expect(Object.is(isoTime(s), Date.parse(s))).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('hands other forms to Date.parse', () => {
    expect(isoTime('2024-05-06T11:00:00+02:00')).toBe(Date.parse('2024-05-06T09:00:00Z'));
    expect(isoTime('2024-05-06')).toBe(Date.parse('2024-05-06'));
    expect(isoTime('not a time')).toBeNaN();
  });
});

describe('timeline', () => {
  it('needs no order when the log is in time order', () => {
    const t = timeline([attempt({ at: '2024-05-06T09:00:00.000Z' }), attempt({ at: '2024-05-06T09:00:00.000Z' })]);
    expect(t.order).toBeUndefined();
  });

  it('orders interleaved sessions by time, keeping log order for equal times', () => {
    const t = timeline([
      attempt({ at: '2024-05-06T09:02:00.000Z' }),
      attempt({ at: '2024-05-06T09:01:00.000Z' }),
      attempt({ at: '2024-05-06T09:02:00.000Z' }),
      attempt({ at: '2024-05-06T09:00:00.000Z' }),
    ]);
    expect(t.order).toEqual([3, 1, 0, 2]);
  });
});
