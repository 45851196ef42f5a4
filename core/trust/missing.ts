import { isFinished, stepKey, type Progress } from '../procedure/targets';
import type { TrustEdge, TrustMatrix } from './matrix';

/** Step ids the trust matrix tracks (kept here so the matrix does not import the step records). */
export const trustStepIds = {
  trustPeer: 'trust-partner-certificate',
  trustSiteCa: 'trust-site-ca',
  secureLists: 'transport-secure-lists',
} as const;

export interface MissingTrust {
  readonly trusts: readonly { hubId: string; peerHubId: string; key: string }[];
  readonly secureLists: readonly { forest: string; domains: readonly string[]; key: string }[];
}

/** The progress key of the step that makes `hubId` trust `peerHubId` (the site CA step in CA mode). */
export function trustStepKey(matrix: TrustMatrix, edge: TrustEdge): string {
  return matrix.siteCa
    ? stepKey(trustStepIds.trustSiteCa, { kind: 'hub', hubId: edge.hubId })
    : stepKey(trustStepIds.trustPeer, {
        kind: 'pair',
        hubId: edge.hubId,
        peerHubId: edge.peerHubId,
      });
}

/** Given saved progress, the certificate trusts and secure-list entries not yet done. */
export function missing(matrix: TrustMatrix, progress: Progress): MissingTrust {
  const trusts = matrix.edges
    .map((e) => ({ ...e, key: trustStepKey(matrix, e) }))
    .filter((e) => !isFinished(progress, e.key));
  const secureLists = matrix.secureLists
    .map((l) => ({
      ...l,
      key: stepKey(trustStepIds.secureLists, { kind: 'organisation', forest: l.forest }),
    }))
    .filter((l) => !isFinished(progress, l.key));
  return { trusts, secureLists };
}
