import { bundleCopyInstruction } from '../commands';
import type { Shell } from '../quote';
import { hubRunbook } from './runbook';
import type { Plan } from './types';

/**
 * What must hold before the first line of a listing runs: where the bundle files are (the one
 * bundle folder of core/commands), the elevation, the OpenSSL floor.
 */
function listingPreamble(shell: Shell, fqdn: string): string[] {
  if (shell === 'cmd') {
    return [
      'Run in an elevated Command Prompt (Run as administrator) on the hub.',
      bundleCopyInstruction({ fqdn }),
    ];
  }
  if (shell === 'sh')
    return [`Needs OpenSSL 3.0 or later (openssl version); run on the workstation.`];
  return [];
}

/**
 * The progress key as the engineer types it into the app. In cmd it stands in double quotes, where
 * `>` (the pair separator) and the other metacharacters are literal text whether or not cmd parses
 * the REM line; keys are made of ids and DNS names only, so no quote, `%` or `!` can occur.
 */
function keyText(shell: Shell, key: string): string {
  if (!/^[A-Za-z0-9@:>+._-]+$/u.test(key))
    throw new Error(`unexpected character in step key ${key}`);
  return shell === 'cmd' ? `[key "${key}"]` : `[${key}]`;
}

/** Shell comment prefix per shell. */
const commentPrefix: Record<Shell, string> = { powershell: '#', cmd: 'REM', sh: '#' };

/**
 * One hub's commands for cmd.exe or sh as a commented listing, in the order of its runbook (the
 * install script's order; PowerShell gets the whole script instead). Steps with nothing for that
 * shell are left out.
 */
export function renderShellCommands(plan: Plan, hubId: string, shell: Shell): string {
  const hub = plan.hubs.find((h) => h.hubId === hubId);
  if (!hub) return '';
  const c = commentPrefix[shell];
  // cmd still parses % and ! in REM lines of a batch file, so comments there lose those characters.
  const say = (text: string) => (shell === 'cmd' ? text.replace(/[%!<>|&^"]/gu, ' ') : text);
  const out = [
    `${c} ${hub.netbiosName} (${hub.fqdn}): ${shell} commands from the Secure SMTP plan`,
    ...listingPreamble(shell, hub.fqdn).map((l) => say(`${c} ${l}`)),
  ];
  for (const step of hubRunbook(plan, hubId)) {
    const commands = step.commands.filter((x) => x.shell === shell);
    if (commands.length === 0) continue;
    out.push('', `${say(`${c} ${step.title} (${step.runOn})`)} ${keyText(shell, step.key)}`);
    for (const command of commands) {
      const note = command.status === 'verified' ? '' : ` [${command.status}]`;
      out.push(say(`${c}   ${command.label}${note}`), ...command.command.split('\n'));
    }
  }
  if (out.length === 1) out.push(`${c} (no ${shell} commands for this hub)`);
  return `${out.join(shell === 'cmd' ? '\r\n' : '\n')}${shell === 'cmd' ? '\r\n' : '\n'}`;
}
