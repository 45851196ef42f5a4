import { daysLeft } from '../../../core/certificates/expiry';
import type { HubCertStatus } from '../../../core/certificates/state';
import type { HubCertView } from '../../../core/certificates/metadata';
import type { DragOutItem } from '../../../core/desktop/drag-out';
import { pfxProfileReadableBy, pfxProfileShortLabel } from '../../../core/certificates/profile';
import { formatDay } from '../../../core/dates';
import type { Plan } from '../../../core/plan/types';
import type { ExportRecord } from '../../store/persisted-schema';
import { certStateLabels } from './cert-status';
import { DragOutItems } from './drag-out';

/** One row per hub: profile, state (and why, when it needs work), thumbprint as Exchange prints it, expiry. */
export function StatusTable({
  plan,
  certs,
  statuses,
  exports,
  now,
  dragItems,
}: {
  plan: Plan;
  certs: readonly HubCertView[];
  statuses: Readonly<Record<string, HubCertStatus>>;
  exports: Readonly<Record<string, ExportRecord>>;
  now: Date;
  /** What this session's export wrote that may be dragged out, per hub. */
  dragItems: readonly DragOutItem[];
}) {
  return (
    <table className="units cert-table">
      <thead>
        <tr>
          <th scope="col">Hub</th>
          <th scope="col">PFX profile</th>
          <th scope="col">State</th>
          <th scope="col">Thumbprint (SHA-1)</th>
          <th scope="col">Expires</th>
        </tr>
      </thead>
      <tbody>
        {plan.hubs.map((hub) => {
          const cert = certs.find((c) => c.hubId === hub.hubId);
          const status = statuses[hub.hubId] ?? { state: 'none', reasons: [] };
          const exported = exports[hub.hubId];
          const profile = cert?.profile ?? hub.pfxProfile;
          return (
            <tr key={hub.hubId} data-hub={hub.hubId} data-state={status.state}>
              <th scope="row">
                {hub.netbiosName}
                <span className="muted small block">{hub.fqdn}</span>
              </th>
              <td>
                {pfxProfileShortLabel(profile)}
                <span className="muted small block">{pfxProfileReadableBy(profile)}</span>
              </td>
              <td>
                <span className={`chip chip-${status.state}`}>{certStateLabels[status.state]}</span>
                {exported && (status.state === 'exported' || status.state === 'bundle-stale') ? (
                  <span className="muted small block">{exported.folder}</span>
                ) : null}
                <DragOutItems items={dragItems.filter((i) => i.hubId === hub.hubId)} />
                {status.reasons.length > 0 ? (
                  <span
                    className={`${status.state === 'stale' ? 'error' : 'warning'} small block`}
                    data-testid="cert-reasons"
                  >
                    {status.reasons.join('; ')}
                  </span>
                ) : null}
              </td>
              <td className="mono small">{cert ? cert.metadata.thumbprint : '—'}</td>
              <td>
                {cert ? (
                  <>
                    {formatDay(cert.metadata.notAfter)}
                    <span className="muted small block">
                      {daysLeft(cert.metadata.notAfter, now)} days left
                    </span>
                  </>
                ) : (
                  '—'
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
