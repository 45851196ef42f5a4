import { formatDateTime } from '../../../core/dates';
import { stepStatusWords } from '../../../core/plan/progress';
import { checkOutcomeWords, checkSourceWords } from '../../../core/report/checks';
import { formatDocumentId } from '../../../core/report/document-id';
import { evidenceIds, remainingSteps, skippedSteps } from '../../../core/report/record';
import type { ReportRecord } from '../../../core/report/types';
import type { PrintVerdict } from '../../../core/report/verdict';
import { EvidenceList } from '../evidence/step-evidence';
import { useEvidence } from '../evidence/use-evidence';

const when = (at: string | null) => (at ? formatDateTime(at) : '');

function Certificates({ record }: { record: ReportRecord }) {
  return (
    <>
      <h3>Certificates</h3>
      {record.certificates.map((c) => (
        <table key={c.hubId} className="report-facts" data-testid={`report-cert-${c.hubId}`}>
          <caption>{c.fqdn}</caption>
          <tbody>
            <tr>
              <th scope="row">Subject</th>
              <td>{c.subject}</td>
            </tr>
            <tr>
              <th scope="row">DNS names (SAN)</th>
              <td>{c.sans.join(', ')}</td>
            </tr>
            <tr>
              <th scope="row">Valid</th>
              <td>
                {when(c.notBefore)} to {when(c.notAfter)}
              </td>
            </tr>
            <tr>
              <th scope="row">Key size</th>
              <td>{c.keyBits} bits RSA</td>
            </tr>
            <tr>
              <th scope="row">PFX profile</th>
              <td>{c.profile}</td>
            </tr>
            <tr>
              <th scope="row">Thumbprint (SHA-1)</th>
              <td className="mono">{c.thumbprint}</td>
            </tr>
            <tr>
              <th scope="row">SHA-256</th>
              <td className="mono">{c.sha256}</td>
            </tr>
            {c.stale.length > 0 ? (
              <tr>
                <th scope="row">Does not fit the site</th>
                <td className="error">{c.stale.join('; ')}</td>
              </tr>
            ) : null}
          </tbody>
        </table>
      ))}
      {record.hubsWithoutCertificate.map((fqdn) => (
        <p key={fqdn} className="error">
          {fqdn}: no certificate in the records.
        </p>
      ))}
    </>
  );
}

function Checks({ record }: { record: ReportRecord }) {
  if (record.checks.length === 0)
    return (
      <>
        <h3>Checked verification</h3>
        <p className="muted" data-testid="report-checks-none">
          No checked verification output is in the records: the verification steps are the
          engineer&apos;s word.
        </p>
      </>
    );
  return (
    <>
      <h3>Checked verification</h3>
      <table className="report-steps" data-testid="report-checks">
        <thead>
          <tr>
            <th>Hub</th>
            <th>Expectation</th>
            <th>Result</th>
            <th>Found</th>
            <th>Source</th>
          </tr>
        </thead>
        <tbody>
          {record.checks.map((c, i) => (
            <tr key={i} className={`check-${c.outcome}`}>
              <td>{record.hubs.find((h) => h.hubId === c.hubId)?.fqdn ?? c.hubId}</td>
              <td>{c.expectation}</td>
              <td>
                <strong>{checkOutcomeWords[c.outcome]}</strong>
              </td>
              <td>{c.detail}</td>
              <td>{checkSourceWords(c)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/**
 * The completion certificate as the screen and the printer show it: the same record (and so the
 * same document ID) the PDF is made from. An open site is marked NOT COMPLETE, on paper on every
 * page (a fixed print header repeats per page).
 */
export function ReportDocument({
  record,
  verdict,
  id,
  paper,
}: {
  record: ReportRecord;
  /** core's verdict at this moment (record's reasons plus expiry and unsigned ticks). */
  verdict: PrintVerdict;
  id: string;
  paper: boolean;
}) {
  const evidence = useEvidence(evidenceIds(record));
  const t = record.totals;
  const skipped = skippedSteps(record);
  const blocked = remainingSteps(record).filter((s) => s.status === 'blocked');
  const starts = record.sections.map((_, i) =>
    record.sections.slice(0, i).reduce((sum, sec) => sum + sec.steps.length, 0),
  );
  return (
    <article
      className={`report-document${paper ? ' paper' : ''}`}
      data-testid="report-document"
      aria-label="Completion certificate"
    >
      {verdict.complete ? null : (
        <div className="report-not-complete" data-testid="report-not-complete">
          <p>
            NOT COMPLETE: {t.finished} of {t.total} steps finished, not a completion certificate
          </p>
          <ul>
            {verdict.notComplete.map((why) => (
              <li key={why.words}>{why.words}</li>
            ))}
          </ul>
        </div>
      )}
      <h2>{verdict.complete ? 'Completion certificate' : 'Work record: NOT COMPLETE'}</h2>
      <table className="report-facts">
        <tbody>
          <tr>
            <th scope="row">Customer</th>
            <td>{record.customer.name}</td>
          </tr>
          <tr>
            <th scope="row">Site</th>
            <td>{record.customer.siteName}</td>
          </tr>
          <tr>
            <th scope="row">Engineer</th>
            <td>{record.engineer.name}</td>
          </tr>
          <tr>
            <th scope="row">Hubs</th>
            <td>{record.hubs.map((h) => `${h.fqdn} (${h.exchange})`).join('; ')}</td>
          </tr>
          <tr>
            <th scope="row">Document ID</th>
            <td className="mono" data-testid="report-id">
              {formatDocumentId(id)}
            </td>
          </tr>
        </tbody>
      </table>
      {skipped.length > 0 ? (
        <>
          <h3>Skipped steps and why</h3>
          <ul data-testid="report-skipped">
            {skipped.map((s) => (
              <li key={s.key}>
                <strong>{s.title}</strong> ({s.runOn}): {s.note}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {blocked.length > 0 ? (
        <>
          <h3>Blocked</h3>
          <ul data-testid="report-blocked">
            {blocked.map((s) => (
              <li key={s.key}>
                <strong>{s.title}</strong> ({s.runOn}): {s.note}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <Certificates record={record} />
      <Checks record={record} />
      <h3>Steps</h3>
      {record.sections.map((section, si) => (
        <table key={section.title} className="report-steps">
          <caption>{section.title}</caption>
          <thead>
            <tr>
              <th>#</th>
              <th>Step</th>
              <th>Where</th>
              <th>Status</th>
              <th>Who</th>
              <th>When</th>
              <th>Notes</th>
            </tr>
          </thead>
          <tbody>
            {section.steps.map((s, i) => (
              <tr key={s.key} data-status={s.status}>
                <td>{(starts[si] ?? 0) + i + 1}</td>
                <td>
                  {s.title}
                  {s.optional ? ' (optional)' : ''}
                </td>
                <td>{s.runOn}</td>
                <td>{stepStatusWords[s.status]}</td>
                <td>{s.by}</td>
                <td>{when(s.at)}</td>
                <td>
                  {s.note}
                  {s.evidence.length > 0 ? ` (evidence: ${s.evidence.length})` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      {evidence.length > 0 ? (
        <>
          <h3>Evidence</h3>
          <EvidenceList items={evidence} />
        </>
      ) : null}
      <div className="report-signatures">
        <p>
          Engineer: {record.engineer.name}
          <br />
          Signature ____________________ Date __________
        </p>
        <p>
          Customer: ____________________
          <br />
          Signature ____________________ Date __________
        </p>
      </div>
      <p className="report-footer mono">Document ID {formatDocumentId(id)}</p>
    </article>
  );
}
