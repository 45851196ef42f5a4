import { useState } from 'react';
import type { Plan } from '../../../core/plan/types';
import { latestStatePerHub, type StickReading } from '../../../core/verification';
import { runbookApi } from '../../runbook-api';
import { useRunbook } from '../../store/store-context';

/** "Read server states from the stick": reads every state file of a chosen folder, keeps the newest per hub. */
export function ReadStatesButton({ plan }: { plan: Plan }) {
  const record = useRunbook((s) => s.recordServerStates);
  const [reading, setReading] = useState<StickReading | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const hubName = (id: string) => plan.hubs.find((h) => h.hubId === id)?.netbiosName ?? id;

  const read = async () => {
    setBusy(true);
    setError(null);
    const r = await runbookApi()?.stateReadStick({});
    setBusy(false);
    if (!r) return setError('Reading files needs the desktop app.');
    if (!r.ok) return setError(r.error.message);
    if (r.value === null) return;
    const result = latestStatePerHub(plan, r.value.files, new Date());
    record(result.byHub);
    setReading(result);
  };

  return (
    <div className="read-states">
      <button type="button" className="secondary" disabled={busy} onClick={() => void read()}>
        {busy ? 'Reading…' : 'Read server states from the stick'}
      </button>
      {error ? <p className="error">{error}</p> : null}
      {reading ? (
        <div role="status" data-testid="read-states-result" className="small">
          {Object.keys(reading.byHub).length === 0 && reading.notUsed.length === 0 ? (
            <p>
              No state-*.xml files in that folder: run collect-&lt;server&gt;.ps1 on each hub first.
            </p>
          ) : null}
          <ul>
            {Object.entries(reading.byHub).map(([hubId, r]) => (
              <li key={hubId}>
                {hubName(hubId)}: {r.relPath}
              </li>
            ))}
            {reading.notUsed.map((n) => (
              <li key={n.relPath} className="muted">
                Not used: {n.relPath}: {n.reason}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
