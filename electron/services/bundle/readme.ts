import {
  installScriptName,
  windowsPath,
  type BundleLayoutEntry,
} from '../../../core/certificates/bundle-layout';
import { bundleCopyInstruction } from '../../../core/commands';
import type { CertsByHub } from '../../../core/certificates/bundle-state';
import type { HubCertView } from '../../../core/certificates/metadata';
import { pfxProfileFacts, pfxProfileLabel } from '../../../core/certificates/profile';
import { hubScriptSteps, type Plan } from '../../../core/plan';
import type { Hub, Site } from '../../../core/site';
import { formatDateTime } from '../../../core/dates';

/** Windows line endings: the README is read in Notepad on the hub. */
const crlf = (lines: string[]) => `${lines.join('\r\n')}\r\n`;

/** "WHAT GOES WHERE": one line per file of the layout, secret files marked. */
function whatGoesWhere(layout: readonly BundleLayoutEntry[]): string[] {
  const paths = layout.map(windowsPath);
  const width = Math.max(...paths.map((p) => p.length)) + 3;
  return layout.map(
    (e, i) => `  ${paths[i]!.padEnd(width)}${e.secret ? 'SECRET. ' : ''}${e.purpose}`,
  );
}

/**
 * "WHAT TO DO": the hub's runbook in the install script's order (its organisation's once-only
 * steps included when it carries them). Numbers are the script's own (the ones -StartAt takes and
 * "STOPPED in step N" prints); a step done by hand has none.
 */
function whatToDo(plan: Plan, hub: Hub): string[] {
  return [
    '  Numbers are the install script\'s step numbers (for -StartAt); "--" is done by hand.',
    ...hubScriptSteps(plan, hub.id).map(({ step: s, scriptNumber }) =>
      scriptNumber === null
        ? `  --  ${s.title} (${s.runOn})   [by hand, not in the script]`
        : `  ${String(scriptNumber).padStart(2)}. ${s.title} (${s.runOn})`,
    ),
  ];
}

/** README.txt for one hub folder, rendered from core's layout and the hub's planned steps. */
export function hubReadme(
  site: Site,
  hub: Hub,
  cert: HubCertView,
  layout: readonly BundleLayoutEntry[],
  plan: Plan,
  partners: readonly { hub: Hub; cert: HubCertView }[],
): string {
  const m = cert.metadata;
  const profile = pfxProfileFacts[cert.profile];
  return crlf([
    `Secure SMTP Runbook bundle for ${hub.netbiosName} (${hub.fqdn})`,
    `Site: ${site.customer.name}, ${site.customer.siteName}`,
    '',
    'WHAT GOES WHERE',
    ...whatGoesWhere(layout),
    '',
    `WHAT TO DO ON ${hub.netbiosName}, IN THIS ORDER (the app's checklist has every detail)`,
    `  ${bundleCopyInstruction(hub)}`,
    `  Then start the Exchange Management Shell with Run as administrator and run ${installScriptName(hub)} from there (dry run first with -WhatIf).`,
    ...whatToDo(plan, hub),
    '',
    'PFX PROFILE',
    `  ${pfxProfileLabel(cert.profile)}`,
    `  Key protection: ${profile.keyAlgorithm}; MAC ${profile.mac}.`,
    '  A PFX the target Windows cannot read reports "the password is incorrect": check the profile before the password.',
    '  The PFX password is not in this bundle. It travels separately.',
    '',
    'CERTIFICATE',
    `  Subject:    ${m.subject}`,
    `  Issuer:     ${m.issuer}`,
    `  SANs:       ${m.sans.join(', ')}`,
    `  Valid:      ${formatDateTime(m.notBefore)} to ${formatDateTime(m.notAfter)}`,
    `  RSA key:    ${m.keyBits} bits`,
    `  Thumbprint: ${m.thumbprint}   (as Get-ExchangeCertificate shows it)`,
    `  SHA-256:    ${m.sha256}`,
    ...partners.map((p) => `  Partner ${p.hub.fqdn}: thumbprint ${p.cert.metadata.thumbprint}`),
    '',
    'Eject the stick safely before pulling it out.',
  ]);
}

/** README.txt at the bundle root: the root files, then one line per hub folder. */
export function rootReadme(
  site: Site,
  hubs: readonly Hub[],
  certs: CertsByHub,
  root: readonly BundleLayoutEntry[],
): string {
  return crlf([
    `Secure SMTP Runbook bundle: ${site.customer.name}, ${site.customer.siteName}`,
    '',
    'One folder per hub. In each: private\\ holds SECRET files (PFX, optional key) for that hub only;',
    "public\\ holds certificates that may be handed to partners. Copy a hub's folder to that hub only.",
    '',
    ...whatGoesWhere(root),
    '',
    ...hubs.map((hub) => {
      const c = certs.get(hub.id)!;
      return `  ${hub.fqdn}\\   ${hub.netbiosName}, ${pfxProfileLabel(c.profile)}, thumbprint ${c.metadata.thumbprint}`;
    }),
  ]);
}
