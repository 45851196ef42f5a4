import type { HubCertView } from '../../../core/certificates/metadata';
import type { DragOutItem } from '../../../core/desktop/drag-out';
import type { CertListResult } from '../../../core/ipc/cert-channels';
import type { Plan } from '../../../core/plan/types';
import type { ExportRecord } from '../../store/persisted-schema';
import { useCertStatuses } from './cert-status';
import { StatusTable } from './status-table';

const noCerts: readonly HubCertView[] = [];
const noItems: readonly DragOutItem[] = [];

/** The status table, with every hub's state decided by core from what main listed. */
export function HubStates({
  plan,
  list,
  exports,
  now,
  dragItems = noItems,
}: {
  plan: Plan;
  list: CertListResult | null;
  exports: Readonly<Record<string, ExportRecord>>;
  now: Date;
  /** What this session's export made draggable (none before an export). */
  dragItems?: readonly DragOutItem[];
}) {
  const certs = list?.hubs ?? noCerts;
  const statuses = useCertStatuses(plan, certs, list?.siteCa ?? null, exports, now);
  return (
    <StatusTable
      plan={plan}
      certs={certs}
      statuses={statuses}
      exports={exports}
      now={now}
      dragItems={dragItems}
    />
  );
}
