import type { Hub } from '../site/site';

/**
 * The USB bundle's layout as data (DOMAIN.md §9): one entry per file of a hub's folder, with its
 * folder, name, whether it is secret and what it is for. The bundle writer iterates it, the stick
 * READMEs and the export panel describe it, and the install scripts' paths come from it. Public
 * certificates and secret files sit in separate folders, so a partner's certificate can be handed
 * over without a key beside it. Names come from the validated FQDN ([a-z0-9.-] only).
 */
export const bundleFolders = { public: 'public', private: 'private' } as const;

/** What a file of the bundle is. */
type BundleFileRole =
  | 'pfx'
  | 'pem-key'
  | 'certificate-der'
  | 'certificate-pem'
  | 'partner-certificate'
  | 'site-ca'
  | 'install-script'
  | 'collector-script'
  | 'readme'
  | 'checksums';

/** One file of a hub's folder (or of the bundle root). */
export interface BundleLayoutEntry {
  readonly role: BundleFileRole;
  /** Folder inside the hub's folder; [] is the hub's folder itself. */
  readonly folder: readonly string[];
  readonly name: string;
  /** Secret files go to private/ only, are written 0600 and never leave the hub's folder. */
  readonly secret: boolean;
  /** What the file is for, in a sentence (README and export panel). */
  readonly purpose: string;
  /** The hub whose certificate the file holds (a partner's, for partner certificates). */
  readonly hubId: string | null;
}

/** What varies between two hubs' folders. */
export interface HubBundleChoices {
  /** The partners whose certificates this hub must trust and that have a current certificate. */
  readonly partners: readonly Pick<Hub, 'id' | 'fqdn'>[];
  /** Site CA mode: the root that signed every hub certificate goes into public/. */
  readonly siteCa: boolean;
  /** The SteelHead PEM key: none, encrypted with the PFX password, or plain because the user insists. */
  readonly pemKey: 'none' | 'encrypted' | 'plain';
}

/** File name of the hub's install script, e.g. install-ex01.ps1. */
export function installScriptName(hub: Pick<Hub, 'netbiosName'>): string {
  return `install-${hub.netbiosName.toLowerCase()}.ps1`;
}

/** File name of the hub's read-only state collector, e.g. collect-ex01.ps1. */
export function collectorScriptName(hub: Pick<Hub, 'netbiosName'>): string {
  return `collect-${hub.netbiosName.toLowerCase()}.ps1`;
}

/** The site CA certificate's file name in public/. */
const siteCaFileName = 'site-ca.cer';

/** Every file of one hub's folder, in writing order: SHA256SUMS last, as it covers the others. */
export function hubBundleLayout(
  hub: Pick<Hub, 'id' | 'fqdn' | 'netbiosName'>,
  choices: HubBundleChoices,
): BundleLayoutEntry[] {
  const priv = [bundleFolders.private];
  const pub = [bundleFolders.public];
  const own = { hubId: hub.id };
  const entries: BundleLayoutEntry[] = [
    {
      role: 'pfx',
      folder: priv,
      name: `${hub.fqdn}.pfx`,
      secret: true,
      purpose: `Key and certificate of ${hub.netbiosName}: imported into LocalMachine\\My on ${hub.netbiosName} (the install script does it), then enabled for SMTP.`,
      ...own,
    },
  ];
  if (choices.pemKey !== 'none')
    entries.push({
      role: 'pem-key',
      folder: priv,
      name: `${hub.fqdn}.key`,
      secret: true,
      purpose:
        choices.pemKey === 'encrypted'
          ? 'PEM private key, encrypted with the PFX password, for the server-side SteelHead (proxy certificate and key of this hub).'
          : 'PEM private key, NOT ENCRYPTED (you asked for it), for the server-side SteelHead: delete it from the stick after use.',
      ...own,
    });
  entries.push(
    {
      role: 'certificate-der',
      folder: pub,
      name: `${hub.fqdn}.cer`,
      secret: false,
      purpose: choices.siteCa
        ? 'Public certificate of this hub (DER).'
        : 'Public certificate of this hub (DER): every partner hub imports it into its LocalMachine\\Root.',
      ...own,
    },
    {
      role: 'certificate-pem',
      folder: pub,
      name: `${hub.fqdn}.crt`,
      secret: false,
      purpose: 'The same certificate as PEM, for the SteelHead (proxy certificate / trusted CA).',
      ...own,
    },
    ...choices.partners.map((p): BundleLayoutEntry => ({
      role: 'partner-certificate',
      folder: pub,
      name: `${p.fqdn}.cer`,
      secret: false,
      purpose: `Certificate of partner ${p.fqdn}: import it into THIS hub's LocalMachine\\Root.`,
      hubId: p.id,
    })),
  );
  if (choices.siteCa)
    entries.push({
      role: 'site-ca',
      folder: pub,
      name: siteCaFileName,
      secret: false,
      purpose:
        'The site root CA that signed every hub certificate: import it into LocalMachine\\Root on every hub.',
      hubId: null,
    });
  entries.push(
    {
      role: 'install-script',
      folder: [],
      name: installScriptName(hub),
      secret: false,
      purpose: `Run it in the Exchange Management Shell on ${hub.netbiosName}, from this folder; dry run first with -WhatIf.`,
      ...own,
    },
    {
      role: 'collector-script',
      folder: [],
      name: collectorScriptName(hub),
      secret: false,
      purpose: `Read-only: run it in the Exchange Management Shell on ${hub.netbiosName} before and after the work; it writes state-<server>-<time>.xml here for the app to check.`,
      ...own,
    },
    {
      role: 'readme',
      folder: [],
      name: 'README.txt',
      secret: false,
      purpose: 'What is in this folder, where each file goes, and the steps on this hub in order.',
      ...own,
    },
    {
      role: 'checksums',
      folder: [],
      name: 'SHA256SUMS',
      secret: false,
      purpose: 'Checksums of every file in this folder (Get-FileHash -Algorithm SHA256).',
      ...own,
    },
  );
  return entries;
}

/** The files at the bundle root: one README for the stick and checksums of every file. */
export function rootBundleLayout(): BundleLayoutEntry[] {
  return [
    {
      role: 'readme',
      folder: [],
      name: 'README.txt',
      secret: false,
      purpose: 'What each hub folder holds and where it goes.',
      hubId: null,
    },
    {
      role: 'checksums',
      folder: [],
      name: 'SHA256SUMS',
      secret: false,
      purpose: 'Checksums of every file on the stick ("sha256sum -c SHA256SUMS", or Get-FileHash).',
      hubId: null,
    },
  ];
}

/** An entry's path inside the hub's folder, Windows style (`private\ex01.contoso.local.pfx`). */
export function windowsPath(entry: Pick<BundleLayoutEntry, 'folder' | 'name'>): string {
  return [...entry.folder, entry.name].join('\\');
}

/** The first entry of a role (the layout of a hub always has its PFX, certificates and script). */
function entryOf(
  hub: Pick<Hub, 'id' | 'fqdn' | 'netbiosName'>,
  role: BundleFileRole,
  siteCa = false,
) {
  const found = hubBundleLayout(hub, { partners: [], siteCa, pemKey: 'none' }).find(
    (e) => e.role === role,
  );
  if (!found) throw new Error(`bundle layout has no ${role}`);
  return found;
}

/** Relative (Windows) path of the hub's PFX inside its bundle folder. */
export function pfxPath(hub: Pick<Hub, 'fqdn'>): string {
  return windowsPath(entryOf({ id: '', netbiosName: '', ...hub }, 'pfx'));
}

/** Relative (Windows) path of a hub's public certificate (DER) inside a bundle folder. */
export function cerPath(hub: Pick<Hub, 'fqdn'>): string {
  return windowsPath(entryOf({ id: '', netbiosName: '', ...hub }, 'certificate-der'));
}

/** Relative (Windows) path of the site CA certificate (site CA mode) inside a bundle folder. */
export const siteCaCerPath = windowsPath({ folder: [bundleFolders.public], name: siteCaFileName });
