import { describe, expect, it } from 'vitest';
import {
  PORTABLE_MARKER,
  portableDataDir,
  taskbarProgress,
} from '../../../../core/desktop/taskbar';

describe('taskbar progress during generation', () => {
  it('the fraction of hubs finished; cleared when all are done', () => {
    expect(taskbarProgress({ hubId: 'h', stage: 'key', done: 0, total: 4 })).toEqual({
      fraction: 0,
      mode: 'normal',
    });
    expect(taskbarProgress({ hubId: 'h', stage: 'done', done: 3, total: 4 }).fraction).toBe(0.75);
    expect(taskbarProgress({ hubId: 'h', stage: 'done', done: 4, total: 4 }).fraction).toBe(-1);
  });

  it('a failed hub turns the bar red', () => {
    expect(taskbarProgress({ hubId: 'h', stage: 'failed', done: 1, total: 2 })).toEqual({
      fraction: 0.5,
      mode: 'error',
    });
  });
});

describe('a portable build keeps its data beside itself only with the marker', () => {
  it('marker present: a folder beside the executable', () => {
    const seen: string[] = [];
    const dir = portableDataDir('E:\\Tools\\', (d) => {
      seen.push(d);
      return true;
    });
    expect(dir).toBe('E:\\Tools\\Secure SMTP Runbook data');
    expect(seen).toEqual(['E:\\Tools\\']);
    expect(PORTABLE_MARKER).toMatch(/\.txt$/u);
  });

  it('no marker, or not the portable build: the OS’s app-data folder (null)', () => {
    expect(portableDataDir('E:\\Tools', () => false)).toBeNull();
    expect(portableDataDir(undefined, () => true)).toBeNull();
    expect(portableDataDir('', () => true)).toBeNull();
  });
});
