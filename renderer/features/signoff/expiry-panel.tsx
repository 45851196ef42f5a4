import { useMemo, useState } from 'react';
import type { CertListResult } from '../../../core/ipc/cert-channels';
import { formatDay } from '../../../core/dates';
import { expiryList } from '../../../core/report/expiry';
import type { Site } from '../../../core/site/site';
import { useNavigation } from '../../app/navigation';
import { runbookApi } from '../../runbook-api';

/** Expiry follow-up: each certificate's expiry and reminder day, and the .ics export. */
export function ExpiryPanel({ site, certs }: { site: Site; certs: CertListResult | null }) {
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  const nav = useNavigation();
  const list = useMemo(
    () => (certs ? expiryList(site, certs.hubs, certs.siteCa, new Date()) : []),
    [site, certs],
  );
  const save = async () => {
    const r = await runbookApi()?.reportSaveIcs({ site, suggestedName: 'certificate-expiry.ics' });
    if (!r) return;
    if (r.ok) setNote(r.value ? { ok: true, text: `Saved ${r.value.path}` } : null);
    else setNote({ ok: false, text: r.error.message });
  };
  return (
    <section className="panel" aria-labelledby="expiry-title">
      <h3 id="expiry-title">Certificate expiry</h3>
      {list.length === 0 ? (
        <div className="empty-state">
          <p>No certificate generated yet: their expiry and reminders appear here once made.</p>
          <button
            type="button"
            onClick={() => nav.go('certificates', { kind: 'panel', panel: 'generate' })}
          >
            Make the certificates
          </button>
        </div>
      ) : (
        <table className="report-steps" data-testid="expiry-list">
          <thead>
            <tr>
              <th>Certificate</th>
              <th>Expires</th>
              <th>Days left</th>
              <th>Reminder</th>
            </tr>
          </thead>
          <tbody>
            {list.map((e) => (
              <tr key={e.thumbprint}>
                <td>{e.what}</td>
                <td>{formatDay(e.notAfter)}</td>
                <td>{e.daysLeft}</td>
                <td>{e.remindOn}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        <button
          type="button"
          className="secondary"
          disabled={list.length === 0}
          onClick={() => void save()}
        >
          Save reminders (.ics)…
        </button>
      </p>
      {note ? (
        <p className={note.ok ? 'info' : 'error'} role="status">
          {note.text}
        </p>
      ) : null}
    </section>
  );
}
