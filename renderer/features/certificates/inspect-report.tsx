import type { InspectReport } from '../../../core/certificates/inspection';
import { formatDay } from '../../../core/dates';

const severityClass = { error: 'error', warning: 'warning', info: 'info' } as const;

/** The inspector's findings: each certificate's facts, the PFX protection, and the lint. */
export function InspectReportView({ report }: { report: InspectReport }) {
  const lint = [...report.lint, ...report.certificates.flatMap((c) => c.lint)];
  return (
    <div className="inspect-report" data-testid="inspect-report">
      <h4>
        {report.name} <span className="muted small">({report.kind.toUpperCase()})</span>
      </h4>
      {report.pfx ? (
        <dl className="facts">
          <dt>Password</dt>
          <dd>
            {report.passwordOk === null ? 'not checked' : report.passwordOk ? 'correct' : 'wrong'}
          </dd>
          <dt>Private key</dt>
          <dd>
            {report.hasPrivateKey ? 'present' : 'absent'}
            {report.keyMatchesCert === null
              ? ''
              : report.keyMatchesCert
                ? ', matches the certificate'
                : ', does NOT match the certificate'}
          </dd>
          <dt>Key protection</dt>
          <dd>{report.pfx.keyBagAlgorithms.join(', ') || 'unknown'}</dd>
          <dt>MAC</dt>
          <dd>
            {report.pfx.macAlgorithm ?? 'none'}
            {report.pfx.macIterations ? `, ${report.pfx.macIterations} iterations` : ''}
          </dd>
          <dt>Windows 2016 and older</dt>
          <dd>
            {report.pfx.legacyWindowsReadable
              ? 'can import it'
              : 'cannot import it (AES): use the legacy profile'}
          </dd>
          <dt>Key provider (CSP)</dt>
          <dd>{report.pfx.cspName ?? 'not named'}</dd>
          <dt>Friendly name</dt>
          <dd>{report.pfx.friendlyName ?? '—'}</dd>
        </dl>
      ) : null}
      {report.certificates.map((c) => (
        <dl key={c.sha256} className="facts">
          <dt>Subject</dt>
          <dd>{c.subject}</dd>
          <dt>Issuer</dt>
          <dd>{c.selfSigned ? 'self-signed' : c.issuer}</dd>
          <dt>Names (SAN)</dt>
          <dd>{c.sans.join(', ') || 'none'}</dd>
          <dt>Uses (EKU)</dt>
          <dd>{c.extKeyUsage.join(', ') || 'any'}</dd>
          <dt>Valid</dt>
          <dd>
            {formatDay(c.notBefore)} to{' '}
            <span className={`expiry expiry-${c.expiry}`}>{formatDay(c.notAfter)}</span> (
            {c.daysLeft} days left)
          </dd>
          <dt>Key</dt>
          <dd>
            RSA {c.keyBits} bits · {c.signatureAlgorithm}
          </dd>
          <dt>Thumbprint</dt>
          <dd className="mono small">{c.thumbprint}</dd>
          <dt>SHA-256</dt>
          <dd className="mono small">{c.sha256}</dd>
        </dl>
      ))}
      {lint.length > 0 ? (
        <ul className="lint">
          {lint.map((f, i) => (
            <li key={`${f.code}-${i}`} className={severityClass[f.severity]}>
              {f.message}
            </li>
          ))}
        </ul>
      ) : (
        <p className="info">No problems found for Exchange domain security.</p>
      )}
    </div>
  );
}
