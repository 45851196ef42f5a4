/** Human labels of the site model's fields, as the questionnaire shows them. */
export const hubFieldLabels = {
  id: 'Hub id',
  fqdn: 'FQDN',
  netbiosName: 'NetBIOS name',
  adDomain: 'AD domain',
  forest: 'AD forest root',
  smtpDomain: 'SMTP domain',
  windowsVersion: 'Windows Server version',
  sendConnectorName: 'Send connector name',
  receiveConnectorName: 'Receive connector name',
  receiveConnectorInternetFacing: 'Receives Internet mail',
  sendConnectorUsesSmartHost: 'Uses a smart host',
  ipAddresses: 'IP addresses',
} as const;

const steelheadFieldLabels = {
  id: 'SteelHead id',
  name: 'Name',
  side: 'Side',
  riosVersion: 'RiOS version',
  sslLicence: 'SSL licence',
  hubIds: 'Hubs it fronts',
} as const;

const topLabels: Record<string, string> = {
  'customer.name': 'Customer name',
  'customer.siteName': 'Site name',
  'engineer.name': 'Engineer name',
  'engineer.email': 'Engineer e-mail',
  exchangeVersion: 'Exchange version',
  environment: 'Environment',
  hubs: 'Hubs',
  steelheads: 'SteelHeads',
  'certificate.keySize': 'Key size',
  'certificate.legacyKeyAllowed': 'Allow a legacy 1024-bit key',
  'certificate.validityDays': 'Validity (days)',
  'certificate.pfxProfile': 'PFX profile',
  schemaVersion: 'Site format version',
};

/** "Hub 2 · FQDN" for `hubs.1.fqdn`: the label an engineer recognises for a dotted field path. */
export function siteFieldLabel(path: string): string {
  const parts = path.split('.');
  const [head, index, field] = parts;
  if ((head === 'hubs' || head === 'steelheads') && index !== undefined && /^\d+$/u.test(index)) {
    const n = Number(index) + 1;
    const labels: Record<string, string> = head === 'hubs' ? hubFieldLabels : steelheadFieldLabels;
    const what = head === 'hubs' ? `Hub ${n}` : `SteelHead ${n}`;
    return field === undefined ? what : `${what} · ${labels[field] ?? field}`;
  }
  return topLabels[path] ?? topLabels[parts.slice(0, 2).join('.')] ?? path;
}
