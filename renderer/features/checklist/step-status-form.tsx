import { RadioGroup } from 'radix-ui';
import { useState } from 'react';
import type { PlannedStep } from '../../../core/plan/types';
import { stepStatuses, type StepRecord, type StepStatus } from '../../store/persisted-schema';
import { useRunbook } from '../../store/store-context';

const labels: Record<StepStatus, string> = {
  todo: 'To do',
  done: 'Done',
  skipped: 'Skipped',
  blocked: 'Blocked',
};

/** Why a status change cannot be saved yet (skipped needs a reason, blocked a note), or null. */
export function statusProblem(status: StepStatus, note: string): string | null {
  if (status === 'skipped' && note.trim() === '')
    return 'Skipped needs a reason: say why this step does not apply here.';
  if (status === 'blocked' && note.trim() === '')
    return 'Blocked needs a note: say what is in the way and who can clear it.';
  return null;
}

/**
 * Status and note for one step, saved as soon as the status changes or the note loses focus,
 * stamped with who and when.
 * The parent keys it by step and record time, so a change from elsewhere resets the form.
 */
export function StepStatusForm({
  step,
  record,
  engineer,
}: {
  step: PlannedStep;
  record: StepRecord | undefined;
  engineer: string;
}) {
  const setStep = useRunbook((s) => s.setStep);
  const [status, setStatus] = useState<StepStatus>(record?.status ?? 'todo');
  const [note, setNote] = useState(record?.note ?? '');
  const [tried, setTried] = useState(false);
  const problem = statusProblem(status, note);
  const save = (nextStatus: StepStatus, nextNote: string) => {
    setTried(true);
    if (statusProblem(nextStatus, nextNote)) return;
    setStep(step.key, { status: nextStatus, note: nextNote }, engineer, new Date());
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
      <RadioGroup.Root
        className="status-radios"
        aria-label="Status"
        value={status}
        onValueChange={(v) => {
          const next = v as StepStatus;
          setStatus(next);
          setTried(false);
          if (next === 'todo' || next === 'done') save(next, note);
        }}
      >
        {stepStatuses.map((s) => (
          <label key={s} className={`status-choice status-${s}`}>
            <RadioGroup.Item value={s} className="radio" aria-label={labels[s]}>
              <RadioGroup.Indicator className="radio-dot" />
            </RadioGroup.Item>
            {labels[s]}
          </label>
        ))}
      </RadioGroup.Root>
      <label className="field">
        <span>
          {status === 'skipped'
            ? 'Reason (required)'
            : status === 'blocked'
              ? 'What blocks it (required)'
              : 'Note'}
        </span>
        <textarea
          value={note}
          rows={3}
          maxLength={4000}
          aria-invalid={tried && problem !== null}
          aria-describedby={tried && problem ? `problem-${step.key}` : undefined}
          onChange={(e) => setNote(e.target.value)}
          onBlur={() => {
            // Leaving the field keeps what was typed (another step, another area, a crash later).
            if (note !== (record?.note ?? '') && statusProblem(status, note) === null) {
              setStep(step.key, { status, note }, engineer, new Date());
            }
          }}
        />
      </label>
      {tried && problem ? (
        <p className="error" id={`problem-${step.key}`} role="alert">
          {problem}
        </p>
      ) : null}
      <div className="row">
        <button type="submit">Save status and note</button>
        {record ? (
          <span className="muted" data-testid="step-stamp">
            {labels[record.status]} · {record.by || 'unknown engineer'} ·{' '}
            {new Date(record.at).toLocaleString()}
          </span>
        ) : null}
      </div>
    </form>
  );
}
