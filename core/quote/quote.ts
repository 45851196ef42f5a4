import { AppErrorException, appError, fail, ok, type Result } from '../errors';
import { refusalFor, type Shell } from './refuse';

/** The five characters PowerShell's tokenizer treats as a single quote (SECURITY.md §7.2 Q2). */
const psSingleQuotes = /['\u2018\u2019\u201a\u201b]/gu;

function refuse(shell: Shell, value: string): never {
  const reason = refusalFor(shell, value) ?? 'Value cannot be quoted';
  throw new AppErrorException(appError('unquotable-value', '', reason));
}

/**
 * PowerShell single-quoted literal: inside it `$`, backtick, `"`, `;` and braces are plain text;
 * each of the five single-quote characters is doubled. Throws for values validation must refuse.
 */
export function quotePowerShell(value: string): string {
  if (refusalFor('powershell', value) !== null) refuse('powershell', value);
  return `'${value.replace(psSingleQuotes, (q) => q + q)}'`;
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
