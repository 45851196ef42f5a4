import type { HubCertView } from '../../../core/ipc/cert-channels';
import type { Plan } from '../../../core/plan/types';
import { pfxProfileLabels } from '../../../core/site';
import { certState, certStateLabels, daysLeft } from './cert-status';

/** One row per hub: profile, state, thumbprint as Exchange prints it, and expiry. */
export function StatusTable({
  plan,
  certs,
  exports,
  now,
}: {
  plan: Plan;
  certs: readonly HubCertView[];
  exports: Readonly<Record<string, { at: string; folder: string }>>;
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
          const state = certState(cert, exports[hub.hubId]?.at, now);
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
