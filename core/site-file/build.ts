import type { CertMetadata, HubCertView } from '../certificates/metadata';
import type { Site } from '../site';
import {
  SITE_FILE_EXTENSION,
  SITE_FILE_FORMAT,
  SITE_FILE_VERSION,
  type SiteFile,
  type SiteFileProgress,
} from './schema';

/**
 * Assembles a site file from the current site and its progress (nothing secret is ever in either),
 * with the certificates' public facts when given; it says that evidence files stay behind.
 */
export function buildSiteFile(
  site: Site,
  progress: SiteFileProgress,
  exportedAt: Date,
  certificates?: { readonly hubs: readonly HubCertView[]; readonly siteCa: CertMetadata | null },
): SiteFile {
  return {
    format: SITE_FILE_FORMAT,
    formatVersion: SITE_FILE_VERSION,
    site,
    progress: { ...progress },
    exportedAt: exportedAt.toISOString(),
    // The facts are plain data (the same shape the schema reads back); only `readonly` differs.
    ...(certificates
      ? {
          certificates: certificates as NonNullable<SiteFile['certificates']>,
          evidenceIncluded: false as const,
        }
      : {}),
  };
}

/** The file's text: stable two-space JSON with a trailing newline, easy to diff and to e-mail. */
export function serializeSiteFile(file: SiteFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A Windows-safe file name for the export dialog, from the customer and site names. */
export function suggestedSiteFileName(site: Site): string {
  const words = `${site.customer.name} ${site.customer.siteName}`
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, 60)
    .replace(/-+$/u, '');
  return `${words || 'site'}${SITE_FILE_EXTENSION}`;
}

/**
 * What a site file does not carry, in words for the export's message (null when nothing stays
 * behind): the evidence files its steps refer to and the collected server states stay in this
 * laptop's data folder, so the checked verification cannot be recomputed from the file alone.
 */
export function siteFileLeavesBehind(
  progress: SiteFileProgress,
  collectedStates: number,
): string | null {
  const evidence = new Set(Object.values(progress).flatMap((r) => r.evidence)).size;
  const parts = [
    evidence > 0
      ? `${evidence} evidence file${evidence === 1 ? '' : 's'} (screenshots, pasted output)`
      : '',
    collectedStates > 0
      ? `${collectedStates} collected server state${collectedStates === 1 ? '' : 's'}`
      : '',
  ].filter((p) => p !== '');
  if (parts.length === 0) return null;
  return `Evidence stays behind on this laptop: the site file refers to ${parts.join(' and ')} but does not carry ${evidence + collectedStates === 1 ? 'it' : 'them'}. A completion certificate checked elsewhere cannot verify its checked-output part without them; the records ID printed on the paper still checks the rest.`;
}
