import { useEffect, useRef, useState } from 'react';

/** "Start over" for a new site, asking once more in place before it clears every answer. */
export function ClearAnswers({ onClear }: { readonly onClear: () => void }) {
  const [asking, setAsking] = useState(false);
  const keepRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) keepRef.current?.focus();
  }, [asking]);
  if (!asking) {
    return (
      <button type="button" className="secondary" onClick={() => setAsking(true)}>
        Start over…
      </button>
    );
  }
  return (
    <div className="confirm-inline" role="group" aria-label="Clear every answer?">
      <span>Clear every answer?</span>
      <button
        type="button"
        className="danger"
        onClick={() => {
          setAsking(false);
          onClear();
        }}
      >
        Clear answers
      </button>
      <button ref={keepRef} type="button" className="secondary" onClick={() => setAsking(false)}>
        Keep them
      </button>
    </div>
  );
}
