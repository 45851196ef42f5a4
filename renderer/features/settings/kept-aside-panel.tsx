import { useState } from 'react';
import type { AppError } from '../../../core/errors';
import { runbookApi } from '../../runbook-api';
import {
  keptCopyFileName,
  listKeptCopies,
  restoreKeptCopy,
  type KeptCopy,
} from '../../store/kept-aside';

/**
 * Settings: the saved data the app kept aside instead of deleting (unreadable, newer-format or
 * invalid data, and the backup taken before the first overwrite). Each copy can be saved to a
 * file, or put back as the saved data (the current data is kept aside first).
 */
export function KeptAsidePanel({ reload = () => location.reload() }: { reload?: () => void }) {
  const [copies, setCopies] = useState<KeptCopy[]>(() => listKeptCopies(localStorage));
  const [confirming, setConfirming] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const api = runbookApi();

  const exportCopy = async (copy: KeptCopy) => {
    if (!api) return;
    const content = localStorage.getItem(copy.key) ?? '';
    const r = await api.siteSaveFile({ suggestedName: keptCopyFileName(copy), content });
    if (!r.ok) setError(r.error);
    else if (r.value) setMessage(`Saved to ${r.value.path}.`);
  };
  const restore = (copy: KeptCopy) => {
    const keptCurrent = restoreKeptCopy(localStorage, copy.key, new Date());
    setCopies(listKeptCopies(localStorage));
    setConfirming(null);
    setMessage(
      keptCurrent
        ? `Restored. The data it replaced is kept as ${keptCurrent}. Reloading…`
        : 'Restored. Reloading…',
    );
    reload();
  };

  return (
    <section className="panel" aria-labelledby="kept-title" data-testid="kept-aside">
      <h2 id="kept-title">Saved data kept aside</h2>
      {copies.length === 0 ? (
        <p className="muted">Nothing was kept aside: all saved data could be read.</p>
      ) : (
        <ul className="kept-copies">
          {copies.map((c) => (
            <li key={c.key}>
              <code>{c.key}</code>{' '}
              <span className="muted small">
                {c.kind === 'backup' ? 'copy from before the last start' : 'could not be used'} ·{' '}
                {c.bytes} bytes
              </span>{' '}
              <button
                type="button"
                className="secondary"
                onClick={() => exportCopy(c)}
                disabled={!api}
              >
                Save to a file…
              </button>{' '}
              {confirming === c.key ? (
                <>
                  <button type="button" className="danger" onClick={() => restore(c)}>
                    Replace the current data with it
                  </button>{' '}
                  <button
                    type="button"
                    className="button-quiet"
                    onClick={() => setConfirming(null)}
                  >
                    Cancel
                  </button>
                </>
              ) : (
                <button type="button" className="secondary" onClick={() => setConfirming(c.key)}>
                  Restore…
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {confirming ? (
        <p className="warning">
          Restoring keeps the current saved data aside first, then reloads the app with the copy.
        </p>
      ) : null}
      {message ? (
        <p className="info" role="status">
          {message}
        </p>
      ) : null}
      {error ? (
        <p className="error" role="alert">
          {error.message} <span className="muted">({error.field})</span>
        </p>
      ) : null}
    </section>
  );
}
