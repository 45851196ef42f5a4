import { exchangeAtLeast, type ExchangeVersion } from '../site';
import { quotePowerShell } from '../quote';
import type { Command } from './types';

/** Shows both organisation-wide domain-secure lists. */
export function showSecureListsCommand(): Command {
  return {
    shell: 'powershell',
    label: 'Show the domain-secure lists (organisation-wide)',
    command: 'Get-TransportConfig | Format-List TLSSendDomainSecureList,TLSReceiveDomainSecureList',
    status: 'verified',
  };
}

/** `@('a','b')` of the names already on one list, as plain strings. */
const namesOn = (list: string) => `@($tc.${list} | ForEach-Object { $_.ToString() })`;

/**
 * Adds partner domains to both lists without removing anyone already there (DOMAIN.md §1.4), never
 * the overwrite form, never braces. Both forms read the lists first: on 2010 SP1 and later only the
 * domains not yet listed go into `@{Add=...}` (adding a listed one is an error), and before that the
 * read-modify-write writes back plain strings (2010 RTM's remoting hands back deserialised objects,
 * which are not written back).
 */
export function addSecureDomainsCommands(
  version: ExchangeVersion,
  domains: readonly string[],
): Command[] {
  const quoted = domains.map(quotePowerShell).join(',');
  if (exchangeAtLeast(version, '2010-sp1')) {
    return [
      showSecureListsCommand(),
      {
        shell: 'powershell',
        label: 'Add the partner domains not yet on each list (keeps existing entries)',
        command: [
          '$tc = Get-TransportConfig',
          `$AddSend = @(@(${quoted}) | Where-Object { ${namesOn('TLSSendDomainSecureList')} -notcontains $_ })`,
          `$AddReceive = @(@(${quoted}) | Where-Object { ${namesOn('TLSReceiveDomainSecureList')} -notcontains $_ })`,
          'if ($AddSend.Count -gt 0) { Set-TransportConfig -TLSSendDomainSecureList @{Add=$AddSend} }',
          'if ($AddReceive.Count -gt 0) { Set-TransportConfig -TLSReceiveDomainSecureList @{Add=$AddReceive} }',
        ].join('\n'),
        status: 'partial',
      },
    ];
  }
  const lines = [
    '$tc = Get-TransportConfig',
    `$Send = ${namesOn('TLSSendDomainSecureList')}`,
    `$Receive = ${namesOn('TLSReceiveDomainSecureList')}`,
  ];
  for (const domain of domains.map(quotePowerShell)) {
    lines.push(
      `if ($Send -notcontains ${domain}) { $Send += ${domain} }`,
      `if ($Receive -notcontains ${domain}) { $Receive += ${domain} }`,
    );
  }
  lines.push(
    'Set-TransportConfig -TLSSendDomainSecureList $Send -TLSReceiveDomainSecureList $Receive',
  );
  return [
    showSecureListsCommand(),
    {
      shell: 'powershell',
      label:
        'Read both lists, append the partner domains, write them back as plain names (no @{Add=} before 2010 SP1)',
      command: lines.join('\n'),
      status: 'partial',
    },
  ];
}
