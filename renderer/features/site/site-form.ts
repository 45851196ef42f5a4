import { z } from 'zod';
import {
  SITE_SCHEMA_VERSION,
  defaultCertificateChoices,
  defaultReceiveConnectorName,
  environments,
  intraOrgTlsChoices,
  exchangeVersions,
  keySizes,
  pfxProfileChoices,
  siteSchema,
  steelheadSides,
  windowsVersions,
  type Engineer,
  type Site,
  type SiteInput,
} from '../../../core/site';

/**
 * The questionnaire's own shape of the site: the site model with a few fields kept as the text
 * the engineer typed (IP addresses, validity days, an empty receive connector meaning "default"),
 * so typing is never fought by parsing. Saved as the store's draft on every change.
 */
const text = z.string().max(4000).catch('');
const flag = z.boolean().catch(false);

const hubFormSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/u),
  fqdn: text,
  netbiosName: text,
  adDomain: text,
  forest: text,
  smtpDomain: text,
  windowsVersion: z.enum(windowsVersions).catch('2016'),
  sendConnectorName: text,
  receiveConnectorName: text,
  // No default: null is "not answered", which blocks the hub's install script (core decides).
  receiveConnectorInternetFacing: z.boolean().nullable().catch(null),
  sendConnectorUsesSmartHost: flag,
  ipText: text,
});

const steelheadFormSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/u),
  name: text,
  side: z.enum(steelheadSides).catch('client-side'),
  riosVersion: text,
  sslLicence: flag,
  hubIds: z.array(z.string().max(40)).max(64).catch([]),
});

const siteFormSchema = z.object({
  mode: z.enum(['create', 'edit']).catch('create'),
  customer: z.object({ name: text, siteName: text }).catch({ name: '', siteName: '' }),
  engineer: z.object({ name: text, email: text }).catch({ name: '', email: '' }),
  exchangeVersion: z.enum(exchangeVersions).catch('2016-2019-se'),
  environment: z.enum(environments).catch('single-domain'),
  intraOrgTls: z.enum(intraOrgTlsChoices).catch('exchange-server-auth'),
  hubs: z.array(hubFormSchema).max(250).catch([]),
  steelheads: z.array(steelheadFormSchema).max(64).catch([]),
  certificate: z
    .object({
      keySize: z
        .number()
        .refine((n) => (keySizes as readonly number[]).includes(n))
        .catch(defaultCertificateChoices().keySize),
      legacyKeyAllowed: flag,
      validityDays: text,
      pfxProfile: z.enum(pfxProfileChoices).catch(defaultCertificateChoices().pfxProfile),
      siteCa: flag,
    })
    .catch(() => {
      const d = defaultCertificateChoices();
      return { ...d, validityDays: String(d.validityDays) };
    }),
});

export type SiteForm = z.output<typeof siteFormSchema>;
export type HubForm = SiteForm['hubs'][number];
export type SteelheadForm = SiteForm['steelheads'][number];

/** A blank hub for the form, with the Windows version of the hub before it. */
export function emptyHubForm(id: string, windowsVersion: HubForm['windowsVersion']): HubForm {
  return {
    id,
    fqdn: '',
    netbiosName: '',
    adDomain: '',
    forest: '',
    smtpDomain: '',
    windowsVersion,
    sendConnectorName: '',
    receiveConnectorName: '',
    receiveConnectorInternetFacing: null,
    sendConnectorUsesSmartHost: false,
    ipText: '',
  };
}

/** The answers a new site starts from: safe certificate defaults, one blank hub, this laptop's engineer. */
export function emptyForm(you: Engineer = { name: '', email: '' }): SiteForm {
  const c = defaultCertificateChoices();
  return {
    mode: 'create',
    customer: { name: '', siteName: '' },
    engineer: { ...you },
    exchangeVersion: '2016-2019-se',
    environment: 'single-domain',
    intraOrgTls: 'exchange-server-auth',
    hubs: [emptyHubForm('hub-1', '2016')],
    steelheads: [],
    certificate: {
      ...c,
      validityDays: String(c.validityDays),
    },
  };
}

/** Restores a saved draft, keeping every answer that still has the right type. */
export function formFromDraft(value: unknown): SiteForm {
  const parsed = siteFormSchema.safeParse(value);
  return parsed.success ? parsed.data : emptyForm();
}

/**
 * The form for editing an existing site; receive connectors equal to the default stay empty. The
 * engineer is the one of this laptop (`you`), never the name an imported site file brought.
 */
export function formFromSite(site: Site, you: Engineer): SiteForm {
  return {
    mode: 'edit',
    customer: { ...site.customer },
    engineer: { ...you },
    exchangeVersion: site.exchangeVersion,
    environment: site.environment,
    intraOrgTls: site.intraOrgTls,
    hubs: site.hubs.map((hub) => {
      const standard = defaultReceiveConnectorName(
        site.exchangeVersion,
        hub.netbiosName,
        site.environment,
      );
      return {
        ...hub,
        receiveConnectorName: hub.receiveConnectorName === standard ? '' : hub.receiveConnectorName,
        ipText: hub.ipAddresses.join(', '),
      };
    }),
    steelheads: site.steelheads.map((sh) => ({ ...sh, hubIds: [...sh.hubIds] })),
    certificate: { ...site.certificate, validityDays: String(site.certificate.validityDays) },
  };
}

/** Splits the IP addresses field: commas, semicolons or spaces separate addresses. */
export function splitAddresses(value: string): string[] {
  return value.split(/[\s,;]+/u).filter((part) => part !== '');
}

/** The form as site model input, ready for `siteSchema`. */
export function formToInput(form: SiteForm): SiteInput {
  const days = form.certificate.validityDays.trim();
  return {
    schemaVersion: SITE_SCHEMA_VERSION,
    customer: form.customer,
    engineer: form.engineer,
    exchangeVersion: form.exchangeVersion,
    environment: form.environment,
    // The choice exists for one organisation only; a multi-domain site keeps TLS between hubs.
    intraOrgTls: form.environment === 'single-domain' ? form.intraOrgTls : 'exchange-server-auth',
    hubs: form.hubs.map(({ ipText, receiveConnectorName, ...hub }) => ({
      ...hub,
      ...(receiveConnectorName.trim() === '' ? {} : { receiveConnectorName }),
      ipAddresses: splitAddresses(ipText),
    })),
    steelheads: form.steelheads,
    certificate: {
      keySize: form.certificate.keySize as SiteInput['certificate']['keySize'],
      legacyKeyAllowed: form.certificate.legacyKeyAllowed,
      // A non-number stays text so the schema says "Validity must be a number of days".
      validityDays: (/^\d{1,6}$/u.test(days) ? Number(days) : days) as number,
      pfxProfile: form.certificate.pfxProfile,
      siteCa: form.certificate.siteCa,
    },
  };
}

/** One problem in the answers: the field key (dotted path the form uses) and what to do. */
export interface Problem {
  readonly key: string;
  readonly message: string;
}

/** Hub and SteelHead problems below a field (an IP address, a hub id) belong to that field. */
function keyOf(path: readonly PropertyKey[]): string {
  const parts = path.map(String);
  if (parts[0] === 'hubs' || parts[0] === 'steelheads') return parts.slice(0, 3).join('.');
  return parts.join('.');
}

/** Hub fields filled in from the FQDN (see withFqdn): while empty they wait for a valid FQDN. */
const derivedFromFqdn = ['netbiosName', 'adDomain', 'forest'] as const;

/**
 * Validates the answers with the site schema; the parsed site when valid. One message per field:
 * every bad value of a list field is named in it; a field the FQDN fills in is not flagged on its
 * own while it is empty and the FQDN itself needs fixing.
 */
export function checkForm(form: SiteForm): { problems: Problem[]; site: Site | null } {
  const parsed = siteSchema.safeParse(formToInput(form));
  if (parsed.success) return { problems: [], site: parsed.data };
  const byKey = new Map<string, string[]>();
  for (const issue of parsed.error.issues) {
    const key = keyOf(issue.path);
    const messages = byKey.get(key) ?? [];
    if (!messages.includes(issue.message)) messages.push(issue.message);
    byKey.set(key, messages);
  }
  const problems: Problem[] = [];
  for (const [key, messages] of byKey) {
    const [head, index, field] = key.split('.');
    if (head === 'hubs' && derivedFromFqdn.some((f) => f === field)) {
      const hub = form.hubs[Number(index)];
      const value = hub ? String(hub[field as (typeof derivedFromFqdn)[number]]) : '';
      if (value.trim() === '' && byKey.has(`hubs.${index}.fqdn`)) continue;
    }
    problems.push({ key, message: messages.join('; ') });
  }
  return { problems, site: null };
}

/** What an FQDN suggests: NetBIOS name from its first label, AD domain and forest from the rest. */
export function suggestFromFqdn(fqdn: string): { netbios: string; domain: string } {
  const clean = fqdn.trim().toLowerCase().replace(/\.$/u, '');
  const dot = clean.indexOf('.');
  if (dot <= 0) return { netbios: clean.slice(0, 15).toUpperCase(), domain: '' };
  return { netbios: clean.slice(0, Math.min(dot, 15)).toUpperCase(), domain: clean.slice(dot + 1) };
}

/** Sets a hub's FQDN; fields still empty or still holding the old suggestion follow the new one. */
export function withFqdn(hub: HubForm, fqdn: string): HubForm {
  const before = suggestFromFqdn(hub.fqdn);
  const after = suggestFromFqdn(fqdn);
  const follow = (current: string, old: string, next: string) =>
    current === '' || current === old ? next : current;
  return {
    ...hub,
    fqdn,
    netbiosName: follow(hub.netbiosName, before.netbios, after.netbios),
    adDomain: follow(hub.adDomain, before.domain, after.domain),
    forest: follow(hub.forest, before.domain, after.domain),
  };
}
