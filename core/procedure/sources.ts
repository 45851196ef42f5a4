/**
 * The sources behind the procedure and the generated commands, as the app lists them (Help ›
 * The procedure's sources). Each is cited in docs/domain.md next to the fact it supports, with
 * the same label: verified (read against the source) or partial (part of the fact, or a page not
 * re-read). Nothing was run against a live Exchange server.
 */
export interface Source {
  readonly topic: string;
  readonly title: string;
  readonly url: string | null;
  readonly checked: 'verified' | 'partial';
}

export const procedureSources: readonly Source[] = [
  {
    topic: 'The procedure',
    title:
      'Riverbed SteelHead Deployment Guide, Protocols: Secure SMTP Optimization, Configuring Microsoft Exchange Servers for Secure SMTP (the vendor procedure this app follows; four of its commands are corrected here)',
    url: null,
    checked: 'verified',
  },
  {
    topic: 'Exchange and Windows versions',
    title: 'Exchange Server supportability matrix',
    url: 'https://learn.microsoft.com/en-us/exchange/plan-and-deploy/supportability-matrix',
    checked: 'partial',
  },
  {
    topic: 'Exchange and Windows versions',
    title: 'Exchange 2010 system requirements',
    url: 'https://learn.microsoft.com/en-us/previous-versions/office/exchange-server-2010/aa996719(v=exchg.141)',
    checked: 'partial',
  },
  {
    topic: 'Which PowerShell runs the commands',
    title: 'Exchange 2007 Management Shell (PowerShell 1.0)',
    url: 'https://learn.microsoft.com/en-us/previous-versions/office/exchange-server-2007/bb123778(v=exchg.80)',
    checked: 'partial',
  },
  {
    topic: 'Which PowerShell runs the commands',
    title: 'Exchange 2010 Management Shell (remote PowerShell 2.0)',
    url: 'https://learn.microsoft.com/en-us/previous-versions/office/exchange-server-2010/dd297932(v=exchg.141)',
    checked: 'partial',
  },
  {
    topic: 'Receive connectors',
    title: 'Receive connectors: permission groups and the default connectors',
    url: 'https://learn.microsoft.com/exchange/mail-flow/connectors/receive-connectors#receive-connector-permission-groups',
    checked: 'partial',
  },
  {
    topic: 'Domain security',
    title: 'Set-ReceiveConnector',
    url: 'https://learn.microsoft.com/powershell/module/exchangepowershell/set-receiveconnector',
    checked: 'verified',
  },
  {
    topic: 'Domain security',
    title: 'Set-SendConnector',
    url: 'https://learn.microsoft.com/powershell/module/exchangepowershell/set-sendconnector',
    checked: 'verified',
  },
  {
    topic: 'Trusting a certificate',
    title: 'certutil',
    url: 'https://learn.microsoft.com/windows-server/administration/windows-commands/certutil',
    checked: 'verified',
  },
  {
    topic: 'Trusting a certificate',
    title: 'Import-Certificate',
    url: 'https://learn.microsoft.com/powershell/module/pki/import-certificate',
    checked: 'verified',
  },
  {
    topic: 'Forest trust',
    title: 'netdom trust',
    url: 'https://learn.microsoft.com/windows-server/administration/windows-commands/netdom-trust',
    checked: 'verified',
  },
  {
    topic: 'OpenSSL listings',
    title: 'openssl-pkcs12 (OpenSSL 3.0)',
    url: 'https://docs.openssl.org/3.0/man1/openssl-pkcs12/',
    checked: 'verified',
  },
  {
    topic: 'OpenSSL listings',
    title: 'openssl-x509 (OpenSSL 3.0)',
    url: 'https://docs.openssl.org/3.0/man1/openssl-x509/',
    checked: 'partial',
  },
];
