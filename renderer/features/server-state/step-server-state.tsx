import { formatDateTime } from '../../../core/dates';
import { serverStepStatusWords, verdictWords } from '../../../core/verification';
import type { StepServerState } from './use-server-checks';

/** On a step: what the collected state says about it, the checks behind that, and the file. */
export function StepServerStateNote({ state }: { state: StepServerState | undefined }) {
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
    </section>
  );
}
