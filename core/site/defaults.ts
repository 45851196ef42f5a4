import { SITE_SCHEMA_VERSION } from './schema';
import type { SiteInput } from './site';

type HubInput = SiteInput['hubs'][number];
type SteelheadInput = NonNullable<SiteInput['steelheads']>[number];

/** A blank site for the questionnaire: valid shape, empty names for the engineer to fill. */
export function emptySite(): SiteInput {
  return {
    schemaVersion: SITE_SCHEMA_VERSION,
    customer: { name: '', siteName: '' },
    engineer: { name: '', email: '' },
    exchangeVersion: '2016-2019-se',
    environment: 'single-domain',
    hubs: [],
    steelheads: [],
    certificate: defaultCertificateChoices(),
  };
}

/** Safe certificate defaults: RSA 2048, two years, PFX profile chosen per hub. */
export function defaultCertificateChoices(): Required<SiteInput['certificate']> {
  return {
    keySize: 2048,
    legacyKeyAllowed: false,
    validityDays: 730,
    pfxProfile: 'auto',
    siteCa: false,
  };
}

/** A blank hub with a fresh id; the receive connector is left out so the version default applies. */
export function emptyHub(id: string): HubInput {
  return {
    id,
    fqdn: '',
    netbiosName: '',
    adDomain: '',
    forest: '',
    smtpDomain: '',
    windowsVersion: '2016',
    sendConnectorName: '',
    receiveConnectorInternetFacing: null,
    sendConnectorUsesSmartHost: false,
    ipAddresses: [],
  };
}

/** A blank SteelHead with a fresh id. */
export function emptySteelhead(id: string, side: SteelheadInput['side']): SteelheadInput {
  return { id, name: '', side, riosVersion: '', sslLicence: false, hubIds: [] };
}

/** The next unused id with this prefix (hub-1, hub-2, ...), for "add another" buttons. */
export function nextId(prefix: string, taken: readonly string[]): string {
  let n = 1;
  while (taken.includes(`${prefix}-${n}`)) n += 1;
  return `${prefix}-${n}`;
}
