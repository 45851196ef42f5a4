import { formatDateTime } from '../../../core/dates';
import {
  serverStepStatusWords,
  verdictWords,
  verifiedOnServerNote,
} from '../../../core/verification';
import type { StepServerState } from './use-server-checks';

/**
 * On a step: what the collected state says about it, the checks behind that, and the file. When
 * the state verified the step and it is not done yet, one click marks it done with a note naming
 * the file (the engineer decides; nothing is ticked behind their back).
 */
export function StepServerStateNote({
  state,
  done,
  onMarkDone,
}: {
  state: StepServerState | undefined;
  done: boolean;
  onMarkDone: (note: string) => void;
}) {
  if (!state) return null;
  const when = state.record.observed.collectedAt;
  const tone = state.status === 'verified' ? 'ok' : state.status === 'failed' ? 'error' : 'info';
  return (
    <section
      className={`step-server-state ${tone}`}
      aria-label="Server state"
      data-testid="step-server-state"
      data-status={state.status}
    >
      <p>
        <strong>{serverStepStatusWords[state.status]}</strong>{' '}
        <span className="muted small">
          (state collected {when ? formatDateTime(when) : 'at an unknown time'},{' '}
          {state.record.relPath})
        </span>
      </p>
      <ul className="small">
        {state.results.map((r) => (
          <li key={r.expectation.id}>
            {verdictWords[r.verdict]}: {r.expectation.label}: {r.found}
          </li>
        ))}
      </ul>
      {state.status === 'verified' && !done ? (
        <p>
          <button
            type="button"
            className="secondary"
            data-testid="mark-done-verified"
            onClick={() => onMarkDone(verifiedOnServerNote(state.record))}
          >
            Mark done: verified on the server
          </button>
        </p>
      ) : null}
    </section>
  );
}
