import type { Hub } from '../site';

/**
 * File names inside the USB bundle (DOMAIN.md §9): public certificates and secret PFX files sit
 * in separate folders so a partner's certificate can be handed over without a key beside it.
 * The install scripts sit at the bundle root, beside both folders.
 * Names come from the validated FQDN, which is already lower-case [a-z0-9.-] only.
 */
export const bundleFolders = { public: 'public', private: 'private' } as const;

/** Relative (Windows) path of the hub's PFX inside the bundle. */
export function pfxPath(hub: Pick<Hub, 'fqdn'>): string {
  return `${bundleFolders.private}\\${hub.fqdn}.pfx`;
}

/** Relative (Windows) path of the hub's public certificate (DER) inside the bundle. */
export function cerPath(hub: Pick<Hub, 'fqdn'>): string {
  return `${bundleFolders.public}\\${hub.fqdn}.cer`;
}

/** Relative (Windows) path of the site CA certificate (site CA mode) inside the bundle. */
export const siteCaCerPath = `${bundleFolders.public}\\site-ca.cer`;

/** File name of the hub's install script, e.g. install-ex01.ps1. */
export function installScriptName(hub: Pick<Hub, 'netbiosName'>): string {
  return `install-${hub.netbiosName.toLowerCase()}.ps1`;
}

/** The friendly name the certificate carries in the PFX and in Exchange. */
export function certificateFriendlyName(hub: Pick<Hub, 'netbiosName'>): string {
  return `Riverbed SMTP ${hub.netbiosName}`;
}

/** The subject Exchange shows for our certificate (CN = the hub FQDN). */
export function certificateSubject(hub: Pick<Hub, 'fqdn'>): string {
  return `CN=${hub.fqdn}`;
}
