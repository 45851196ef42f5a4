import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** The repository root (this file is test/helpers/source-tree.ts). */
export const repoRoot = resolve(import.meta.dirname, '../..');

/** Folders that hold no source of ours: dependencies, build output, test output, docs. */
const notSource = new Set([
  'node_modules',
  'out',
  'dist',
  'release',
  'test-results',
  'playwright-report',
  'docs',
  'assets',
]);

/** Extensions of files we write by hand and ship or run (code, styles, markup). */
export const sourceExtensions = ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.css', '.html'] as const;

function walk(dir: string, out: string[]): void {
  for (const name of readdirSync(dir)) {
    if (name.startsWith('.') || notSource.has(name)) continue;
    const full = join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else if (sourceExtensions.some((e) => name.endsWith(e))) out.push(full);
  }
}

/** Every hand-written source file under `folders` (repo-relative, forward slashes), sorted. */
export function sourceFiles(folders: readonly string[]): string[] {
  const out: string[] = [];
  for (const folder of folders) {
    const full = join(repoRoot, folder);
    if (!existsSync(full)) continue;
    if (statSync(full).isDirectory()) walk(full, out);
    else out.push(full);
  }
  return out.map((f) => relative(repoRoot, f).split(sep).join('/')).sort();
}

/** The relative module specifiers a TypeScript/JavaScript file imports or re-exports. */
export function relativeImports(text: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\b(?:import|export)\b[^'"`;]*?\bfrom\s*['"](\.{1,2}\/[^'"]+)['"]/gu,
    /\bimport\s*['"](\.{1,2}\/[^'"]+)['"]/gu,
    /\bimport\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/gu,
  ];
  for (const pattern of patterns) {
    for (const m of text.matchAll(pattern)) if (m[1]) found.push(m[1]);
  }
  return found;
}

/** Resolves a relative specifier the way TypeScript does (file, file.ts/.tsx, folder/index.ts). */
export function resolveImport(fromFile: string, specifier: string): string | null {
  const base = join(dirname(join(repoRoot, fromFile)), specifier);
  const candidates = [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    `${base}.d.ts`,
    join(base, 'index.ts'),
    join(base, 'index.tsx'),
  ];
  for (const c of candidates) {
    if (existsSync(c) && statSync(c).isFile()) return relative(repoRoot, c).split(sep).join('/');
  }
  return null;
}

/**
 * The import graph between the parts of one folder: a part is a sub-folder (`core/plan`) or a
 * file directly in the folder (`core/errors.ts`). Edges point from importer to imported part.
 */
export function partGraph(folder: string): Map<string, Set<string>> {
  const partOf = (file: string): string | null => {
    if (!file.startsWith(`${folder}/`)) return null;
    const rest = file.slice(folder.length + 1);
    const slash = rest.indexOf('/');
    return slash < 0 ? `${folder}/${rest}` : `${folder}/${rest.slice(0, slash)}`;
  };
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles([folder]).filter((f) => /\.(ts|tsx)$/u.test(f))) {
    const from = partOf(file);
    if (from === null) continue;
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    for (const spec of relativeImports(readFileSync(join(repoRoot, file), 'utf8'))) {
      const target = resolveImport(file, spec);
      const to = target === null ? null : partOf(target);
      if (to !== null && to !== from) edges.add(to);
    }
  }
  return graph;
}

/** The strongly connected components with more than one part (each one is an import loop). */
export function importLoops(graph: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  // Tarjan's algorithm.
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const loops: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter);
    counter += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string | undefined;
      do {
        w = stack.pop();
        if (w === undefined) break;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) loops.push(component.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) visit(v);
  return loops;
}
