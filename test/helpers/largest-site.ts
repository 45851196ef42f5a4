import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validateSite, type Site } from '../../core/site';

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

/**
 * The largest site the schema accepts, shaped for the most plan work: 250 hubs each in its own
 * forest (every hub trusts every other: 62,250 partner pairs), 16 addresses per hub, long names,
 * and 64 SteelHeads, each in front of one hub. Its JSON is about 280 KB.
 */
export function largestSite(): Site {
  const hubs = Array.from({ length: 250 }, (_, i) => {
    const forest = `forest${String(i).padStart(3, '0')}.corporate-subsidiary-long-name.local`;
    return {
      id: `hub-${i}`,
      fqdn: `exchange-hub-transport-${String(i).padStart(3, '0')}.${forest}`,
      netbiosName: `EXHUB${String(i).padStart(3, '0')}`,
      adDomain: forest,
      forest,
      smtpDomain: `mail${i}.subsidiary-long-name.example.com`,
      windowsVersion: '2012r2',
      sendConnectorName: `Outbound to partner organisations ${i}`,
      receiveConnectorInternetFacing: false,
      ipAddresses: Array.from({ length: 16 }, (_, j) => `10.${i % 250}.${j}.${(i + j) % 250}`),
    };
  });
  const steelheads = Array.from({ length: 64 }, (_, i) => ({
    id: `sh-${i}`,
    name: `steelhead-${i}.wan-optimisation.example.local`,
    side: i % 2 === 0 ? 'server-side' : 'client-side',
    riosVersion: '9.2.1',
    sslLicence: true,
    hubIds: [`hub-${i}`],
  }));
  const r = validateSite({
    schemaVersion: 1,
    customer: { name: 'Largest Customer Holdings', siteName: 'Every hub of the estate' },
    engineer: { name: 'Scale Test', email: '' },
    exchangeVersion: '2016-2019-se',
    environment: 'multi-domain',
    hubs,
    steelheads,
    certificate: { keySize: 2048, legacyKeyAllowed: false, validityDays: 730, pfxProfile: 'auto' },
  });
  if (!r.ok) throw new Error(`${r.error.field}: ${r.error.message}`);
  return r.value;
}
