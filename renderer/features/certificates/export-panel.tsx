import { useEffect, useState } from 'react';
import { hubBundleLayout, windowsPath } from '../../../core/certificates/bundle-layout';
import type { DragOutItem } from '../../../core/desktop/drag-out';
import type { ExportProgress } from '../../../core/desktop/export-progress';
import type { AppError } from '../../../core/errors';
import type {
  BundleExportResult,
  BundleVerifyResult,
  ExportTarget,
} from '../../../core/ipc/cert-channels';
import type { Site } from '../../../core/site';
import { runbookApi } from '../../runbook-api';
import { ExportedHubs, ExportProgressLine } from './drag-out';
import { DriveList } from './drive-list';
import { useNavigation } from '../../app/navigation';
import { useReveal } from '../../app/reveal';
import { useRunbook } from '../../store/store-context';

/** A path as shown under the export folder (the folder itself is named above the table). */
function relativeTo(folder: string, path: string): string {
  return path.startsWith(folder) ? path.slice(folder.length).replace(/^[\\/]+/u, '') : path;
}

/** What one hub's folder holds, from core's layout (the list the bundle writer iterates). */
function LayoutList({ site, pemKey }: { site: Site; pemKey: 'none' | 'encrypted' | 'plain' }) {
  const entries = hubBundleLayout(
    { id: '', fqdn: '<hub>', netbiosName: '<HUB>' },
    { partners: [{ id: '', fqdn: '<partner>' }], siteCa: site.certificate.siteCa, pemKey },
  );
  return (
    <details className="layout-list">
      <summary>What goes into each hub&apos;s folder</summary>
      <ul>
        {entries.map((e) => (
          <li key={`${e.role}-${e.name}`}>
            <code>{windowsPath(e).replaceAll('\\', '/')}</code>{' '}
            {e.secret ? <span className="badge badge-unverified">secret</span> : null} {e.purpose}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** Writes every hub's bundle to a stick or folder, verified and checksummed; asks before replacing. */
export function ExportPanel({
  site,
  certCount,
  onExported,
}: {
  site: Site;
  certCount: number;
  /** What the export made draggable (the status table offers it on each hub's row too). */
  onExported?: (items: readonly DragOutItem[]) => void;
}) {
  const recordExport = useRunbook((s) => s.recordExport);
  const [targets, setTargets] = useState<readonly ExportTarget[] | null>(null);
  const [folder, setFolder] = useState<string | null>(null);
  const [includePemKey, setIncludePemKey] = useState(false);
  const [confirmReplace, setConfirmReplace] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<BundleExportResult | null>(null);
  const reportRef = useReveal<HTMLDivElement>(result);
  const nav = useNavigation();
  const [verified, setVerified] = useState<BundleVerifyResult | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const api = runbookApi();
  // Main reports the export's files as the bundle:progress event (no polling).
  useEffect(() => runbookApi()?.onBundleProgress(setProgress), []);

  const findTargets = async () => {
    if (!api) return;
    const r = await api.bundleTargets({});
    if (r.ok) setTargets(r.value);
    else setError(r.error);
  };
  // Main accepts only a removable drive from its own list; a fixed disk needs the folder dialog.
  const chooseTarget = async (path: string) => {
    if (!api) return;
    const r = await api.bundleChooseTarget({ path });
    if (r.ok) setFolder(r.value.path);
    else setError(r.error);
  };
  const pickFolder = async () => {
    if (!api) return;
    const r = await api.folderPick({ purpose: 'export' });
    if (r.ok && r.value) setFolder(r.value.path);
    else if (!r.ok) setError(r.error);
  };
  const exportTo = async (overwrite: boolean) => {
    if (!api || !folder) return;
    setBusy(true);
    setProgress(null);
    setError(null);
    setVerified(null);
    setConfirmReplace(null);
    const r = await api.bundleExport({
      folder,
      site,
      hubIds: [],
      overwrite,
      includePemKey,
      pemKeyUnencrypted: false,
    });
    setBusy(false);
    if (r.ok) {
      setResult(r.value);
      onExported?.(r.value.dragItems);
      // Exactly what main reports it wrote into each hub's folder (certificates, partners, script).
      recordExport(r.value.bundles, folder, new Date());
    } else if (r.error.code === 'file-exists') setConfirmReplace(r.error);
    else {
      setResult(null);
      setError(r.error);
    }
  };
  const verify = async () => {
    if (!api || !folder) return;
    const r = await api.bundleVerify({ folder });
    if (r.ok) setVerified(r.value);
    else setError(r.error);
  };

  return (
    <section className="panel" aria-labelledby="export-title">
      <h3 id="export-title">Export to a USB stick</h3>
      <p className="muted">
        One folder per hub: secret files in <code>private/</code>, certificates in{' '}
        <code>public/</code>, its install script, a README and SHA256SUMS. Every file is written
        safely, read back and checked; each PFX is re-opened with its password.
      </p>
      <LayoutList site={site} pemKey={includePemKey ? 'encrypted' : 'none'} />
      <div className="row">
        <button type="button" className="secondary" onClick={findTargets} disabled={!api || busy}>
          Find USB sticks
        </button>
        <button type="button" className="secondary" onClick={pickFolder} disabled={!api || busy}>
          Choose a folder…
        </button>
        {folder ? (
          <span>
            Export to <code data-testid="export-folder">{folder}</code>
          </span>
        ) : (
          <span className="muted">No folder chosen yet.</span>
        )}
      </div>
      {targets ? <DriveList targets={targets} onChoose={(p) => void chooseTarget(p)} /> : null}
      <label className="check">
        <input
          type="checkbox"
          checked={includePemKey}
          onChange={(e) => setIncludePemKey(e.target.checked)}
        />
        Also write the private key as PEM for the server-side SteelHead (encrypted with the PFX
        password)
      </label>
      <div className="row">
        <button
          type="button"
          onClick={() => exportTo(false)}
          disabled={!folder || busy || certCount === 0}
        >
          {busy ? 'Writing and verifying…' : 'Export'}
        </button>
        <button type="button" className="secondary" onClick={verify} disabled={!folder || busy}>
          Verify the stick
        </button>
        {certCount === 0 ? (
          <button
            type="button"
            className="secondary"
            onClick={() => nav.go('certificates', { kind: 'panel', panel: 'generate' })}
          >
            Generate certificates first
          </button>
        ) : null}
      </div>
      {busy ? <ExportProgressLine progress={progress} /> : null}
      {confirmReplace ? (
        <div className="warning" role="alertdialog" aria-labelledby="replace-q">
          <p id="replace-q">{confirmReplace.message}</p>
          <div className="row">
            <button type="button" onClick={() => exportTo(true)}>
              Replace them
            </button>
            <button type="button" className="secondary" onClick={() => setConfirmReplace(null)}>
              Keep them
            </button>
          </div>
        </div>
      ) : null}
      {error ? (
        <p className="error" role="alert">
          {error.message}
        </p>
      ) : null}
      {result ? (
        <div
          data-testid="export-report"
          role="status"
          ref={reportRef}
          tabIndex={-1}
          className="result result-ok"
        >
          <p>
            {result.files.length} files written to {result.folder}, each read back and verified. You
            can eject the stick safely.
          </p>
          <div className="row">
            <strong>Next:</strong>
            <button type="button" onClick={() => nav.go('servers')}>
              Back to the checklists
            </button>
            <button
              type="button"
              className="secondary"
              onClick={() => void api?.folderShow({ path: result.folder })}
            >
              Show in folder
            </button>
          </div>
          <ExportedHubs site={site} items={result.dragItems} />
          {result.warnings.map((w) => (
            <p key={w} className="warning">
              {w}
            </p>
          ))}
          <table className="units files">
            <thead>
              <tr>
                <th scope="col">File</th>
                <th scope="col">Bytes</th>
                <th scope="col">SHA-256</th>
              </tr>
            </thead>
            <tbody>
              {result.files.map((f) => (
                <tr key={f.path}>
                  <td className="mono small">
                    {relativeTo(result.folder, f.path)}{' '}
                    {f.secret ? <span className="badge badge-unverified">secret</span> : null}
                  </td>
                  <td>{f.bytes}</td>
                  <td className="mono small">{f.sha256.slice(0, 16)}…</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {verified ? (
        <p className={verified.ok ? 'info' : 'error'} data-testid="verify-report" role="status">
          {verified.ok
            ? `All ${verified.checked} files match SHA256SUMS.`
            : `Problems: ${[...verified.mismatched.map((m) => `${m} differs`), ...verified.missing.map((m) => `${m} is missing`), ...verified.unlisted.map((m) => `${m} is not in SHA256SUMS (delete it)`)].join('; ')}. Export again.`}
        </p>
      ) : null}
    </section>
  );
}
