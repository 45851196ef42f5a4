import { useEffect, useRef } from 'react';
import type { Question } from './navigation';

/**
 * A modal yes/no question in a native <dialog> (it traps focus and closes on Escape without the
 * inline styles the CSP refuses). Focus starts on the safe answer ("no"); Escape means no.
 */
export function ConfirmDialog({
  question,
  onAnswer,
}: {
  readonly question: Question | null;
  readonly onAnswer: (yes: boolean) => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const noRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (question && !dialog.open) {
      dialog.showModal();
      noRef.current?.focus();
    } else if (!question && dialog.open) dialog.close();
  }, [question]);
  return (
    <dialog
      ref={ref}
      className="dialog-content confirm-dialog"
      aria-labelledby="confirm-title"
      aria-describedby="confirm-message"
      onCancel={(e) => {
        e.preventDefault();
        onAnswer(false);
      }}
    >
      {question ? (
        <>
          <h2 id="confirm-title">{question.title}</h2>
          <p id="confirm-message">{question.message}</p>
          <div className="row dialog-buttons">
            <button ref={noRef} type="button" onClick={() => onAnswer(false)}>
              {question.no}
            </button>
            <button type="button" className="secondary" onClick={() => onAnswer(true)}>
              {question.yes}
            </button>
          </div>
        </>
      ) : null}
    </dialog>
  );
}
