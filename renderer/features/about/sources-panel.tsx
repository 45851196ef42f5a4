import { procedureSources } from '../../../core/procedure/sources';

const checkedWords = {
  verified: 'verified against this source',
  partial: 'partly verified',
} as const;

/** Help › The procedure's sources: where each part of the procedure and its commands comes from. */
export function SourcesPanel() {
  return (
    <section className="panel" aria-labelledby="sources-title">
      <h2 id="sources-title" tabIndex={-1}>
        The procedure’s sources
      </h2>
      <p className="muted">
        The steps are written in our own words from these sources; docs/domain.md in the project
        cites each next to the fact it supports. Nothing here was run against a live Exchange
        server: a step that rests on a partly verified source says so where it appears. This app
        stays offline: read a page on a machine with internet.
      </p>
      <ul className="sources" data-testid="sources">
        {procedureSources.map((s) => (
          <li key={`${s.topic}-${s.title}`}>
            <strong>{s.topic}:</strong> {s.title}
            {s.url ? (
              <>
                {' '}
                <code className="source-url">{s.url}</code>
              </>
            ) : null}{' '}
            <span className={`badge ${s.checked === 'verified' ? '' : 'badge-unverified'}`}>
              {checkedWords[s.checked]}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
