import {
  defaultWindowsFor,
  supportedWindows,
  validateSite,
  type ExchangeVersion,
  type Site,
  type WindowsVersion,
} from '../../../../core/site';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Reads a site fixture's raw JSON (not yet validated). */
export function rawSiteFixture(name: string): Record<string, unknown> {
  const url = new URL(`../../../fixtures/sites/${name}.json`, import.meta.url);
  return JSON.parse(readFileSync(fileURLToPath(url), 'utf8')) as Record<string, unknown>;
}

/** Reads and validates a site fixture, failing loudly if it is no longer valid. */
export function siteFixture(name: string): Site {
  const result = validateSite(rawSiteFixture(name));
  if (!result.ok) throw new Error(`${name}: ${result.error.field}: ${result.error.message}`);
  return result.value;
}

/**
 * Every fixture site, by name: one per Exchange version and environment, then the review's shapes
 * (site CA across organisations, mixed versions in one organisation, three organisations,
 * Internet-facing 2007/2010 hubs, single-domain sites with downgraded Exchange Server
 * authentication between the hubs), each with a SteelHead in front of every organisation.
 */
export const fixtureNames = [
  '2007-multi',
  '2010-rtm-multi',
  '2010-sp1-single',
  '2010-sp1-multi',
  '2013-multi',
  '2016-2019-se-single',
  '2016-2019-se-multi',
  'site-ca-multi',
  'mixed-versions',
  'three-organisations',
  'internet-facing-2007-2010',
  '2010-sp1-single-downgraded',
  '2016-2019-se-single-downgraded',
] as const;

/**
 * A fixture's raw JSON re-run as another Exchange version: the site's version changes, and each hub
 * that follows the site's version keeps its Windows version where that version runs on it, else
 * gets the version's default Windows (an impossible pair is refused by the schema); on 2007 the
 * hubs keep TLS between them.
 */
export function rawAsVersion(
  raw: Record<string, unknown>,
  version: ExchangeVersion,
): Record<string, unknown> {
  const hubs = (raw.hubs as Record<string, unknown>[]).map((h) => {
    const own = (h.exchangeVersion as ExchangeVersion | undefined) ?? version;
    const windows = h.windowsVersion as WindowsVersion;
    return supportedWindows[own].includes(windows)
      ? h
      : { ...h, windowsVersion: defaultWindowsFor(own) };
  });
  // Downgraded Exchange Server authentication does not exist on 2007 (the schema refuses it there).
  const intraOrgTls = version === '2007' ? 'exchange-server-auth' : raw.intraOrgTls;
  return { ...raw, exchangeVersion: version, hubs, intraOrgTls };
}
