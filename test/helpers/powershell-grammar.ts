import { createRequire } from 'node:module';
import type * as TreeSitter from '@vscode/tree-sitter-wasm';

const require = createRequire(import.meta.url);

/** A node of a parsed PowerShell script (web-tree-sitter's Node). */
export type PsNode = TreeSitter.Node;

let parser: Promise<TreeSitter.Parser> | null = null;

/**
 * A real PowerShell grammar (tree-sitter-powershell, compiled to WebAssembly and shipped by
 * @vscode/tree-sitter-wasm), so generated scripts are parsed, not pattern-matched.
 */
export function powershellParser(): Promise<TreeSitter.Parser> {
  parser ??= (async () => {
    const ts = require('@vscode/tree-sitter-wasm') as typeof TreeSitter;
    await ts.Parser.init();
    const wasm = require.resolve('@vscode/tree-sitter-wasm/wasm/tree-sitter-powershell.wasm');
    const language = await ts.Language.load(wasm);
    const p = new ts.Parser();
    p.setLanguage(language);
    return p;
  })();
  return parser;
}

/** Every node of a tree, depth first. */
export function allNodes(root: PsNode): PsNode[] {
  const out: PsNode[] = [];
  const stack: PsNode[] = [root];
  while (stack.length > 0) {
    const n = stack.pop() as PsNode;
    out.push(n);
    for (let i = n.childCount - 1; i >= 0; i -= 1) {
      const c = n.child(i);
      if (c) stack.push(c);
    }
  }
  return out;
}
