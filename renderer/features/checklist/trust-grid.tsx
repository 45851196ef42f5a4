import { useState } from 'react';
import { statusOf } from '../../../core/plan/progress';
import {
  missingTrust,
  secureListStepKey,
  trustStatusWords,
  trustStepKey,
} from '../../../core/plan/trust-progress';
import type { Plan } from '../../../core/plan/types';
import { useRunbook } from '../../store/store-context';

const ROW_PAGE = 25;

/** Who must trust whose certificate (rows trust columns), done or missing; each cell opens its step. */
export function TrustGrid({
  plan,
  onOpenStep,
  onBack,
}: {
  plan: Plan;
  onOpenStep: (key: string) => void;
  onBack: () => void;
}) {
  const progress = useRunbook((s) => s.progress);
  const { hubs, edges, secureLists, environment } = plan.trust;
  // A large site would draw tens of thousands of cells at once: show rows a page at a time.
  const [rowLimit, setRowLimit] = useState(ROW_PAGE);
  const [rowQuery, setRowQuery] = useState('');
  const q = rowQuery.trim().toLowerCase();
  const matching = q
    ? hubs.filter((h) => `${h.netbiosName} ${h.fqdn} ${h.forest}`.toLowerCase().includes(q))
    : hubs;
  const rows = matching.slice(0, rowLimit);
  const noneTitle = 'Not needed: hubs of one organisation already trust each other';
  const needs = new Set(edges.map((e) => `${e.hubId}>${e.peerHubId}`));
  const missing = missingTrust(plan.trust, progress).trusts.length;

  return (
    <section className="trust" aria-labelledby="trust-title">
      <div className="unit-head">
        <button type="button" className="secondary" onClick={onBack}>
          ← All servers
        </button>
        <h2 id="trust-title">Trust matrix</h2>
        <span className="muted" data-testid="trust-missing">
          {missing === 0
            ? 'Every required trust is in place'
            : `${missing} of ${edges.length} trusts missing`}
        </span>
      </div>
      <p className="muted">
        {environment === 'multi-domain'
          ? 'Each row is a hub; each column is a certificate it must trust. Across untrusted domains a hub trusts every partner hub in the other forests.'
          : 'Each row is a hub; each column is a certificate it must trust. In one domain every hub trusts every other hub.'}
        {plan.trust.siteCa
          ? ' Site CA mode: a hub trusts all of its row at once by trusting the site CA, so each cell opens that one step.'
          : ''}
      </p>
      {hubs.length > ROW_PAGE ? (
        <div className="row">
          <label className="search">
            <span className="offscreen">Show rows for</span>
            <input
              type="search"
              placeholder="Show rows for hubs matching…"
              value={rowQuery}
              onChange={(e) => setRowQuery(e.target.value)}
            />
          </label>
          <span className="muted" data-testid="trust-rows">
            Rows {Math.min(rows.length, matching.length)} of {matching.length}
          </span>
        </div>
      ) : null}
      <ul className="trust-legend" aria-label="Legend" data-testid="trust-legend">
        <li>
          <span className="legend-swatch cell-done">✓</span> Trusted: the step is done
        </li>
        <li>
          <span className="legend-swatch cell-todo">✗</span> Missing: still to do
        </li>
        <li>
          <span className="legend-swatch cell-blocked">!</span> Blocked
        </li>
        <li>
          <span className="legend-swatch">–</span> Skipped
        </li>
        <li>
          <span className="legend-swatch">·</span>{' '}
          {environment === 'multi-domain'
            ? 'Not needed: hubs of one organisation already trust each other'
            : 'Not needed'}
        </li>
        <li>
          <span className="legend-swatch">—</span> The hub itself
        </li>
      </ul>
      <div className="trust-scroll">
        <table className="trust-grid">
          <caption className="offscreen">Rows trust the certificate of the column's hub</caption>
          <thead>
            <tr>
              <th scope="col">Hub trusts →</th>
              {hubs.map((h) => (
                <th key={h.id} scope="col" title={h.fqdn}>
                  {h.netbiosName}
                  <span className="muted small block">{h.forest}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <th scope="row" title={row.fqdn}>
                  {row.netbiosName}
                </th>
                {hubs.map((col) => {
                  if (row.id === col.id)
                    return (
                      <td
                        key={col.id}
                        className="cell-self"
                        aria-label="the hub itself"
                        title="The hub itself"
                      >
                        —
                      </td>
                    );
                  if (!needs.has(`${row.id}>${col.id}`))
                    return (
                      <td
                        key={col.id}
                        className="cell-none"
                        aria-label="not needed"
                        title={noneTitle}
                      >
                        ·
                      </td>
                    );
                  const key = trustStepKey(plan.trust, { hubId: row.id, peerHubId: col.id });
                  const status = statusOf(progress, key);
                  return (
                    <td key={col.id} className={`cell-${status}`}>
                      <button
                        type="button"
                        className="cell-button"
                        data-pair={`${row.id}>${col.id}`}
                        aria-label={`${row.netbiosName} trusts ${col.netbiosName}: ${trustStatusWords[status]}. Open the step.`}
                        onClick={() => onOpenStep(key)}
                      >
                        {status === 'done'
                          ? '✓'
                          : status === 'todo'
                            ? '✗'
                            : status === 'blocked'
                              ? '!'
                              : '–'}{' '}
                        {trustStatusWords[status]}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length < matching.length ? (
        <div className="row">
          <button
            type="button"
            className="secondary"
            onClick={() => setRowLimit((n) => n + ROW_PAGE)}
          >
            Show {Math.min(ROW_PAGE, matching.length - rows.length)} more rows
          </button>
          <button type="button" className="secondary" onClick={() => setRowLimit(matching.length)}>
            Show all {matching.length} rows
          </button>
        </div>
      ) : null}
      {secureLists.length > 0 ? (
        <>
          <h3>TLS secure-domain lists (once per organisation)</h3>
          <ul className="secure-lists">
            {secureLists.map((l) => {
              const key = secureListStepKey(l.forest);
              const status = statusOf(progress, key);
              return (
                <li key={l.forest} className={`cell-${status}`}>
                  <button type="button" className="link" onClick={() => onOpenStep(key)}>
                    {l.forest}
                  </button>{' '}
                  adds {l.domains.join(', ')} to TLSSendDomainSecureList and
                  TLSReceiveDomainSecureList — {trustStatusWords[status]}
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </section>
  );
}
