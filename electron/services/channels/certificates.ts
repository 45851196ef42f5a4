import type { GenerationProgress } from '../../../core/certificates/metadata';
import { certificateRequestsFor } from '../../../core/certificates/request';
import {
  siteCaDecision,
  siteCaPolicy,
  siteCaReplaceConsequence,
} from '../../../core/certificates/site-ca';
import { AppErrorException, appError } from '../../../core/errors';
import type { HubGenerateOutcome } from '../../../core/ipc/cert-channels';
import type { Handlers } from '../../../core/ipc/dispatch';
import type { Site } from '../../../core/site';
import { generateSite, generateSiteCa, type SiteCa } from '../pki/generate';
import { inspectOffThread } from '../pki/inspect-off-thread';
import type { PkiEffects } from '../pki/types';
import { viewOf, type KeyVault } from '../vault/vault';

/** What the certificate channels need; the app and tests inject their own. */
export interface CertChannelDeps extends PkiEffects {
  readonly vault: KeyVault;
}

type CertChannel = 'cert:generate' | 'cert:list' | 'cert:inspect-bytes';

/**
 * The site's root by core's siteCaDecision: the stored one while it fits, the first one made now,
 * or a replacement only when the engineer chose it; otherwise the refusal says why and what
 * replacing means, and nothing is generated.
 */
async function siteCaFor(
  site: Site,
  vault: KeyVault,
  fx: PkiEffects,
  replaceChosen: boolean,
): Promise<SiteCa> {
  const policy = siteCaPolicy(site);
  const stored = vault.getCa();
  const decision = siteCaDecision(
    policy,
    stored?.metadata ?? null,
    site.certificate.validityDays,
    fx.now(),
  );
  // An old-profile root is kept unless the engineer chose to replace it (core's `upgrade`).
  if (decision.kind === 'reuse' && stored && !(decision.upgrade && replaceChosen)) return stored;
  if (decision.kind === 'replace' && !replaceChosen)
    throw new AppErrorException(
      appError(
        'site-ca-unfit',
        'replaceSiteCa',
        `The stored site CA cannot sign these certificates: ${decision.reason}. Choose "Replace the site CA" to make a new root. ${siteCaReplaceConsequence}`,
      ),
    );
  return generateSiteCa(policy, fx);
}

/**
 * The certificate channels. Policy: every request is derived here from the site and the hub ids
 * (core's `certificateRequestsFor`), so a page cannot ask for other names than the site's; results
 * carry metadata only, never keys or passwords; progress goes out as the `cert:progress` event.
 */
export function createCertChannels(
  deps: CertChannelDeps,
  onProgress: (p: GenerationProgress) => void,
): Pick<Handlers, CertChannel> {
  const fx: PkiEffects = { now: deps.now, randomBytes: deps.randomBytes };
  return {
    'cert:generate': async ({ site, hubIds, password, replaceSiteCa }) => {
      const requests = certificateRequestsFor(site, hubIds);
      if (!requests.ok) throw new AppErrorException(requests.error);
      const ca = site.certificate.siteCa
        ? await siteCaFor(site, deps.vault, fx, replaceSiteCa === true)
        : null;
      const results = await generateSite(requests.value, password, fx, ca, onProgress);
      const hubs: HubGenerateOutcome[] = [];
      for (const [hubId, r] of results) {
        if ('code' in r) {
          hubs.push({
            hubId,
            ok: false,
            error: { code: r.code, field: r.field, message: r.message },
          });
          continue;
        }
        deps.vault.put(hubId, r, password);
        hubs.push({ hubId, ok: true, cert: viewOf(deps.vault.get(hubId)!), warnings: r.warnings });
      }
      if (ca) deps.vault.setCa(ca);
      const saved = await deps.vault.save();
      if (!saved.ok) throw new AppErrorException(saved.error);
      return {
        hubs,
        siteCa: ca?.metadata ?? null,
        persisted: saved.value.persisted,
        note: saved.value.note,
      };
    },
    'cert:list': async () => ({
      hubs: deps.vault.list(),
      siteCa: deps.vault.getCa()?.metadata ?? null,
      storage: deps.vault.protectorKind,
      vaultNote: deps.vault.loadNote,
    }),
    'cert:inspect-bytes': async (a) => {
      const r = await inspectOffThread({
        bytes: Buffer.from(a.base64, 'base64'),
        name: a.name,
        password: a.password,
        target: a.target ?? null,
        nowMs: deps.now().getTime(),
      });
      if (!r.ok) throw new AppErrorException(r.error);
      return r.value;
    },
  };
}
