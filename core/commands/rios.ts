import type { Command } from './types';

/**
 * Only the RiOS CLI forms DOMAIN.md §3 marks verified are printed as commands; every other
 * SteelHead action is a GUI instruction carrying an "unverified" badge.
 */
export function steelheadShowCommands(): Command[] {
  return [
    {
      shell: 'rios',
      label: 'Show the SSL back-end (server) settings',
      command: 'show protocol ssl backend',
      status: 'verified',
    },
    {
      shell: 'rios',
      label: 'Show secure peering state',
      command: 'show secure-peering',
      status: 'verified',
    },
  ];
}

/**
 * Client-side in-path rule sending SMTP to a hub through SSL pre-optimisation. The syntax is
 * verified (RiOS 9.2 CLI reference); addresses and port for this use are ours, hence 'partial'.
 * Port 25 for mail between organisations, 2525 for hub-to-hub inside one 2013+ organisation.
 */
export function inPathRuleCommand(hubName: string, ip: string, port: 25 | 2525): Command {
  const prefix = ip.includes(':') ? 128 : 32;
  return {
    shell: 'rios',
    label: `In-path rule: SMTP to ${hubName} with SSL pre-optimisation`,
    command: `in-path rule auto-discover dstaddr ${ip}/${prefix} dstport ${port} preoptimization ssl description "Secure SMTP to ${hubName}"`,
    status: 'partial',
  };
}
