import { useEffect, useRef } from 'react';
import { stepStatusWords } from '../../../core/plan/progress';
import { formatDateTime } from '../../../core/dates';
import type { PendingImport } from './use-site-file';

/** Shows what an import would change (nothing is applied until "Apply import"). */
export function ImportPreview({
  pending,
  hasDraft,
  onApply,
  onCancel,
}: {
  readonly pending: PendingImport;
  readonly hasDraft: boolean;
  readonly onApply: () => void;
  readonly onCancel: () => void;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const { diff } = pending;
  const { hubs, progress } = diff;
  return (
    <section
      className="panel import-preview"
      aria-labelledby="import-title"
      data-testid="import-preview"
    >
      <h2 id="import-title" ref={headingRef} tabIndex={-1}>
        Import preview
      </h2>
      <p className="muted file-path">{pending.path}</p>
      {diff.identical ? (
        <p className="all-good">This file holds exactly what this laptop already has.</p>
      ) : null}
      <dl className="facts">
        <dt>Site</dt>
        <dd>
          {diff.siteName.from === null ? (
            <>New on this laptop: {diff.siteName.to}</>
          ) : diff.siteName.from === diff.siteName.to ? (
            <>{diff.siteName.to} (unchanged)</>
          ) : (
            <>
              {diff.siteName.from} → <strong>{diff.siteName.to}</strong>
            </>
          )}
        </dd>
        <dt>Customer</dt>
        <dd>{diff.customerName.to}</dd>
        {diff.steelheads.added + diff.steelheads.removed + diff.steelheads.changed > 0 ? (
          <>
            <dt>SteelHeads</dt>
            <dd>
              {diff.steelheads.added} added · {diff.steelheads.removed} removed ·{' '}
              {diff.steelheads.changed} changed
            </dd>
          </>
        ) : null}
        {diff.siteFields.length > 0 ? (
          <>
            <dt>Also changes</dt>
            <dd>{diff.siteFields.join(', ')}</dd>
          </>
        ) : null}
      </dl>
      <h3>Hubs</h3>
      <ul className="change-list">
        {hubs.added.map((h) => (
          <li key={`a-${h.id}`} className="change-added">
            <span className="change-tag">Added</span> {h.fqdn}
          </li>
        ))}
        {hubs.removed.map((h) => (
          <li key={`r-${h.id}`} className="change-removed">
            <span className="change-tag">Removed</span> {h.fqdn}
          </li>
        ))}
        {hubs.changed.map((h) => (
          <li key={`c-${h.id}`} className="change-changed">
            <span className="change-tag">Changed</span> {h.fqdn}: {h.fields.join(', ')}
          </li>
        ))}
        {hubs.unchanged > 0 ? (
          <li className="muted">
            {hubs.unchanged} {hubs.unchanged === 1 ? 'hub' : 'hubs'} unchanged
          </li>
        ) : null}
      </ul>
      <h3>Progress</h3>
      {progress.replaced > 0 ? (
        <p className="warning" data-testid="progress-replaced">
          This file is a different site: the {progress.replaced} step{' '}
          {progress.replaced === 1 ? 'record' : 'records'} on this laptop will be replaced by the
          file&apos;s. Export this site first if you still need them.
        </p>
      ) : null}
      <ul className="change-list">
        <li>
          {progress.added.length} step {progress.added.length === 1 ? 'record' : 'records'} added
        </li>
        <li>
          {progress.overwritten.length} step{' '}
          {progress.overwritten.length === 1 ? 'record' : 'records'} overwritten
          {progress.overwritten.length > 0 ? ':' : ''}
        </li>
        {progress.overwritten.slice(0, 20).map((o) => (
          <li key={o.key} className="change-changed nested" data-testid="overwritten-step">
            {o.label}: {stepStatusWords[o.from]} → <strong>{stepStatusWords[o.to]}</strong>{' '}
            <span className="muted">
              (by {o.by || 'an unknown engineer'}, {formatDateTime(o.at)})
            </span>
          </li>
        ))}
        {progress.overwritten.length > 20 ? (
          <li className="nested muted">and {progress.overwritten.length - 20} more</li>
        ) : null}
        <li className="muted">
          {progress.unchanged} unchanged · {progress.keptLocal} only on this laptop (kept)
          {progress.keptNewer > 0 ? ` · ${progress.keptNewer} newer on this laptop (kept)` : ''}
        </li>
      </ul>
      {hasDraft ? (
        <p className="warning">
          Your unfinished questionnaire answers will be replaced by this site.
        </p>
      ) : null}
      <div className="row">
        <button type="button" onClick={onApply}>
          Apply import
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
