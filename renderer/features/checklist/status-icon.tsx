import { stepStatusWords, type StepStatus } from '../../../core/plan/progress';

/**
 * One fixed-size icon per status (our own drawing, so every status is the same width and each
 * is told apart by shape, not only colour): an empty ring, a tick, a dash, an exclamation mark.
 */
export function StatusIcon({ status }: { readonly status: StepStatus }) {
  return (
    <svg
      className={`status-icon status-icon-${status}`}
      viewBox="0 0 20 20"
      width="18"
      height="18"
      role="img"
      aria-label={stepStatusWords[status]}
      focusable="false"
    >
      {status === 'todo' ? (
        <circle cx="10" cy="10" r="7.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
      ) : (
        <circle cx="10" cy="10" r="8.5" fill="currentColor" />
      )}
      {status === 'done' ? (
        <path d="M6 10.5l2.7 2.7L14 7.6" fill="none" stroke="var(--surface)" strokeWidth="2.2" />
      ) : null}
      {status === 'skipped' ? (
        <path d="M6 10h8" stroke="var(--surface)" strokeWidth="2.4" strokeLinecap="round" />
      ) : null}
      {status === 'blocked' ? (
        <path d="M10 5.5v5.5M10 13.6v.9" stroke="var(--surface)" strokeWidth="2.4" />
      ) : null}
    </svg>
  );
}
