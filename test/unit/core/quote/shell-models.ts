/**
 * Independent reference models of how each shell reads a command line, written from the shells'
 * documented rules (not from our encoder). Each returns the tokens/arguments the shell would see.
 */

export type PsToken =
  { kind: 'string'; value: string } | { kind: 'word'; value: string } | { kind: 'separator' };

/** PowerShell's single-quote class: ' ‘ ’ ‚ ‛ (CharTraits.IsSingleQuote). */
const psSingle = new Set(["'", '\u2018', '\u2019', '\u201a', '\u201b']);
/** PowerShell's double-quote class: " “ ” „ (CharTraits.IsDoubleQuote). */
const psDouble = new Set(['"', '\u201c', '\u201d', '\u201e']);

/** Tokenises a one-line PowerShell statement list made of barewords and single-quoted strings. */
export function lexPowerShell(line: string): PsToken[] | 'error' {
  const out: PsToken[] = [];
  let i = 0;
  while (i < line.length) {
    const c = line[i] as string;
    if (c === ' ' || c === '\t') {
      i += 1;
    } else if (c === ';' || c === '\n' || c === '\r') {
      out.push({ kind: 'separator' });
      i += 1;
    } else if (psSingle.has(c)) {
      let value = '';
      i += 1;
      for (;;) {
        if (i >= line.length) return 'error'; // unterminated literal
        const d = line[i] as string;
        if (psSingle.has(d)) {
          const next = line[i + 1];
          if (next !== undefined && psSingle.has(next)) {
            value += next; // a doubled quote stands for the second character
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        value += d;
        i += 1;
      }
      out.push({ kind: 'string', value });
    } else if (psDouble.has(c) || c === '#' || c === '`' || c === '$' || c === '|' || c === '&') {
      return 'error'; // anything our template never contains outside a literal
    } else {
      let value = '';
      while (
        i < line.length &&
        !' \t;\n\r'.includes(line[i] as string) &&
        !psSingle.has(line[i] as string)
      ) {
        value += line[i];
        i += 1;
      }
      out.push({ kind: 'word', value });
    }
  }
  return out;
}

/** POSIX sh: splits one simple command into words; 'error' if an operator or expansion appears unquoted. */
export function lexSh(line: string): { words: string[]; rest: string } | 'error' {
  const words: string[] = [];
  let word: string | null = null;
  let i = 0;
  while (i < line.length) {
    const c = line[i] as string;
    if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) return 'error';
      word = (word ?? '') + line.slice(i + 1, end);
      i = end + 1;
    } else if (c === '\\') {
      if (i + 1 >= line.length) return 'error';
      word = (word ?? '') + line[i + 1];
      i += 2;
    } else if (c === ' ' || c === '\t') {
      if (word !== null) words.push(word);
      word = null;
      i += 1;
    } else if (c === ';') {
      if (word !== null) words.push(word);
      return { words, rest: line.slice(i) };
    } else if ('"$`|&<>()\n*?[#~'.includes(c)) {
      return 'error';
    } else {
      word = (word ?? '') + c;
      i += 1;
    }
  }
  if (word !== null) words.push(word);
  return { words, rest: '' };
}

/**
 * cmd.exe's first pass over one line: `%` and `!` would expand; outside double quotes `& | < >`
 * split commands and `^` escapes. Returns the commands as cmd hands them to CreateProcess.
 */
export function splitCmd(line: string): string[] | 'error' {
  const commands: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i] as string;
    if (c === '%' || c === '!') return 'error';
    if (c === '"') quoted = !quoted;
    if (!quoted && (c === '&' || c === '|' || c === '<' || c === '>')) {
      commands.push(current.trim());
      current = '';
      if (line[i + 1] === c) i += 1;
      continue;
    }
    if (!quoted && c === '^') {
      i += 1;
      current += line[i] ?? '';
      continue;
    }
    current += c;
  }
  commands.push(current.trim());
  return commands;
}

/** CommandLineToArgvW / MSVCRT rules: backslashes are literal unless they precede a `"`. */
export function parseArgv(commandLine: string): string[] {
  const args: string[] = [];
  let arg = '';
  let inArg = false;
  let quoted = false;
  let i = 0;
  while (i < commandLine.length) {
    const c = commandLine[i] as string;
    if (c === '\\') {
      let n = 0;
      while (commandLine[i] === '\\') {
        n += 1;
        i += 1;
      }
      if (commandLine[i] === '"') {
        arg += '\\'.repeat(Math.floor(n / 2));
        if (n % 2 === 1) {
          arg += '"';
          i += 1;
        }
      } else {
        arg += '\\'.repeat(n);
      }
      inArg = true;
      continue;
    }
    if (c === '"') {
      if (quoted && commandLine[i + 1] === '"') {
        arg += '"';
        i += 2;
        continue;
      }
      quoted = !quoted;
      inArg = true;
      i += 1;
      continue;
    }
    if ((c === ' ' || c === '\t') && !quoted) {
      if (inArg) args.push(arg);
      arg = '';
      inArg = false;
      i += 1;
      continue;
    }
    arg += c;
    inArg = true;
    i += 1;
  }
  if (inArg) args.push(arg);
  return args;
}

/**
 * Evaluates one PowerShell string expression of the forms our quoter may emit, written from the
 * language rules: a single-quoted literal, or `( <part> + <part> ... )` where a part is a literal
 * or `[char]0x<hex>`. A leading part must be a literal (so `+` concatenates strings). Returns
 * 'error' for anything else.
 */
export function evalPowerShellString(text: string): string | 'error' {
  const tokens = lexPowerShell(text);
  if (tokens !== 'error' && tokens.length === 1 && tokens[0]?.kind === 'string')
    return tokens[0].value;
  if (!text.startsWith('(') || !text.endsWith(')')) return 'error';
  // Read the concatenation term by term: a literal may itself contain ' + ' (a naive split on
  // ' + ' broke "\u00a0 + " into pieces and blamed the quoting).
  const body = text.slice(1, -1);
  let value = '';
  let at = 0;
  for (let i = 0; ; i += 1) {
    const rest = body.slice(at);
    const literal = /^'(?:[^']|'')*'/u.exec(rest);
    const char = /^\[char\]0x([0-9a-f]{1,4})/u.exec(rest);
    if (literal) {
      const tokens = lexPowerShell(literal[0]);
      if (tokens === 'error' || tokens.length !== 1 || tokens[0]?.kind !== 'string') return 'error';
      value += tokens[0].value;
      at += literal[0].length;
    } else if (char) {
      if (i === 0) return 'error';
      value += String.fromCharCode(parseInt(char[1] as string, 16));
      at += char[0].length;
    } else return 'error';
    if (at === body.length) return value;
    if (!body.startsWith(' + ', at)) return 'error';
    at += 3;
  }
}

/** Reads bytes as Windows-1252 does (Windows PowerShell 5.1 reads a BOM-less script this way). */
export function decodeCp1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252').decode(bytes);
}
