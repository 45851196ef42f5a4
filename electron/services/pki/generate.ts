import type forge from 'node-forge';
import type { CertMetadata, GenerationProgress } from '../../../core/certificates/metadata';
import type { PfxProfile } from '../../../core/certificates/profile';
import {
  checkRequest,
  requestWarnings,
  sanList,
  type CertRequest,
} from '../../../core/certificates/request';
import type { SiteCaPolicy } from '../../../core/certificates/site-ca';
import { AppErrorException, appError, type AppError } from '../../../core/errors';
import { buildCertificate, type Issuer } from './certificate';
import { generateRsaKey, type RsaKey } from './keygen';
import { certificateMetadata } from './metadata';
import { checkPfxPassword } from './password';
import { buildPfxAsync } from './pfx-build';
import { openPfx } from './pfx-read';
import type { PkiEffects } from './types';

export type { GenerationProgress };

/** One hub's generated material; the key and PFX stay in main (vault), the metadata may travel. */
export interface GeneratedHub {
  readonly request: CertRequest;
  readonly key: RsaKey;
  readonly cert: forge.pki.Certificate;
  /** Leaf first, then the site CA when one signed it. */
  readonly chain: readonly forge.pki.Certificate[];
  readonly pfx: Buffer;
  readonly profile: PfxProfile;
  readonly metadata: CertMetadata;
  readonly warnings: readonly string[];
}

/** A site root CA held in main. */
export interface SiteCa extends Issuer {
  readonly metadata: CertMetadata;
}

/**
 * Creates a site root CA as core's `siteCaPolicy` describes it: subject exactly `CN=<commonName>`
 * (Windows finds it by subject), CA:TRUE, pathlen 0, keyCertSign + cRLSign, EKU server + client
 * authentication, name constraints to the site's domains; it signs every hub leaf.
 */
export async function generateSiteCa(policy: SiteCaPolicy, fx: PkiEffects): Promise<SiteCa> {
  const key = await generateRsaKey(policy.keySize);
  const cert = await buildCertificate(
    {
      commonName: policy.commonName,
      dnsNames: [],
      days: policy.validityDays,
      kind: 'site-ca',
      nameConstraints: {
        permittedDns: policy.permittedDns,
        critical: policy.nameConstraintsCritical,
      },
    },
    key,
    null,
    fx,
  );
  return { cert, key, metadata: certificateMetadata(cert) };
}

/**
 * Generates one hub: key (async node:crypto), certificate (self-signed CA:TRUE leaf, or a CA:FALSE
 * leaf signed by the site CA), PFX in the requested profile, then re-opens the PFX with the password.
 */
export async function generateHub(
  req: CertRequest,
  password: string,
  fx: PkiEffects,
  ca: Issuer | null = null,
  onStage: (stage: 'certificate' | 'pfx') => void = () => {},
): Promise<GeneratedHub> {
  const problem = checkRequest(req) ?? checkPfxPassword(password);
  if (problem) throw new AppErrorException(problem);
  const key = await generateRsaKey(req.bits);
  onStage('certificate');
  const cert = await buildCertificate(
    {
      commonName: req.fqdn,
      dnsNames: sanList(req),
      days: req.days,
      kind: ca ? 'leaf' : 'self-signed-leaf',
    },
    key,
    ca,
    fx,
  );
  onStage('pfx');
  await yieldToEventLoop();
  const chain = ca ? [cert, ca.cert] : [cert];
  const pfx = await buildPfxAsync(
    key,
    chain,
    password,
    { profile: req.profile, friendlyName: req.friendlyName },
    yieldToEventLoop,
  );
  await yieldToEventLoop();
  const reopened = openPfx(pfx, password);
  if (!reopened.privateKey || reopened.certificates.length !== chain.length) {
    throw new AppErrorException(
      appError(
        'pfx-self-check',
        'pfx',
        'The new PFX did not re-open correctly; nothing was saved. Try again.',
      ),
    );
  }
  return {
    request: req,
    key,
    cert,
    chain,
    pfx,
    profile: req.profile,
    metadata: certificateMetadata(cert),
    warnings: requestWarnings(req),
  };
}

/** Lets queued events run between the synchronous forge steps (PBE key derivation, ASN.1). */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Turns anything thrown into an AppError the UI can show (never includes key material). */
export function toAppError(err: unknown, field = ''): AppError {
  if (err instanceof AppErrorException) return err.appError;
  const message = err instanceof Error ? err.message : String(err);
  return appError(
    'generation-failed',
    field,
    `Certificate generation failed: ${message.slice(0, 200)}`,
  );
}

/** Generates every hub of a site in parallel (key generation runs on the thread pool), with progress. */
export async function generateSite(
  hubs: readonly { readonly hubId: string; readonly request: CertRequest }[],
  password: string,
  fx: PkiEffects,
  ca: Issuer | null,
  onProgress: (p: GenerationProgress) => void = () => {},
): Promise<Map<string, GeneratedHub | AppError>> {
  const pw = checkPfxPassword(password);
  if (pw) throw new AppErrorException(pw);
  const total = hubs.length;
  let done = 0;
  const results = await Promise.all(
    hubs.map(async ({ hubId, request }) => {
      onProgress({ hubId, stage: 'key', done, total });
      try {
        const hub = await generateHub(request, password, fx, ca, (stage) =>
          onProgress({ hubId, stage, done, total }),
        );
        done += 1;
        onProgress({ hubId, stage: 'done', done, total });
        return [hubId, hub] as const;
      } catch (err) {
        done += 1;
        onProgress({ hubId, stage: 'failed', done, total });
        return [hubId, toAppError(err, hubId)] as const;
      }
    }),
  );
  return new Map<string, GeneratedHub | AppError>(results);
}
