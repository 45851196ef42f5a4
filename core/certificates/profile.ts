import type { Hub, Site } from '../site/site';
import {
  pfxProfiles,
  type PfxProfile,
  type PfxProfileChoice,
  type WindowsVersion,
  windowsVersionLabels,
} from '../site/enums';

export { pfxProfiles, type PfxProfile };

/** What one PFX profile is, in the words every surface shows (DOMAIN.md §2.1, §8). */
interface PfxProfileFacts {
  /** Short name: "Windows legacy". */
  readonly name: string;
  /** How the key is protected, in words: "3DES / SHA-1". */
  readonly protection: string;
  /** Windows Server versions a primary source says can import it, oldest first. */
  readonly readableOn: readonly WindowsVersion[];
  /** Versions that probably can, but no source we found confirms it. */
  readonly unverifiedOn: readonly WindowsVersion[];
  /** The key bag's algorithm as `openssl pkcs12 -info` names it. */
  readonly keyAlgorithm: string;
  /** The PFX's integrity MAC (node-forge writes HMAC-SHA1 for both profiles). */
  readonly mac: string;
}

/**
 * The one table of the PFX profiles. Readable versions: Microsoft's PKCS12_PBES2_EXPORT_PARAMS
 * page (AES-256 PFX from Windows Server 2019) and DOMAIN.md §2.1 (3DES from 2008 R2 on); 2003
 * and 2008 are not confirmed by a source, so they are labelled unverified.
 */
export const pfxProfileFacts: Readonly<Record<PfxProfile, PfxProfileFacts>> = {
  'windows-legacy': {
    name: 'Windows legacy',
    protection: '3DES / SHA-1',
    readableOn: ['2008r2', '2012', '2012r2', '2016', '2019', '2022', '2025'],
    unverifiedOn: ['2003', '2008'],
    keyAlgorithm: 'pbeWithSHA1And3-KeyTripleDES-CBC',
    mac: 'HMAC-SHA1',
  },
  'windows-modern': {
    name: 'Windows modern',
    protection: 'AES-256 / PBKDF2',
    readableOn: ['2019', '2022', '2025'],
    unverifiedOn: [],
    keyAlgorithm: 'PBES2/PBKDF2-hmacWithSHA256/AES-256-CBC',
    mac: 'HMAC-SHA1',
  },
};

const serverName = (w: WindowsVersion) => windowsVersionLabels[w].replace(/^Windows Server /u, '');

/** Who can import a profile, in words: "Windows Server 2019 to 2025". */
export function pfxProfileReadableBy(profile: PfxProfile): string {
  const { readableOn, unverifiedOn } = pfxProfileFacts[profile];
  const first = readableOn[0];
  const last = readableOn.at(-1);
  const range =
    first === undefined || last === undefined
      ? 'no Windows Server confirmed'
      : `Windows Server ${serverName(first)} to ${serverName(last)}`;
  return unverifiedOn.length === 0
    ? range
    : `${range} (${unverifiedOn.map(serverName).join(' and ')}: unverified)`;
}

/** The label of a profile wherever it is shown: name, protection and who can read it. */
export function pfxProfileLabel(profile: PfxProfile): string {
  const f = pfxProfileFacts[profile];
  return `${f.name} (${f.protection}): ${pfxProfileReadableBy(profile)}`;
}

/** The PFX profile a hub on this Windows version can import: modern where confirmed, else legacy (DOMAIN.md §8). */
export function pfxProfileFor(windows: WindowsVersion): PfxProfile {
  return pfxProfileFacts['windows-modern'].readableOn.includes(windows)
    ? 'windows-modern'
    : 'windows-legacy';
}

/** The profile a choice gives a hub on this Windows: a forced one, or the one its Windows can read. */
export function pfxProfileChosen(choice: PfxProfileChoice, windows: WindowsVersion): PfxProfile {
  return choice === 'auto' ? pfxProfileFor(windows) : choice;
}

/** The profile of one hub's PFX on this site. */
export function pfxProfileForHub(site: Site, hub: Pick<Hub, 'windowsVersion'>): PfxProfile {
  return pfxProfileChosen(site.certificate.pfxProfile, hub.windowsVersion);
}

/** The short label: name and protection ("Windows legacy (3DES / SHA-1)"). */
export function pfxProfileShortLabel(profile: PfxProfile): string {
  const f = pfxProfileFacts[profile];
  return `${f.name} (${f.protection})`;
}

/** A profile typed on a command line: the ids, or their short forms `legacy` and `modern`. */
export function parsePfxProfile(text: string): PfxProfile | null {
  const id = text.startsWith('windows-') ? text : `windows-${text}`;
  return (pfxProfiles as readonly string[]).includes(id) ? (id as PfxProfile) : null;
}

/** What "Automatic" does, in words read from the table above. */
export function pfxAutoRule(): string {
  const modern = pfxProfileFacts['windows-modern'];
  const legacy = pfxProfileFacts['windows-legacy'];
  return `Each hub gets the strongest profile its Windows can import: ${modern.name} (${modern.protection}) on ${pfxProfileReadableBy('windows-modern')}; ${legacy.name} (${legacy.protection}) on every older version.`;
}

/** Why a forced profile does not suit some hubs, or null when every hub can import it. */
export function pfxProfileMisfit(
  profile: PfxProfile,
  hubs: readonly { readonly name: string; readonly windowsVersion: WindowsVersion }[],
): string | null {
  const cannot = hubs.filter(
    (h) =>
      !pfxProfileFacts[profile].readableOn.includes(h.windowsVersion) &&
      !pfxProfileFacts[profile].unverifiedOn.includes(h.windowsVersion),
  );
  if (cannot.length === 0) return null;
  const f = pfxProfileFacts[profile];
  return `${cannot.map((h) => `${h.name} (${windowsVersionLabels[h.windowsVersion]})`).join(', ')} cannot import a ${f.name} (${f.protection}) PFX, which only ${pfxProfileReadableBy(profile)} can: choose Automatic or another profile.`;
}
