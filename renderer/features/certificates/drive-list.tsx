import type { ExportTarget } from '../../../core/ipc/cert-channels';

function size(bytes: number | null): string {
  if (bytes === null) return 'free space unknown';
  return bytes >= 1024 ** 3
    ? `${(bytes / 1024 ** 3).toFixed(1)} GiB free`
    : `${Math.round(bytes / 1024 ** 2)} MiB free`;
}

/**
 * What "Find USB sticks" found: removable drives to click, and apart from them, not clickable, the
 * fixed disks (the system disk among them) with why they are not offered. Main accepts only a
 * removable drive from its own list; a fixed disk can still be chosen on purpose with the folder
 * dialog.
 */
export function DriveList({
  targets,
  onChoose,
}: {
  targets: readonly ExportTarget[];
  onChoose: (path: string) => void;
}) {
  const removable = targets.filter((t) => t.removable);
  const fixed = targets.filter((t) => !t.removable);
  return (
    <div className="drive-list" data-testid="drive-list">
      {removable.length === 0 ? (
        <p className="muted" data-testid="no-removable">
          No removable drive found: plug the stick in and press Find USB sticks again, or choose a
          folder.
        </p>
      ) : (
        <ul className="targets" aria-label="Removable drives">
          {removable.map((t) => (
            <li key={t.path}>
              <button type="button" className="link" onClick={() => onChoose(t.path)}>
                {t.label}
              </button>{' '}
              <span className="muted small">removable · {size(t.freeBytes)}</span>
            </li>
          ))}
        </ul>
      )}
      {fixed.length > 0 ? (
        <details className="fixed-drives" data-testid="fixed-drives">
          <summary>
            {fixed.length} fixed disk{fixed.length === 1 ? '' : 's'} not offered
          </summary>
          <p className="warning">
            A fixed disk (this laptop&apos;s system disk among them) is not offered: the bundle
            holds each hub&apos;s private key, which must leave with the stick, not stay on this
            laptop. To write there anyway, on purpose, use “Choose a folder…”.
          </p>
          <ul aria-label="Fixed disks">
            {fixed.map((t) => (
              <li key={t.path}>
                {t.label} <span className="muted small">fixed · {size(t.freeBytes)}</span>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
