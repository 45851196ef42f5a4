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

/**
 * Adds partner domains to both lists without removing anyone already there: the `@{Add=...}`
 * form on 2010 SP1 and later, a read-modify-write that skips present entries before that
 * (DOMAIN.md §1.4). Never the overwrite form, never braces.
 */
export function addSecureDomainsCommands(
  version: ExchangeVersion,
  domains: readonly string[],
): Command[] {
  const quoted = domains.map(quotePowerShell);
  if (exchangeAtLeast(version, '2010-sp1')) {
    const add = `@{Add=${quoted.join(',')}}`;
    return [
      showSecureListsCommand(),
      {
        shell: 'powershell',
        label: 'Add the partner domains to both lists (keeps existing entries)',
        command: [
          `Set-TransportConfig -TLSSendDomainSecureList ${add}`,
          `Set-TransportConfig -TLSReceiveDomainSecureList ${add}`,
        ].join('\n'),
        status: 'verified',
      },
    ];
  }
  const lines = ['$tc = Get-TransportConfig'];
  for (const domain of quoted) {
    lines.push(
      `if (@($tc.TLSSendDomainSecureList | ForEach-Object { $_.ToString() }) -notcontains ${domain}) { $tc.TLSSendDomainSecureList += ${domain} }`,
      `if (@($tc.TLSReceiveDomainSecureList | ForEach-Object { $_.ToString() }) -notcontains ${domain}) { $tc.TLSReceiveDomainSecureList += ${domain} }`,
    );
  }
  lines.push(
    'Set-TransportConfig -TLSSendDomainSecureList $tc.TLSSendDomainSecureList -TLSReceiveDomainSecureList $tc.TLSReceiveDomainSecureList',
  );
  return [
    showSecureListsCommand(),
    {
      shell: 'powershell',
      label:
        'Read both lists, append the partner domains, write them back (no @{Add=} before 2010 SP1)',
      command: lines.join('\n'),
      status: 'partial',
    },
  ];
}
