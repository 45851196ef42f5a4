import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, sourceFiles } from '../../helpers/source-tree';

/** Locale-dependent date APIs: their text differs per laptop, so notes and files would too. */
const localeDates =
  /\.toLocale(?:Date|Time)?String\(|Intl\.DateTimeFormat|Intl\.RelativeTimeFormat/u;

describe('dates for people come from core/dates.ts only', () => {
  const files = sourceFiles(['core', 'electron', 'renderer', 'cli']).filter((f) =>
    /\.tsx?$/u.test(f),
  );

  it('the check sees a locale date call', () => {
    expect(localeDates.test('x = new Date().toLocaleString();')).toBe(true);
    expect(localeDates.test('formatDateTime(record.at)')).toBe(false);
    expect(files.length).toBeGreaterThan(100);
  });

  it('no source file formats a date with the locale', () => {
    const found = files.filter((f) => localeDates.test(readFileSync(join(repoRoot, f), 'utf8')));
    expect(found).toEqual([]);
  });
});
