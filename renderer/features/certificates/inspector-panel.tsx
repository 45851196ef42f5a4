import { useState, type DragEvent } from 'react';
import type { AppError } from '../../../core/errors';
import type { InspectReport } from '../../../core/certificates/inspection';
import { pfxProfileLabel, pfxProfiles, type PfxProfile } from '../../../core/certificates/profile';
import { FilePicker } from '../../app/file-picker';
import { runbookApi } from '../../runbook-api';
import { InspectReportView } from './inspect-report';

const MAX_BYTES = 1024 * 1024;

/** Base64 of a file's bytes (the IPC argument for dropped or picked files). */
async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Opens a .pfx/.p12/.cer/.crt/.pem (picker or drag-and-drop) and shows what it holds and what is wrong. */
export function InspectorPanel() {
  const [file, setFile] = useState<File | null>(null);
  const [password, setPassword] = useState('');
  const [target, setTarget] = useState<PfxProfile | ''>('');
  const [report, setReport] = useState<InspectReport | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [over, setOver] = useState(false);

  const inspect = async (chosen: File | null = file) => {
    const api = runbookApi();
    if (!api || !chosen) return;
    setError(null);
    setReport(null);
    if (chosen.size > MAX_BYTES) {
      setError({
        code: 'file-too-large',
        field: 'file',
        message: `${chosen.name} is larger than 1 MiB: it is not a certificate or PFX file.`,
      });
      return;
    }
    const r = await api.certInspectBytes({
      name: chosen.name,
      base64: await toBase64(chosen),
      password: password || undefined,
      target: target || null,
    });
    setPassword(''); // checked once, not kept
    if (r.ok) setReport(r.value);
    else setError(r.error);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const dropped = e.dataTransfer.files[0] ?? null;
    setFile(dropped);
    if (dropped && !/\.(pfx|p12)$/iu.test(dropped.name)) void inspect(dropped);
  };

  return (
    <section className="panel" aria-labelledby="inspector-title">
      <h3 id="inspector-title">Inspect a certificate or PFX</h3>
      <div
        className={`dropzone${over ? ' over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <p>Drop a .pfx, .p12, .cer, .crt or .pem file here, or</p>
        <div className="row centered">
          <FilePicker
            id="inspect-file"
            name="Choose a certificate or PFX file"
            text="Choose a file…"
            accept=".pfx,.p12,.cer,.crt,.pem,.der"
            onFiles={(files) => setFile(files[0] ?? null)}
          />
          {file ? (
            <span className="mono small" data-testid="file-chosen">
              {file.name}
            </span>
          ) : null}
        </div>
      </div>
      <div className="row">
        <label className="field">
          <span>PFX password (optional: checks it and the key)</span>
          <input
            type="password"
            autoComplete="off"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </label>
        <label className="field">
          <span>Check the PFX against</span>
          <select value={target} onChange={(e) => setTarget(e.target.value as PfxProfile | '')}>
            <option value="">No particular Windows version</option>
            {pfxProfiles.map((p) => (
              <option key={p} value={p}>
                {pfxProfileLabel(p)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <button type="button" onClick={() => inspect()} disabled={!file}>
        Inspect
      </button>
      {error ? (
        <p className="error" role="alert">
          {error.message}
        </p>
      ) : null}
      {report ? <InspectReportView report={report} /> : null}
    </section>
  );
}
