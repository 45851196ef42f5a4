import { certificateSpecFor } from '../../../core/commands/certificate-spec';
import type { HubCertView } from '../../../core/ipc/cert-channels';
import type { Plan } from '../../../core/plan/types';
import { pfxProfileLabels } from '../../../core/site';
import type { ExportRecord } from '../../store/persisted-schema';
import { certState, certStateLabels, daysLeft, staleReason } from './cert-status';

/** One row per hub: profile, state, thumbprint as Exchange prints it, and expiry. */
export function StatusTable({
  plan,
  certs,
  exports,
  now,
}: {
  plan: Plan;
  certs: readonly HubCertView[];
  exports: Readonly<Record<string, ExportRecord>>;
  now: Date;
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
          const siteHub = plan.site.hubs.find((h) => h.id === hub.hubId);
          const spec = siteHub ? certificateSpecFor(plan.site, siteHub) : null;
          const state = spec ? certState(cert, exports[hub.hubId], now, spec) : 'none';
          return (
            <tr key={hub.hubId} data-hub={hub.hubId} data-state={state}>
              <th scope="row">
                {hub.netbiosName}
                <span className="muted small block">{hub.fqdn}</span>
              </th>
              <td>{pfxProfileLabels[cert?.profile ?? hub.pfxProfile]}</td>
              <td>
                <span className={`chip chip-${state}`}>{certStateLabels[state]}</span>
                {exports[hub.hubId] && state === 'exported' ? (
                  <span className="muted small block">{exports[hub.hubId]?.folder}</span>
                ) : null}
                {cert && spec && state === 'stale' ? (
                  <span className="error small block">{staleReason(cert, spec)}</span>
                ) : null}
              </td>
              <td className="mono small">{cert ? cert.metadata.thumbprint : '—'}</td>
              <td>
                {cert ? (
                  <>
                    {new Date(cert.metadata.notAfter).toLocaleDateString()}
                    <span className="muted small block">
                      {daysLeft(cert.metadata, now)} days left
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
