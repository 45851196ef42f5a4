import { useState } from 'react';
import { formatDateTime } from '../../../core/dates';
import type { Plan } from '../../../core/plan/types';
import { verdictWords } from '../../../core/verification';
import { ReadStatesButton } from './read-states';
import './server-state.css';
import type { ServerChecks } from './use-server-checks';

/** A hub's collected state against what the plan expects, with the file as evidence. */
export function HubStatePanel({
  plan,
  hubId,
  checks,
}: {
  plan: Plan;
  hubId: string;
  checks: ServerChecks;
}) {
  const entry = checks.byHub[hubId];
  const when = entry?.record.observed.collectedAt;
  const [open, setOpen] = useState(false);
  return (
    <details
      className="hub-state"
      data-testid="hub-state"
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary>
        Server state{' '}
        <span className="muted small">
          {entry
            ? `collected ${when ? formatDateTime(when) : 'at an unknown time'} · ${entry.record.relPath}`
            : 'not read yet'}
        </span>
      </summary>
      <ReadStatesButton plan={plan} />
      {entry?.check.refusal ? <p className="error">{entry.check.refusal.message}</p> : null}
      {entry && !entry.check.refusal ? (
        <>
          <p className="muted small">
            Evidence: {entry.record.relPath} · SHA-256{' '}
            <span className="mono">{entry.record.sha256}</span>
          </p>
          <table className="state-checks">
            <thead>
              <tr>
                <th scope="col">Expected</th>
                <th scope="col">Found</th>
                <th scope="col">Check</th>
              </tr>
            </thead>
            <tbody>
              {entry.check.results.map((r) => (
                <tr key={r.expectation.id} className={`verdict-${r.verdict}`}>
                  <td>{r.expectation.label}</td>
                  <td className="small">{r.found}</td>
                  <td>{verdictWords[r.verdict]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </details>
  );
}
