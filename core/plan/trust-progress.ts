import { stepKey } from '../procedure';
import type { TrustEdge, TrustMatrix } from '../trust';
import { isFinished, statusOf, type Progress, type StepStatus } from './progress';

/** A trust's status in the trust matrix's words (a to-do trust is missing). */
export const trustStatusWords: Readonly<Record<StepStatus, string>> = {
  done: 'Trusted',
  skipped: 'Skipped',
  blocked: 'Blocked',
  todo: 'Missing',
};

/** The progress key of the step that makes `hubId` trust `peerHubId` (the site CA step in CA mode). */
export function trustStepKey(matrix: TrustMatrix, edge: TrustEdge): string {
  return matrix.siteCa
    ? stepKey('trust-site-ca', { kind: 'hub', hubId: edge.hubId })
    : stepKey('trust-partner-certificate', {
        kind: 'pair',
        hubId: edge.hubId,
        peerHubId: edge.peerHubId,
      });
}

/** The progress key of the step that updates one organisation's domain-secure lists. */
export function secureListStepKey(forest: string): string {
  return stepKey('transport-secure-lists', { kind: 'organisation', forest });
}

/** The certificate trusts and secure-list updates of the matrix that are not finished yet. */
interface MissingTrust {
  readonly trusts: readonly (TrustEdge & { readonly key: string })[];
  readonly secureLists: readonly { forest: string; domains: readonly string[]; key: string }[];
}

/**
 * Given saved progress, the trusts and secure-list entries still missing: the steps that are not
 * finished by the one rule (isFinished), so a trust skipped with a reason is not missing.
 */
export function missingTrust(matrix: TrustMatrix, progress: Progress): MissingTrust {
  const open = (key: string) => !isFinished(statusOf(progress, key));
  return {
    trusts: matrix.edges
      .map((e) => ({ ...e, key: trustStepKey(matrix, e) }))
      .filter((e) => open(e.key)),
    secureLists: matrix.secureLists
      .map((l) => ({ ...l, key: secureListStepKey(l.forest) }))
      .filter((l) => open(l.key)),
  };
}
