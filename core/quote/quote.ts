import { AppErrorException, appError, fail, ok, type Result } from '../errors';
import { refusalFor, type Shell } from './refuse';

/** The five characters PowerShell's tokenizer treats as a single quote (SECURITY.md §7.2 Q2). */
const psSingleQuotes = /['\u2018\u2019\u201a\u201b]/gu;

function refuse(shell: Shell, value: string): never {
  const reason = refusalFor(shell, value) ?? 'Value cannot be quoted';
  throw new AppErrorException(appError('unquotable-value', '', reason));
}

/** One ASCII single-quoted literal (the only quote character left in ASCII is `'`, doubled). */
function psLiteral(ascii: string): string {
  return `'${ascii.replace(psSingleQuotes, (q) => q + q)}'`;
}

/**
 * PowerShell single-quoted literal: inside it `$`, backtick, `"`, `;` and braces are plain text;
 * each single-quote character is doubled. The result is plain ASCII whatever the value: other
 * characters are written as code points, `('Wysy' + [char]0x142 + 'ka')`, so a script reads the
 * same in any code page (Windows PowerShell 5.1 reads a BOM-less file as cp1252, where the UTF-8
 * bytes of `ё` end in 0x91, a PowerShell quote). Throws for values validation must refuse.
 */
export function quotePowerShell(value: string): string {
  if (refusalFor('powershell', value) !== null) refuse('powershell', value);
  // eslint-disable-next-line no-control-regex
  if (!/[^\u0000-\u007f]/u.test(value)) return psLiteral(value);
  const parts: string[] = [];
  let run = '';
  for (let i = 0; i < value.length; i += 1) {
    const unit = value.charCodeAt(i);
    if (unit < 0x80) {
      run += value[i];
      continue;
    }
    if (run !== '' || parts.length === 0) parts.push(psLiteral(run));
    run = '';
    // UTF-16 code units: a surrogate pair is two [char]s side by side, as .NET strings hold it.
    parts.push(`[char]0x${unit.toString(16)}`);
  }
  if (run !== '') parts.push(psLiteral(run));
  return `(${parts.join(' + ')})`;
}

/**
 * cmd.exe double-quoted argument: quoting stops `& | < > ^ ( )` from being operators, and trailing
 * backslashes are doubled so the program's argv parser does not read `\"` as an escaped quote.
 * `%`, `!` and `"` are refused (see refusalFor), as cmd has no literal form for them.
 */
export function quoteCmd(value: string): string {
  if (refusalFor('cmd', value) !== null) refuse('cmd', value);
  const trailing = /\\*$/u.exec(value)?.[0] ?? '';
  return `"${value.slice(0, value.length - trailing.length)}${trailing}${trailing}"`;
}

/** POSIX sh single-quoted word: everything literal; a `'` is written as `'\''`. */
export function quoteSh(value: string): string {
  if (refusalFor('sh', value) !== null) refuse('sh', value);
  return `'${value.replace(/'/gu, `'\\''`)}'`;
}

/** Quotes for the named shell (throws an AppErrorException for values validation must refuse). */
function quoteFor(shell: Shell, value: string): string {
  if (shell === 'powershell') return quotePowerShell(value);
  if (shell === 'cmd') return quoteCmd(value);
  return quoteSh(value);
}

/** Quotes for the named shell, or says why it cannot, as a Result. */
export function tryQuote(shell: Shell, value: string, label = 'Value'): Result<string> {
  const reason = refusalFor(shell, value, label);
  if (reason !== null) return fail(appError('unquotable-value', '', reason));
  return ok(quoteFor(shell, value));
}

/** Typography in our own texts and pasted names, written the ASCII way in comments. */
const asciiTypography: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u2026': '...',
  '\u00a0': ' ',
  '\u2192': '->',
  '\u00d7': 'x',
};

/**
 * Comment text for a PowerShell script, plain ASCII like the code around it, so the whole file
 * reads the same in any code page: typographic quotes, dashes and ellipses become their ASCII
 * forms, every other non-ASCII character its code point (`Wysy[U+0142]ka`).
 */
export function asciiComment(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[^\u0000-\u007f]/gu, (ch) => {
    const known = asciiTypography[ch];
    if (known !== undefined) return known;
    const cp = ch.codePointAt(0) ?? 0;
    return `[U+${cp.toString(16).toUpperCase().padStart(4, '0')}]`;
  });
}
