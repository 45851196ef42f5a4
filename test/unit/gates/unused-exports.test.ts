import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, sourceFiles } from '../../helpers/source-tree';

const declared =
  /^export\s+(?:declare\s+)?(?:async\s+)?(?:function\*?|const|let|class|interface|type|enum)\s+([A-Za-z_$][\w$]*)/gmu;

/** Names a file exports by declaration (`export function f`, `export type T`...). */
function exportedNames(text: string): string[] {
  return [...text.matchAll(declared)].flatMap((m) => (m[1] ? [m[1]] : []));
}

describe('exports', () => {
  const code = sourceFiles(['core', 'electron', 'renderer', 'cli']).filter(
    (f) => /\.tsx?$/u.test(f) && !f.endsWith('.d.ts'),
  );
  const readers = [
    ...code,
    ...sourceFiles(['test', 'scripts', 'build', 'electron.vite.config.ts', 'vitest.config.ts']),
  ].filter((f) => /\.(tsx?|mjs|cjs|js)$/u.test(f));
  const text = new Map(readers.map((f) => [f, readFileSync(join(repoRoot, f), 'utf8')]));

  it('finds exported names (the check reads what it should)', () => {
    expect(exportedNames('export function a() {}\nexport type B = 1;\nconst c = 1;')).toEqual([
      'a',
      'B',
    ]);
    expect(code.length).toBeGreaterThan(100);
  });

  it('nothing is exported that no other file (source or test) names', () => {
    const unused: string[] = [];
    for (const file of code) {
      for (const name of exportedNames(text.get(file) ?? '')) {
        const word = new RegExp(`\\b${name.replace(/\$/gu, '\\$')}\\b`, 'u');
        const named = readers.some((other) => other !== file && word.test(text.get(other) ?? ''));
        if (!named) unused.push(`${file}: ${name}`);
      }
    }
    expect(unused).toEqual([]);
  });
});
