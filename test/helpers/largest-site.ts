import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SITE_LIMITS, validateSite, type Site } from '../../core/site';

const fixture = (name: string): unknown =>
  JSON.parse(
    readFileSync(fileURLToPath(new URL(`../fixtures/sites/${name}.json`, import.meta.url)), 'utf8'),
  );

/** A 3-hub multi-domain site (a fixture): the baseline the largest site is measured against. */
export function threeHubSite(): Site {
  const r = validateSite(fixture('2016-2019-se-multi'));
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** A DNS label of exactly 63 characters (the most DNS allows), unique per tag. */
const label63 = (tag: string) => `${tag}-${'x'.repeat(62 - tag.length)}`;
const pad = (i: number) => String(i).padStart(3, '0');

/**
 * The largest site the schema accepts, shaped for the most plan work (core/site SITE_LIMITS):
 * the most hubs, spread evenly over the most organisations ('multi-domain') or all trusting each
 * other in one ('single-domain'); FQDNs, SMTP domains and connector names at their longest; the
 * most IPv6 addresses per hub; the most SteelHeads, each in front of every hub of its forest
 * (server-side) or on the partners' side (client-side).
 */
export function largestSite(shape: 'multi-domain' | 'single-domain' = 'multi-domain'): Site {
  const forestCount = shape === 'multi-domain' ? SITE_LIMITS.organisations : 1;
  // 3 x 63 + 50 + 3 dots = 242 characters; with a 9-character host label the FQDN is 252 (<= 253).
  const forestOf = (k: number) =>
    [label63(`f${pad(k)}a`), label63(`f${pad(k)}b`), label63(`f${pad(k)}c`), 'd'.repeat(50)].join(
      '.',
    );
  const hubs = Array.from({ length: SITE_LIMITS.hubs }, (_, i) => {
    const forest = forestOf(i % forestCount);
    return {
      id: `hub-${pad(i)}`,
      fqdn: `exhub-${pad(i)}.${forest}`,
      netbiosName: `EXHUB-${pad(i)}-LONG`.slice(0, 15),
      adDomain: forest,
      forest,
      smtpDomain: [label63(`m${pad(i)}a`), label63(`m${pad(i)}b`), label63(`m${pad(i)}c`)].join(
        '.',
      ),
      windowsVersion: '2012r2',
      sendConnectorName: `Outbound to partner organisations ${pad(i)} ${'x'.repeat(64)}`.slice(
        0,
        64,
      ),
      receiveConnectorName: `Inbound from partner organisations ${pad(i)} ${'y'.repeat(64)}`.slice(
        0,
        64,
      ),
      receiveConnectorInternetFacing: false,
      ipAddresses: Array.from(
        { length: SITE_LIMITS.ipAddressesPerHub },
        (_, j) => `fd00:1234:5678:9abc:def0:${(i + 1).toString(16)}:${(j + 1).toString(16)}:ffff`,
      ),
    };
  });
  const steelheads = Array.from({ length: SITE_LIMITS.steelheads }, (_, i) => {
    const forest = forestOf(i % forestCount);
    return {
      id: `sh-${pad(i)}`,
      name: `sh-${pad(i)}.${label63('wan')}.${label63('optimisation')}.example.local`,
      side: i % 2 === 0 ? 'server-side' : 'client-side',
      riosVersion: '9.2.1',
      sslLicence: true,
      hubIds: hubs.filter((h) => h.forest === forest).map((h) => h.id),
    };
  });
  const r = validateSite({
    schemaVersion: 1,
    customer: { name: 'C'.repeat(120), siteName: 'S'.repeat(120) },
    engineer: { name: 'E'.repeat(120), email: '' },
    exchangeVersion: '2016-2019-se',
    environment: shape,
    hubs,
    steelheads,
    certificate: { keySize: 2048, legacyKeyAllowed: false, validityDays: 730, pfxProfile: 'auto' },
  });
  if (!r.ok) throw new Error(`${r.error.field}: ${r.error.message}`);
  return r.value;
}
