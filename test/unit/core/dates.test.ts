import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDateTime, formatDay } from '../../../core/dates';

describe('the one date formatter', () => {
  it('writes a day and a moment in fixed UTC forms, whatever the machine zone', () => {
    const at = new Date('2026-03-01T00:30:00+02:00'); // still February in UTC
    expect(formatDay(at)).toBe('2026-02-28');
    expect(formatDateTime(at)).toBe('2026-02-28 22:30 UTC');
    expect(formatDateTime('2026-11-28T21:05:59.999Z')).toBe('2026-11-28 21:05 UTC');
  });

  it('says so instead of printing NaN for a date it cannot read', () => {
    expect(formatDay('not a date')).toBe('unknown date');
    expect(formatDateTime(new Date(Number.NaN))).toBe('unknown time');
  });

  it('sorts as text the way the moments sort in time', () => {
    const moment = fc.date({
      min: new Date('1970-01-01T00:00:00Z'),
      max: new Date('9999-12-31T23:59:59Z'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(moment, moment, (a, b) => {
        const minute = (d: Date) => Math.floor(d.getTime() / 60_000);
        const textOrder = Math.sign(formatDateTime(a).localeCompare(formatDateTime(b), 'en'));
        expect(textOrder).toBe(Math.sign(minute(a) - minute(b)));
      }),
      { numRuns: 500 },
    );
  });
});
