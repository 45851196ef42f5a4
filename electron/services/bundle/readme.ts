import type { Hub, Site } from '../../../core/site';
import { PFX_PROFILES } from '../pki/pfx-build';
import type { VaultEntry } from '../vault/vault';

/** Windows line endings: the README is read in Notepad on the hub. */
const crlf = (lines: string[]) => `${lines.join('\r\n')}\r\n`;

/** README.txt for one hub folder: what goes where, the PFX profile, thumbprints. */
export function hubReadme(
  site: Site,
  hub: Hub,
  entry: VaultEntry,
  peers: readonly { hub: Hub; entry: VaultEntry }[],
  files: { pemKey: 'none' | 'encrypted' | 'plain'; script: string | null; siteCa: boolean },
): string {
  const m = entry.metadata;
  const lines = [
    `Secure SMTP Runbook bundle for ${hub.netbiosName} (${hub.fqdn})`,
    `Site: ${site.customer.name}, ${site.customer.siteName}`,
    '',
    'WHAT GOES WHERE',
    `  private\\${hub.fqdn}.pfx   SECRET. Key + certificate. Import on ${hub.netbiosName} into LocalMachine\\My`,
    '                             with Import-ExchangeCertificate (the install script does it), then enable it for SMTP.',
  ];
  if (files.pemKey !== 'none') {
    lines.push(
      `  private\\${hub.fqdn}.key   SECRET. ${files.pemKey === 'encrypted' ? 'PEM private key, encrypted with the PFX password' : 'PEM private key, NOT ENCRYPTED (you asked for it): delete it from the stick after use'}.`,
      '                             For the server-side SteelHead (proxy certificate and key for this hub).',
    );
  }
  lines.push(
    `  public\\${hub.fqdn}.cer    Public certificate (DER). Give it to every partner hub: their LocalMachine\\Root.`,
    `  public\\${hub.fqdn}.crt    Same certificate as PEM, for the SteelHead (proxy certificate / trusted CA).`,
  );
  for (const p of peers)
    lines.push(
      `  public\\${p.hub.fqdn}.cer    Partner certificate: import into THIS hub's LocalMachine\\Root.`,
    );
  if (files.siteCa)
    lines.push(
      '  public\\site-ca.cer          The site root CA that signed every hub certificate: import into LocalMachine\\Root on every hub and partner.',
    );
  if (files.script)
    lines.push(
      `  ${files.script}   Run in the Exchange Management Shell on ${hub.netbiosName}; dry run first with -WhatIf.`,
    );
  lines.push(
    '  SHA256SUMS                 Checksums of every file in this folder (Get-FileHash -Algorithm SHA256).',
    '',
    'PFX PROFILE',
    `  ${PFX_PROFILES[entry.profile].label}`,
    `  Key protection: ${PFX_PROFILES[entry.profile].keyAlgorithm}; MAC HMAC-SHA1.`,
    '  A PFX the target Windows cannot read reports "the password is incorrect": check the profile before the password.',
    '  The PFX password is not in this bundle. It travels separately.',
    '',
    'CERTIFICATE',
    `  Subject:    ${m.subject}`,
    `  Issuer:     ${m.issuer}`,
    `  SANs:       ${m.sans.join(', ')}`,
    `  Valid:      ${m.notBefore} to ${m.notAfter}`,
    `  RSA key:    ${m.keyBits} bits`,
    `  Thumbprint: ${m.thumbprint}   (as Get-ExchangeCertificate shows it)`,
    `  SHA-256:    ${m.sha256}`,
  );
  for (const p of peers)
    lines.push(`  Partner ${p.hub.fqdn}: thumbprint ${p.entry.metadata.thumbprint}`);
  lines.push('', 'Eject the stick safely before pulling it out.');
  return crlf(lines);
}

/** README.txt at the bundle root: one line per hub folder. */
export function rootReadme(site: Site, hubs: readonly { hub: Hub; entry: VaultEntry }[]): string {
  return crlf([
    `Secure SMTP Runbook bundle: ${site.customer.name}, ${site.customer.siteName}`,
    '',
    'One folder per hub. In each: private\\ holds SECRET files (PFX, optional key) for that hub only;',
    "public\\ holds certificates that may be handed to partners. Copy a hub's folder to that hub only.",
    '',
    ...hubs.map(
      ({ hub, entry }) =>
        `  ${hub.fqdn}\\   ${hub.netbiosName}, ${PFX_PROFILES[entry.profile].label}, thumbprint ${entry.metadata.thumbprint}`,
    ),
    '',
    'SHA256SUMS lists every file; "sha256sum -c SHA256SUMS" on Linux, Get-FileHash on Windows.',
  ]);
}
