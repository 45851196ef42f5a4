import { createRequire } from 'node:module';
import { Language, Parser, type Node } from 'web-tree-sitter';

/*
 * A real PowerShell grammar (tree-sitter-powershell's WASM build through web-tree-sitter) for the
 * tests: every script and command we emit must parse without an error node, and must use nothing
 * the engine of its Management Shell lacks. The grammar knows PowerShell 7; what older engines lack
 * is the deny-list below. It does not know typographic quotes as string delimiters: those stay with
 * the reference lexer in test/unit/core/quote/shell-models.ts.
 */

const require = createRequire(import.meta.url);
let parser: Parser | null = null;

/** Loads the grammar once per test file. */
export async function powershellParser(): Promise<Parser> {
  if (parser) return parser;
  await Parser.init();
  const language = await Language.load(
    require.resolve('tree-sitter-powershell/tree-sitter-powershell.wasm'),
  );
  parser = new Parser();
  parser.setLanguage(language);
  return parser;
}

/**
 * The grammar's one known gap we meet: a bare-word list as a command argument (`Format-List A,B`,
 * valid PowerShell since 1.0) parses with a MISSING argument separator right before each comma.
 * Only that exact shape is forgiven.
 */
function isBareWordListGap(n: Node, text: string): boolean {
  return (
    n.isMissing &&
    n.parent?.type === 'command_argument_sep' &&
    text.slice(n.startIndex).startsWith(',')
  );
}

/** The first syntax error of a parse, as "line N: text", or null when the whole text parsed. */
export function firstSyntaxError(p: Parser, text: string): string | null {
  const tree = p.parse(text);
  if (!tree) return 'no tree';
  let found: Node | null = null;
  const visit = (n: Node): void => {
    if (found) return;
    if (n.type === 'ERROR' || (n.isMissing && !isBareWordListGap(n, text))) {
      found = n;
      return;
    }
    if (n.hasError) for (const c of n.children) if (c) visit(c);
  };
  visit(tree.rootNode);
  if (!found) return null;
  const node = found as Node;
  const line = text.split('\n')[node.startPosition.row] ?? '';
  return `line ${node.startPosition.row + 1}: ${line.trim()}`;
}

/** What PowerShell 1.0 and 2.0 lack, by what the grammar calls it (lower case). */
const missingBefore3 = {
  operators: ['-in', '-notin', '-shl', '-shr'],
  types: ['[ordered]', '[pscustomobject]'],
  variables: ['$psscriptroot', '$pscommandpath', '$using'],
  commands: [
    'import-certificate',
    'import-pfxcertificate',
    'export-certificate',
    'get-certificate',
  ],
  parameters: ['-membername'],
  keywords: [] as string[],
};
const missingBefore2 = {
  operators: [...missingBefore3.operators, '-join', '-split'],
  types: missingBefore3.types,
  variables: [...missingBefore3.variables, '$psversiontable'],
  commands: [
    ...missingBefore3.commands,
    'add-type',
    'invoke-command',
    'new-module',
    'import-module',
  ],
  parameters: missingBefore3.parameters,
  keywords: ['try', 'catch', 'finally'],
};

/**
 * Everything in `text` the engine lacks ('1.0' for Exchange 2007, '2.0' for 2010), as
 * "what (line N)"; also Where-Object/ForEach-Object without a script block (3.0's short form).
 */
export function engineViolations(p: Parser, text: string, engine: '1.0' | '2.0' | '3.0'): string[] {
  if (engine === '3.0') return [];
  const deny = engine === '1.0' ? missingBefore2 : missingBefore3;
  const tree = p.parse(text);
  if (!tree) return ['no tree'];
  const out: string[] = [];
  const at = (n: Node, what: string) => out.push(`${what} (line ${n.startPosition.row + 1})`);
  const visit = (n: Node): void => {
    const t = n.text.toLowerCase();
    if (n.type === 'string_literal') return;
    if (n.type === 'comparison_operator' && deny.operators.includes(t)) at(n, n.text);
    if (n.type === 'type_literal' && deny.types.includes(t)) at(n, n.text);
    if (n.type === 'variable' && deny.variables.some((v) => t.startsWith(v))) at(n, n.text);
    if (n.type === 'command_name' && deny.commands.includes(t)) at(n, n.text);
    if (n.type === 'command_parameter' && deny.parameters.includes(t)) at(n, n.text);
    if (deny.keywords.includes(n.type) && n.childCount === 0) at(n, n.text);
    if (n.type === 'command') {
      const name = n.childForFieldName('command_name')?.text.toLowerCase() ?? '';
      const blocks = n.descendantsOfType('script_block_expression');
      if (['where-object', 'foreach-object', '?', '%'].includes(name) && blocks.length === 0) {
        at(n, `${name} without a script block`);
      }
    }
    for (const c of n.children) if (c) visit(c);
  };
  visit(tree.rootNode);
  return out;
}
