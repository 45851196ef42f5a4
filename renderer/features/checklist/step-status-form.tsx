import { useEffect, useRef, useState } from 'react';
import { formatDateTime } from '../../../core/dates';
import { statusProblem, stepStatusWords } from '../../../core/plan/progress';
import type { PlannedStep } from '../../../core/plan/types';
import { useNavigation } from '../../app/navigation';
import { stepStatuses, type StepRecord, type StepStatus } from '../../store/persisted-schema';
import { useRunbook } from '../../store/store-context';

/**
 * Status and note for one step, with one save model: every choice is saved the moment it is
 * complete. To do and Done save at once; Skipped and Blocked save as soon as
 * they have their reason, and until then the reason field has the focus and leaving the step
 * asks first. The note is saved when it loses focus. Every save is stamped with who and when.
 */
export function StepStatusForm({
  step,
  record,
  engineer,
  onDoneAndNext,
  hasNext,
}: {
  step: PlannedStep;
  record: StepRecord | undefined;
  engineer: string;
  /** Marks the step done and opens the next one (as the d key does). */
  onDoneAndNext: () => void;
  hasNext: boolean;
}) {
  const nav = useNavigation();
  const setStep = useRunbook((s) => s.setStep);
  const setNoteDraft = useRunbook((s) => s.setNoteDraft);
  // A note typed here before a restart (or a crash) and not yet saved comes back as it was.
  const draft = useRunbook((s) =>
    s.lastPlace?.note?.stepKey === step.key ? s.lastPlace.note : null,
  );
  const saved = record?.status ?? 'todo';
  const [status, setStatus] = useState<StepStatus>(saved);
  const [note, setNote] = useState(draft?.text ?? record?.note ?? '');
  const [tried, setTried] = useState(false);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const problem = statusProblem(status, note);
  const pending = status !== saved && problem !== null;

  // A record changed from elsewhere (an import, another window) shows here unless a choice is
  // pending: adjusted while rendering, as React recommends for state that follows a prop.
  const [seenAt, setSeenAt] = useState(record?.at);
  if (record?.at !== seenAt) {
    setSeenAt(record?.at);
    if (!pending) {
      setStatus(record?.status ?? 'todo');
      setNote(record?.note ?? '');
    }
  }

  // Leaving with a chosen but unsaved Skipped or Blocked asks first; nothing is dropped silently.
  const { setGuard } = nav;
  useEffect(() => {
    setGuard(
      pending
        ? () =>
            `${stepStatusWords[status]} is chosen for “${step.title}” but not saved: ${problem ?? ''}`
        : null,
    );
    return () => setGuard(null);
  }, [pending, status, problem, step.title, setGuard]);

  const save = (nextStatus: StepStatus, nextNote: string): boolean => {
    setTried(true);
    if (statusProblem(nextStatus, nextNote)) {
      noteRef.current?.focus();
      return false;
    }
    setStep(step.key, { status: nextStatus, note: nextNote }, engineer, new Date());
    setNoteDraft(step.key, '');
    return true;
  };

  const choose = (next: StepStatus): void => {
    setStatus(next);
    if (statusProblem(next, note)) {
      // The reason is now required: put the cursor there and say so at once.
      setTried(true);
      requestAnimationFrame(() => noteRef.current?.focus());
      return;
    }
    setTried(false);
    save(next, note);
  };

  return (
    <form
      className="status-form"
      aria-label="Step status"
      onSubmit={(e) => {
        e.preventDefault();
        save(status, note);
      }}
    >
      {/* Native radios: the browser moves and checks with the arrow keys in one step (a
          script-driven group lost the check when the key came up before its focus moved). */}
      <div className="status-radios" role="radiogroup" aria-label="Status">
        {stepStatuses.map((s) => (
          <label key={s} className={`status-choice status-${s}`}>
            <input
              type="radio"
              name={`status-${step.key}`}
              value={s}
              checked={status === s}
              onChange={() => choose(s)}
              className="radio"
              aria-label={stepStatusWords[s]}
            />
            {stepStatusWords[s]}
          </label>
        ))}
      </div>
      <label className="field">
        <span>
          {status === 'skipped'
            ? 'Reason (required)'
            : status === 'blocked'
              ? 'What blocks it (required)'
              : 'Note'}
        </span>
        <textarea
          ref={noteRef}
          value={note}
          rows={3}
          maxLength={4000}
          aria-invalid={tried && problem !== null}
          aria-describedby={tried && problem ? `problem-${step.key}` : undefined}
          onChange={(e) => {
            setNote(e.target.value);
            setNoteDraft(step.key, e.target.value === (record?.note ?? '') ? '' : e.target.value);
          }}
          onBlur={() => {
            // Leaving the field keeps what was typed (another step, another area, a crash later).
            const changed = note !== (record?.note ?? '') || status !== saved;
            if (changed && statusProblem(status, note) === null) {
              setStep(step.key, { status, note }, engineer, new Date());
              setNoteDraft(step.key, '');
            }
          }}
        />
      </label>
      {tried && problem ? (
        <p className="error" id={`problem-${step.key}`} role="alert">
          {problem} It is saved when you leave the field.
        </p>
      ) : null}
      <div className="row">
        <button type="button" onClick={onDoneAndNext}>
          {hasNext ? 'Done, next step →' : 'Mark done'}
        </button>
        <button type="submit" className="secondary">
          Save status and note
        </button>
        {record ? (
          <span className="muted" data-testid="step-stamp">
            {stepStatusWords[record.status]} · {record.by || 'unknown engineer'} ·{' '}
            {formatDateTime(record.at)}
          </span>
        ) : null}
      </div>
      {engineer.trim() === '' ? (
        <p className="muted" data-testid="no-engineer">
          Ticks made on this laptop are not signed yet.{' '}
          <button type="button" className="link" onClick={() => nav.go('settings')}>
            Set your name in Settings
          </button>
        </p>
      ) : null}
    </form>
  );
}
