import { useState } from 'react';
import type { DragOutItem } from '../../../core/desktop/drag-out';
import type { AppError } from '../../../core/errors';
import { runbookApi } from '../../runbook-api';

/**
 * One exported item (a hub's bundle folder or its .cer) to take out of the app: drag it to
 * Explorer or Finder (main starts the OS drag, for paths its export wrote only), or press it
 * (Enter, Space, click) to show it selected in its folder, the keyboard's way to the same place.
 */
function DragOutButton({ item, onError }: { item: DragOutItem; onError: (e: AppError) => void }) {
  const api = runbookApi();
  const what = item.kind === 'certificate' ? 'certificate' : 'bundle folder';
  return (
    <button
      type="button"
      className="secondary drag-out"
      draggable
      data-testid={`drag-${item.kind}`}
      data-hub={item.hubId}
      title={`Drag the ${what} to Explorer or Finder, or press to show it in its folder`}
      aria-label={`${item.name}: show the ${what} in its folder (or drag it out)`}
      onDragStart={(e) => {
        // The OS drag carries the real file; the page's own drag data would carry nothing.
        e.preventDefault();
        void api?.fileDrag({ paths: [item.path] }).then((r) => (r.ok ? null : onError(r.error)));
      }}
      onClick={() =>
        void api?.fileShowItem({ path: item.path }).then((r) => (r.ok ? null : onError(r.error)))
      }
    >
      <span aria-hidden="true" className="drag-grip">
        ⠿
      </span>{' '}
      <span className="mono">{item.name}</span>
    </button>
  );
}

/** A hub's items after an export, side by side (its folder, then its certificate). */
export function DragOutItems({ items }: { items: readonly DragOutItem[] }) {
  const [error, setError] = useState<AppError | null>(null);
  if (items.length === 0) return null;
  return (
    <span className="drag-out-items">
      {items.map((i) => (
        <DragOutButton key={i.path} item={i} onError={setError} />
      ))}
      {error ? (
        <span className="error small block" role="alert">
          {error.message}
        </span>
      ) : null}
    </span>
  );
}
