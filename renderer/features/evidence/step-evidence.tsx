import { useId, useState, type ClipboardEvent, type DragEvent } from 'react';
import { FilePicker } from '../../app/file-picker';
import type { AppError } from '../../../core/errors';
import type { EvidenceItem } from '../../../core/ipc/report-channels';
import { runbookApi } from '../../runbook-api';
import { useRunbook } from '../../store/store-context';
import { fileBase64, useEvidence } from './use-evidence';
import './evidence.css';

/** Thumbnails and pasted output of a list of evidence items, each removable when `onRemove` is set. */
export function EvidenceList({
  items,
  onRemove,
}: {
  items: readonly EvidenceItem[];
  onRemove?: (id: string) => void;
}) {
  if (items.length === 0) return null;
  return (
    <ul className="evidence-list">
      {items.map((item) => (
        <li key={item.id} className="evidence-item" data-evidence={item.kind}>
          {item.thumbnail ? (
            <img src={item.thumbnail} alt="Attached screenshot or photo" />
          ) : (
            <pre className="evidence-text">{item.text}</pre>
          )}
          {onRemove ? (
            <button type="button" className="secondary small" onClick={() => onRemove(item.id)}>
              Remove
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

const NONE: readonly string[] = [];

/**
 * A step's evidence: screenshots or photos (file picker, drag-and-drop, paste) and pasted command
 * output. Main checks and stores the files; the step keeps their ids.
 */
export function StepEvidence({ stepKey }: { stepKey: string }) {
  // A stable empty list: a new [] per call would make the store think the state changed.
  const ids = useRunbook((s) => s.progress[stepKey]?.evidence ?? NONE);
  // Evidence is signed by this installation's engineer, as every tick is.
  const engineer = useRunbook((s) => s.installation.engineer.name);
  const attach = useRunbook((s) => s.attachEvidence);
  const detach = useRunbook((s) => s.detachEvidence);
  const items = useEvidence(ids);
  const [output, setOutput] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const fileId = useId();
  const outputId = useId();

  const addFiles = async (files: readonly File[]) => {
    const api = runbookApi();
    if (!api) return;
    setBusy(true);
    setError(null);
    for (const file of files) {
      const r = await api.evidenceAddImage({
        name: file.name || 'pasted image',
        base64: await fileBase64(file),
      });
      if (r.ok) attach(stepKey, r.value.id, engineer, new Date());
      else setError(r.error);
    }
    setBusy(false);
  };
  const addOutput = async () => {
    const api = runbookApi();
    if (!api) return;
    const r = await api.evidenceAddText({ text: output });
    if (r.ok) {
      attach(stepKey, r.value.id, engineer, new Date());
      setOutput('');
      setError(null);
    } else setError(r.error);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    void addFiles([...e.dataTransfer.files]);
  };
  const onPaste = (e: ClipboardEvent) => {
    const files = [...e.clipboardData.files];
    if (files.length === 0) return;
    e.preventDefault();
    void addFiles(files);
  };

  return (
    <section className="step-evidence" aria-labelledby={`evidence-${stepKey}`}>
      <h3 id={`evidence-${stepKey}`}>Evidence</h3>
      <EvidenceList items={items} onRemove={(id) => detach(stepKey, id)} />
      <div
        className="evidence-drop"
        onDragOver={(e) => e.preventDefault()}
        onDrop={onDrop}
        onPaste={onPaste}
        tabIndex={0}
        aria-label="Drop or paste a screenshot here"
        data-testid="evidence-drop"
      >
        <FilePicker
          id={fileId}
          name="Attach a screenshot or photo (PNG or JPEG)"
          text="Attach a screenshot or photo…"
          accept="image/png,image/jpeg"
          multiple
          disabled={busy}
          onFiles={(files) => void addFiles(files)}
        />
        <p className="muted small">
          Or drop it here, or paste it (Ctrl+V). Location and camera details are removed.
        </p>
      </div>
      <label htmlFor={outputId}>Paste the command&apos;s output</label>
      <textarea
        id={outputId}
        className="evidence-output"
        rows={4}
        spellCheck={false}
        value={output}
        onChange={(e) => setOutput(e.target.value)}
      />
      <p>
        <button
          type="button"
          className="secondary"
          disabled={output.trim() === ''}
          onClick={() => void addOutput()}
        >
          Attach output
        </button>
      </p>
      {error ? (
        <p className="error" role="alert">
          {error.message}
        </p>
      ) : null}
    </section>
  );
}
