import { useState } from 'react';
import type { AppError } from '../../../core/errors';
import type { AppInfo, FolderReport } from '../../../core/ipc/contract';
import { formatDateTime } from '../../../core/dates';
import { buildInfo } from '../../build-info';
import { runbookApi } from '../../runbook-api';

function formatBytes(bytes: number | null): string {
  if (bytes === null) return 'unknown';
  const gib = bytes / 1024 ** 3;
  return gib >= 1 ? `${gib.toFixed(1)} GiB` : `${(bytes / 1024 ** 2).toFixed(0)} MiB`;
}

const storageLabel: Record<AppInfo['secretStorage'], string> = {
  'os-encrypted': 'Encrypted by the operating system',
  weak: 'Weak (no OS keyring): keys are not kept between runs',
  unavailable: 'Unavailable: keys are not kept between runs',
};

/** Shows what the app and its main process report, and checks an export folder. */
export function AboutPanel() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [folder, setFolder] = useState<FolderReport | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const api = runbookApi();
  const build = buildInfo();

  const checkApp = async () => {
    if (!api) return;
    const result = await api.appInfo({});
    if (result.ok) setInfo(result.value);
    else setError(result.error);
  };
  const pickFolder = async () => {
    if (!api) return;
    const result = await api.folderPick({ purpose: 'export' });
    if (result.ok) setFolder(result.value);
    else setError(result.error);
  };

  return (
    <section aria-labelledby="about-title" className="panel">
      <h2 id="about-title" tabIndex={-1}>
        About this app
      </h2>
      <p data-testid="build-info">
        {build
          ? `Secure SMTP Runbook ${build.version}, built ${formatDateTime(build.builtAt)}.`
          : 'Secure SMTP Runbook (development build).'}
      </p>
      {!api ? (
        <p className="warning">Running without the desktop app: nothing can be saved to disk.</p>
      ) : null}
      <div className="row">
        <button type="button" onClick={checkApp} disabled={!api}>
          Check the app
        </button>
        <button type="button" onClick={pickFolder} disabled={!api}>
          Check an export folder…
        </button>
      </div>
      {error ? (
        <p className="error" role="alert">
          {error.message} {error.field ? <span className="muted">({error.field})</span> : null}
        </p>
      ) : null}
      {info ? (
        <dl className="facts" data-testid="app-info">
          <dt>Application</dt>
          <dd>
            {info.name} {info.version}
          </dd>
          <dt>Platform</dt>
          <dd>{info.platform}</dd>
          <dt>Runtime</dt>
          <dd>
            Electron {info.versions.electron ?? 'n/a'} · Chromium {info.versions.chrome ?? 'n/a'} ·
            Node {info.versions.node}
          </dd>
          <dt>Key storage</dt>
          <dd>{storageLabel[info.secretStorage]}</dd>
        </dl>
      ) : null}
      {folder ? (
        <dl className="facts" data-testid="folder-report">
          <dt>Folder</dt>
          <dd>
            <code>{folder.path}</code>
          </dd>
          <dt>Writable</dt>
          <dd>
            {folder.exists
              ? folder.writable
                ? 'Yes'
                : 'No: choose another folder or remove write protection'
              : 'Folder not found'}
          </dd>
          <dt>Free space</dt>
          <dd>{formatBytes(folder.freeBytes)}</dd>
        </dl>
      ) : null}
    </section>
  );
}
