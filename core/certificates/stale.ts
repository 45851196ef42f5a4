import type { Hub, Site } from '../site/site';
import type { CertMetadata, HubCertView } from './metadata';
import { pfxProfileFacts } from './profile';
import { siteCaEndsFirst, siteCaMismatch, siteCaPolicy } from './site-ca';
import { certificateSpecFor } from './spec';

/** One way a stored certificate no longer fits the hub as the site now describes it. */
interface StaleReason {
  readonly code:
    | 'common-name'
    | 'names'
    | 'key-size'
    | 'profile'
    | 'self-signed'
    | 'ca-signed'
    | 'site-ca-missing'
    | 'other-ca'
    | 'site-ca-changed'
    | 'site-ca-ends-first';
  /** Words after "its certificate…", "its PFX…": shown in the table and in the export's refusal. */
  readonly message: string;
}

/** The CN of a `CN=a, O=b` subject, or null. */
function commonNameOf(subject: string): string | null {
  return /(?:^|, )CN=([^,]*)/u.exec(subject)?.[1]?.trim() ?? null;
}

const lower = (names: readonly string[]) => [...new Set(names.map((n) => n.toLowerCase()))].sort();

/**
 * Every way a hub's stored certificate differs from the one this site needs (the vault is keyed by
 * hub id only): name, DNS names (any order or case), key size, PFX profile, self-signed or signed
 * by the site CA and, in site CA mode, by THIS site's stored root under its current name. Empty =
 * fresh. The Certificates table, the export and the CLI all decide with this function.
 */
export function certificateStaleness(
  site: Site,
  hub: Hub,
  cert: HubCertView,
  storedCa: CertMetadata | null,
): StaleReason[] {
  const spec = certificateSpecFor(site, hub);
  const m = cert.metadata;
  const reasons: StaleReason[] = [];
  const cn = commonNameOf(m.subject);
  if (cn !== spec.commonName)
    reasons.push({
      code: 'common-name',
      message: `its certificate was made for ${cn ?? '(no common name)'}, not ${spec.commonName}`,
    });
  const have = lower(m.sans);
  const want = lower(spec.dnsNames);
  if (have.join(',') !== want.join(','))
    reasons.push({
      code: 'names',
      message: `its certificate names ${m.sans.join(', ') || 'no DNS names'} but the site needs ${spec.dnsNames.join(', ')}`,
    });
  if (m.keyBits !== spec.keySize)
    reasons.push({
      code: 'key-size',
      message: `its key has ${m.keyBits} bits but the site needs ${spec.keySize}`,
    });
  if (cert.profile !== spec.pfxProfile)
    reasons.push({
      code: 'profile',
      message: `its PFX profile is ${pfxProfileFacts[cert.profile].name} but the site needs ${pfxProfileFacts[spec.pfxProfile].name}`,
    });
  reasons.push(...issuerReasons(site, cert, spec.signedBySiteCa, storedCa));
  return reasons;
}

function issuerReasons(
  site: Site,
  cert: HubCertView,
  siteCaMode: boolean,
  storedCa: CertMetadata | null,
): StaleReason[] {
  if (!siteCaMode)
    return cert.signedBy === null
      ? []
      : [
          {
            code: 'ca-signed',
            message:
              'its certificate is signed by a site CA but the site is set to self-signed certificates',
          },
        ];
  if (cert.signedBy === null)
    return [
      {
        code: 'self-signed',
        message: 'its certificate is self-signed but the site uses one site CA',
      },
    ];
  // Partners trust this site's one root: a certificate signed by another root would not chain to it.
  if (storedCa === null)
    return [
      {
        code: 'site-ca-missing',
        message: 'the site CA that signed its certificate is no longer kept in this app',
      },
    ];
  if (cert.signedBy !== storedCa.thumbprint)
    return [
      { code: 'other-ca', message: "its certificate is signed by another CA than this site's" },
    ];
  const changed = siteCaMismatch(siteCaPolicy(site), storedCa);
  if (changed)
    return [
      {
        code: 'site-ca-changed',
        message: `it is signed by a root that no longer fits: ${changed}`,
      },
    ];
  const endsFirst = siteCaEndsFirst(storedCa, cert.metadata);
  return endsFirst ? [{ code: 'site-ca-ends-first', message: endsFirst }] : [];
}

/** The sentence for a hub's stale certificate: "<fqdn>: reason; reason." */
export function staleSentence(hub: Pick<Hub, 'fqdn'>, reasons: readonly StaleReason[]): string {
  return `${hub.fqdn}: ${reasons.map((r) => r.message).join('; ')}.`;
}
