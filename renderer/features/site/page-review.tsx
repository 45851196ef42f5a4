import { environmentLabels, exchangeVersionLabels, windowsVersionLabels } from '../../../core/site';
import { pfxProfileLabel } from '../../../core/certificates/profile';
import { siteFieldLabel } from '../../../core/site-file';
import { useQuestionnaire } from './questionnaire-context';
import type { Problem } from './site-form';

/** Page 6: every answer at a glance, every problem with a way to it, then create or save. */
export function ReviewPage({
  problems,
  onJump,
}: {
  readonly problems: readonly Problem[];
  readonly onJump: (key: string) => void;
}) {
  const { form } = useQuestionnaire();
  const c = form.certificate;
  return (
    <>
      {problems.length > 0 ? (
        <section className="problems" aria-labelledby="review-problems-title">
          <h4 id="review-problems-title">
            {problems.length === 1 ? '1 answer needs' : `${problems.length} answers need`} your
            attention
          </h4>
          <ul>
            {problems.map((p) => (
              <li key={p.key}>
                <div>
                  <strong>{siteFieldLabel(p.key)}</strong>
                  <span className="problem-message">{p.message}</span>
                </div>
                <button
                  type="button"
                  className="secondary"
                  aria-label={`Fix ${siteFieldLabel(p.key)}`}
                  onClick={() => onJump(p.key)}
                >
                  Fix
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <p className="all-good" role="status">
          Every answer is complete and consistent.
        </p>
      )}
      <dl className="facts review-facts">
        <dt>Customer</dt>
        <dd>{form.customer.name || '—'}</dd>
        <dt>Site</dt>
        <dd>{form.customer.siteName || '—'}</dd>
        <dt>Engineer</dt>
        <dd>
          {form.engineer.name || '—'}
          {form.engineer.email ? ` · ${form.engineer.email}` : ''}
        </dd>
        <dt>Environment</dt>
        <dd>{environmentLabels[form.environment]}</dd>
        <dt>Exchange</dt>
        <dd>{exchangeVersionLabels[form.exchangeVersion]}</dd>
        <dt>Certificates</dt>
        <dd>
          RSA {c.keySize} bits · {c.validityDays || '?'} days ·{' '}
          {c.pfxProfile === 'auto' ? 'PFX profile per hub' : pfxProfileLabel(c.pfxProfile)}
        </dd>
        <dt>SteelHeads</dt>
        <dd>
          {form.steelheads.length === 0
            ? 'None yet'
            : form.steelheads.map((s) => s.name.trim() || s.id).join(', ')}
        </dd>
      </dl>
      <div className="table-scroll">
        <table className="hub-table">
          <caption>Hubs ({form.hubs.length})</caption>
          <thead>
            <tr>
              <th scope="col">FQDN</th>
              <th scope="col">NetBIOS</th>
              <th scope="col">Forest</th>
              <th scope="col">SMTP domain</th>
              <th scope="col">Windows</th>
            </tr>
          </thead>
          <tbody>
            {form.hubs.map((h) => (
              <tr key={h.id}>
                <td>{h.fqdn || '—'}</td>
                <td>{h.netbiosName || '—'}</td>
                <td>{h.forest || '—'}</td>
                <td>{h.smtpDomain || '—'}</td>
                <td>{windowsVersionLabels[h.windowsVersion]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
