import { z } from 'zod';
import {
  environments,
  exchangeVersions,
  intraOrgTlsChoices,
  exchangeAtLeast,
  pfxProfileChoices,
  steelheadSides,
  windowsVersions,
  type ExchangeVersion,
} from './enums';
import { checkDnsName, checkFqdn, checkIpAddress, normaliseDnsName } from './dns-checks';
import {
  checkConnectorName,
  checkNetbiosName,
  checkOptionalEmail,
  checkRequiredText,
} from './text-checks';
import { SITE_LIMITS } from './limits';

/** The site file format version. Bump it only together with a migration. */
export const SITE_SCHEMA_VERSION = 1 as const;

type Check = (value: string) => string | null;

/** A string schema whose refusal message comes from a pure check. */
function checked(check: Check, typeMessage: string) {
  return z.string({ error: typeMessage }).superRefine((value, ctx) => {
    const message = check(value);
    if (message) ctx.addIssue({ code: 'custom', message });
  });
}

const fqdn = (label: string, example: string) =>
  checked((v) => checkFqdn(v, label, example), `${label} must be text`).transform(normaliseDnsName);
const dnsName = (label: string, example: string) =>
  checked((v) => checkDnsName(v, label, example), `${label} must be text`).transform(
    normaliseDnsName,
  );
const text = (label: string, max = 120) =>
  checked((v) => checkRequiredText(v, label, max), `${label} must be text`);
const connector = (label: string) =>
  checked((v) => checkConnectorName(v, label), `${label} must be text`);

const enumOf = <T extends readonly [string, ...string[]]>(values: T, label: string) =>
  z.enum(values, { error: `${label} must be one of: ${values.join(', ')}` });

const id = (label: string) =>
  z
    .string({ error: `${label} must be text` })
    .regex(
      /^[a-z0-9][a-z0-9-]{0,39}$/u,
      `${label} must be 1-40 lower-case letters, digits or hyphens`,
    );

/** The customer and the place the work happens. */
const customerSchema = z.object({
  name: text('Customer name'),
  siteName: text('Site name'),
});

/** The field engineer who signs the work off. */
const engineerSchema = z.object({
  name: text('Engineer name'),
  email: checked(
    (v) => checkOptionalEmail(v, 'Engineer e-mail'),
    'Engineer e-mail must be text',
  ).default(''),
});

/** One Exchange hub transport server (the receive connector default is applied at site level). */
const hubInputSchema = z.object({
  id: id('Hub id'),
  fqdn: fqdn('FQDN', 'hub01.contoso.local'),
  netbiosName: checked(
    (v) => checkNetbiosName(v, 'NetBIOS name'),
    'NetBIOS name must be text',
  ).transform((v) => v.toUpperCase()),
  adDomain: fqdn('AD domain', 'contoso.local'),
  forest: fqdn('AD forest root', 'contoso.local'),
  smtpDomain: dnsName('SMTP domain', 'contoso.com'),
  windowsVersion: enumOf(windowsVersions, 'Windows Server version'),
  /** Omitted means the site's Exchange version; set it for mixed-version organisations. */
  exchangeVersion: enumOf(exchangeVersions, 'Exchange version').optional(),
  sendConnectorName: connector('Send connector name'),
  /** Omitted means the version's default connector (see `defaultReceiveConnectorName`). */
  receiveConnectorName: connector('Receive connector name').optional(),
  /**
   * True when that receive connector also takes anonymous mail (Internet, scanners, applications).
   * No default: null (or left out) is "not answered yet", which blocks the hub's install script on a
   * multi-domain site, because guessing "no" would clear Anonymous users and stop Internet mail.
   */
  receiveConnectorInternetFacing: z
    .boolean({ error: 'Takes anonymous mail must be answered yes or no' })
    .nullable()
    .default(null),
  /** True when the send connector routes through a smart host (breaks domain security). */
  sendConnectorUsesSmartHost: z
    .boolean({ error: 'Smart host must be true or false' })
    .default(false),
  /** The hub's own addresses, used to scope partners' dedicated Partner receive connectors. */
  ipAddresses: z
    .array(checked((v) => checkIpAddress(v, 'IP address'), 'IP address must be text'))
    .max(SITE_LIMITS.ipAddressesPerHub, {
      error: (iss) =>
        `IP addresses: ${countOf(iss.input)} given, at most ${SITE_LIMITS.ipAddressesPerHub} per hub: give the addresses the hub sends and receives SMTP on`,
    })
    .default([]),
});

/** A Riverbed SteelHead taking part in SSL/TLS optimisation. */
const steelheadSchema = z.object({
  id: id('SteelHead id'),
  name: dnsName('SteelHead name', 'sh-dc1.contoso.local'),
  side: enumOf(steelheadSides, 'SteelHead side'),
  riosVersion: z
    .string({ error: 'RiOS version must be text' })
    .regex(
      /^\d{1,2}(\.\d{1,3}){0,3}[a-z]?$/u,
      "RiOS version must look like 9.2.1: copy it from 'show version'",
    ),
  sslLicence: z.boolean({ error: 'SSL licence must be true or false' }),
  /** Hubs this SteelHead sits in front of (server-side: it holds their proxy certificate). */
  hubIds: z.array(id('Hub id')).default([]),
});

/** How the hub certificates are made. */
const certificateChoicesSchema = z
  .object({
    keySize: z
      .union([z.literal(1024), z.literal(2048), z.literal(3072), z.literal(4096)], {
        error: 'Key size must be 2048, 3072 or 4096 bits',
      })
      .default(2048),
    legacyKeyAllowed: z.boolean().default(false),
    validityDays: z
      .number({ error: 'Validity must be a number of days' })
      .int('Validity must be a whole number of days')
      .min(30, 'Validity is under 30 days: choose at least 30 (730 is usual)')
      .max(3650, 'Validity is over 10 years: choose at most 3650 days'),
    pfxProfile: enumOf(pfxProfileChoices, 'PFX profile').default('auto'),
    /** One site root CA signs every hub certificate, so each hub trusts one root, not every partner. */
    siteCa: z.boolean({ error: 'Site CA must be true or false' }).default(false),
  })
  .superRefine((c, ctx) => {
    if (c.keySize === 1024 && !c.legacyKeyAllowed) {
      ctx.addIssue({
        code: 'custom',
        path: ['keySize'],
        message:
          'Key size 1024 is below the 2048-bit minimum: choose 2048 or larger, or set legacyKeyAllowed if an old system truly needs it',
      });
    }
  });

/** The default receive connector name for a hub of this Exchange version. */
export function defaultReceiveConnectorName(
  version: ExchangeVersion,
  netbiosName: string,
  environment: 'single-domain' | 'multi-domain',
): string {
  // 2013+ takes server-to-server mail from other organisations on the Frontend connector (port 25).
  if (exchangeAtLeast(version, '2013') && environment === 'multi-domain') {
    return `Default Frontend ${netbiosName}`;
  }
  return `Default ${netbiosName}`;
}

/** How many entries a list had, for a limit's message. */
const countOf = (input: unknown): number | string =>
  Array.isArray(input) ? input.length : 'too many';

export const siteInputSchema = z.object({
  schemaVersion: z.literal(SITE_SCHEMA_VERSION, {
    error: `schemaVersion must be ${SITE_SCHEMA_VERSION}: this file was written by another version of the app`,
  }),
  customer: customerSchema,
  engineer: engineerSchema,
  exchangeVersion: enumOf(exchangeVersions, 'Exchange version'),
  environment: enumOf(environments, 'Environment'),
  /**
   * Single-domain sites: how hub-to-hub mail crosses the SteelHeads. Defaults to what every site
   * saved before the choice existed got (Exchange Server authentication), so no migration is needed.
   */
  intraOrgTls: enumOf(intraOrgTlsChoices, 'Mail between the hubs').default('exchange-server-auth'),
  hubs: z
    .array(hubInputSchema)
    .min(1, 'Hubs: add at least one hub server')
    .max(SITE_LIMITS.hubs, {
      error: (iss) =>
        `Hubs: this site has ${countOf(iss.input)} hubs, more than the ${SITE_LIMITS.hubs} one site may hold (real sites have a handful to a few dozen): split the estate into several sites, one per partner link or region`,
    }),
  steelheads: z
    .array(steelheadSchema)
    .max(SITE_LIMITS.steelheads, {
      error: (iss) =>
        `SteelHeads: this site has ${countOf(iss.input)} SteelHeads, more than the ${SITE_LIMITS.steelheads} one site may hold: list only the SteelHeads on the SMTP paths between the hubs, or split the site`,
    })
    .default([]),
  certificate: certificateChoicesSchema,
});
