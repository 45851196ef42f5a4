import { useMemo } from 'react';
import { EXPIRING_DAYS } from '../../../core/certificates/expiry';
import type { CertMetadata, HubCertView } from '../../../core/certificates/metadata';
import type { CertState, HubCertStatus } from '../../../core/certificates/state';
import { hubCertStatuses } from '../../../core/certificates/state';
import { scriptInputDigests } from '../../../core/plan/bundle-inputs';
import type { Plan } from '../../../core/plan/types';
import type { ExportRecord } from '../../store/persisted-schema';

export const certStateLabels: Record<CertState, string> = {
  none: 'No certificate',
  stale: 'Does not match the hub: generate again',
  generated: 'Generated, not exported',
  exported: 'Exported to USB',
  'bundle-stale': 'Exported, but the stick is out of date: export again',
  expiring: `Expires within ${EXPIRING_DAYS} days`,
  expired: 'Expired',
};

/**
 * Every hub's certificate state, decided by core (`hubCertStatuses`, the rule the export applies)
 * over what main listed, the exports recorded here and the plan's script digests.
 */
export function useCertStatuses(
  plan: Plan,
  certs: readonly HubCertView[],
  siteCa: CertMetadata | null,
  exports: Readonly<Record<string, ExportRecord>>,
  now: Date,
): Record<string, HubCertStatus> {
  // The digests change only with the plan (hashing every hub's commands is the costly part).
  const scriptDigests = useMemo(() => scriptInputDigests(plan), [plan]);
  return useMemo(
    () => hubCertStatuses(plan.site, { certs, siteCa, exports, scriptDigests }, now),
    [plan, certs, siteCa, exports, scriptDigests, now],
  );
}
