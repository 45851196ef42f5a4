import { describe, expect, it } from 'vitest';
import { exportProgressView } from '../../../../core/desktop/export-progress';

describe('one reading of an export’s progress, for the panel and the taskbar', () => {
  it('writing fills the first half, switching the second, done clears the taskbar bar', () => {
    expect(exportProgressView({ stage: 'writing', done: 0, total: 4 })).toMatchObject({
      fraction: 0,
      taskbar: 0,
      mode: 'normal',
      words: 'Writing and reading back: 0 of 4 files',
    });
    expect(exportProgressView({ stage: 'writing', done: 4, total: 4 }).fraction).toBe(0.5);
    expect(exportProgressView({ stage: 'switching', done: 2, total: 4 })).toMatchObject({
      fraction: 0.75,
      taskbar: 0.75,
      words: 'Putting in place: 2 of 4 files',
    });
    expect(exportProgressView({ stage: 'done', done: 4, total: 4 })).toMatchObject({
      fraction: 1,
      taskbar: -1,
      words: '4 files written.',
    });
  });

  it('a stopped export removes the bar in error mode', () => {
    expect(exportProgressView({ stage: 'failed', done: 1, total: 4 })).toMatchObject({
      taskbar: -1,
      mode: 'error',
    });
  });

  it('the fraction only moves forward over a whole export, and out-of-range counts are clamped', () => {
    const total = 3;
    const events = [
      ...[0, 1, 2, 3].map((done) => ({ stage: 'writing' as const, done, total })),
      ...[1, 2, 3].map((done) => ({ stage: 'switching' as const, done, total })),
      { stage: 'done' as const, done: total, total },
    ];
    const fractions = events.map((e) => exportProgressView(e).fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions[0]).toBe(0);
    expect(fractions.at(-1)).toBe(1);
    expect(exportProgressView({ stage: 'writing', done: 9, total: 2 }).fraction).toBe(0.5);
    expect(exportProgressView({ stage: 'writing', done: -1, total: 2 }).fraction).toBe(0);
    expect(exportProgressView({ stage: 'writing', done: 1, total: 1 }).words).toContain('1 file');
  });
});
