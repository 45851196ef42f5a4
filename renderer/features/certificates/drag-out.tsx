import { useState } from 'react';
import type { DragOutItem } from '../../../core/desktop/drag-out';
import { exportProgressView, type ExportProgress } from '../../../core/desktop/export-progress';
import type { Site } from '../../../core/site';
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

/** Each exported hub's folder and certificate, to drag out or show in Explorer/Finder. */
export function ExportedHubs({ site, items }: { site: Site; items: readonly DragOutItem[] }) {
  const hubIds = [...new Set(items.map((i) => i.hubId))];
  if (hubIds.length === 0) return null;
  return (
    <div data-testid="export-hubs">
      <p className="muted small">
        Drag a hub&apos;s folder or certificate to Explorer or Finder, or press it to show it in its
        folder.
      </p>
      <table className="units files">
        <thead>
          <tr>
            <th scope="col">Hub</th>
            <th scope="col">Bundle folder and certificate</th>
          </tr>
        </thead>
        <tbody>
          {hubIds.map((id) => (
            <tr key={id} data-hub={id}>
              <th scope="row">{site.hubs.find((h) => h.id === id)?.netbiosName ?? id}</th>
              <td>
                <DragOutItems items={items.filter((i) => i.hubId === id)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The export's progress as core reads it (the taskbar shows the same fraction). */
export function ExportProgressLine({ progress }: { progress: ExportProgress | null }) {
  const view = progress ? exportProgressView(progress) : null;
  return (
    <div className="export-progress" role="status" data-testid="export-progress">
      <progress aria-label="Exporting" max={1} value={view?.fraction ?? 0} />
      <span>{view?.words ?? 'Checking the folder and the certificates…'}</span>
    </div>
  );
}
