import { hasLoneSurrogate, showValue } from '../site/text-checks';

/** The shells we write commands for. */
export const shells = ['powershell', 'cmd', 'sh'] as const;
export type Shell = (typeof shells)[number];

export const shellLabels: Record<Shell, string> = {
  powershell: 'PowerShell / Exchange Management Shell',
  cmd: 'Windows command prompt (cmd.exe)',
  sh: 'POSIX shell (sh, bash)',
};

// C0, DEL and C1: a line break ends a command in every shell, NUL cannot travel in argv at all,
// and the rest are invisible in a runbook. U+2028/2029 count as line ends in some editors.
// eslint-disable-next-line no-control-regex
const controls = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u;

/**
 * Why a value cannot be placed into a command for this shell, or null when it can.
 * cmd.exe has no literal syntax that stops `%VAR%` (or `!VAR!` with delayed expansion) from
 * expanding, and a `"` inside quotes would flip its quote state, so those are refused for cmd
 * instead of being "escaped" in a way that only works in some contexts.
 */
export function refusalFor(shell: Shell, value: string, label = 'Value'): string | null {
  if (value.includes('\u0000'))
    return `${label} contains a NUL character, which no command line can carry: retype it`;
  if (/[\r\n\u2028\u2029]/u.test(value))
    return `${label} '${showValue(value)}' contains a line break: keep it on one line`;
  if (controls.test(value))
    return `${label} '${showValue(value)}' contains a control character: retype it`;
  if (hasLoneSurrogate(value)) return `${label} contains a broken Unicode character: retype it`;
  if (value.length > 4096) return `${label} is longer than 4096 characters: shorten it`;
  if (shell === 'cmd') {
    // eslint-disable-next-line no-control-regex
    if (/[^\u0000-\u007f]/u.test(value)) {
      return `${label} '${showValue(value)}' has non-ASCII characters, which cmd.exe mangles through the console code page: use the PowerShell commands instead`;
    }
    const bad = ['%', '!', '"'].find((c) => value.includes(c));
    if (bad) {
      return `${label} '${showValue(value)}' contains ${bad}, which cmd.exe cannot take literally inside a command: use the PowerShell commands instead`;
    }
  }
  return null;
}
