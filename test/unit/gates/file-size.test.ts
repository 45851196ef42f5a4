import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, sourceFiles } from '../../helpers/source-tree';

/** STYLE.md: a file does one thing and stays short; over 300 lines is a hard gate. */
const MAX_LINES = 300;

const lineCount = (file: string) =>
  readFileSync(join(repoRoot, file), 'utf8').replace(/\n$/u, '').split('\n').length;

describe('file size gate', () => {
  const files = sourceFiles(['core', 'electron', 'renderer', 'cli', 'scripts', 'build']);

  it('reads the source tree (every process folder has files)', () => {
    for (const folder of ['core/', 'electron/', 'renderer/', 'cli/']) {
      expect(files.some((f) => f.startsWith(folder))).toBe(true);
    }
  });

  it(`no non-test source file is over ${MAX_LINES} lines`, () => {
    const over = files
      .map((f) => ({ file: f, lines: lineCount(f) }))
      .filter((f) => f.lines > MAX_LINES)
      .map((f) => `${f.file}: ${f.lines} lines`);
    expect(over).toEqual([]);
  });
});
