import { useDeferredValue, useMemo, useState } from 'react';
import { planProgress } from '../../../core/plan/progress';
import type { Plan } from '../../../core/plan/types';
import { useRunbook } from '../../store/store-context';
import { filterUnits, type UnitFilter, type WorkUnit } from './units';
import { ReadStatesButton } from '../server-state/read-states';
import '../server-state/server-state.css';

const filters: { id: UnitFilter; label: string }[] = [
  { id: 'all', label: 'All' },
  { id: 'open', label: 'Not finished' },
  { id: 'blocked', label: 'Blocked' },
  { id: 'finished', label: 'Finished' },
];

/** Every hub, organisation and SteelHead block with its progress and next step; filter and search. */
export function Dashboard({
  plan,
  units,
  onOpen,
  onOpenStep,
  onTrust,
}: {
  plan: Plan;
  units: readonly WorkUnit[];
  onOpen: (unitId: string) => void;
  onOpenStep: (stepKey: string) => void;
  onTrust: () => void;
}) {
  const progress = useRunbook((s) => s.progress);
  const [filter, setFilter] = useState<UnitFilter>('all');
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const rows = useMemo(
    () => filterUnits(units, progress, filter, deferredQuery),
    [units, progress, filter, deferredQuery],
  );
  // The site's total comes from core's one progress rule and never follows the filter.
  const site = useMemo(() => planProgress(plan, progress), [plan, progress]);
  const filtered = filter !== 'all' || deferredQuery.trim() !== '';

  return (
    <section className="dashboard" aria-labelledby="dashboard-title">
      <div className="dashboard-head">
        <h2 id="dashboard-title">Servers</h2>
        <p className="muted" data-testid="site-total">
          {plan.site.customer.name} · {plan.site.customer.siteName} · {site.finished} of{' '}
          {site.total} steps finished on the site
        </p>
        <button type="button" className="secondary" onClick={onTrust}>
          Trust matrix
        </button>
      </div>
      <ReadStatesButton plan={plan} />
      {plan.warnings.map((w) => (
        <p key={w.code} className={w.level === 'danger' ? 'error' : 'warning'} role="note">
          {w.message}
        </p>
      ))}
      <div className="row dashboard-tools">
        <label className="search">
          <span className="offscreen">Search servers</span>
          <input
            type="search"
            placeholder="Search servers, domains, steps…"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
        </label>
        <div role="group" aria-label="Show" className="segmented">
          {filters.map((f) => (
            <button
              key={f.id}
              type="button"
              className={filter === f.id ? 'on' : ''}
              aria-pressed={filter === f.id}
              onClick={() => setFilter(f.id)}
            >
              {f.label}
            </button>
          ))}
        </div>
        <span className="muted" data-testid="rows-shown" aria-live="polite">
          {filtered ? `${rows.length} of ${units.length} shown` : `${units.length} shown`}
        </span>
      </div>
      <table className="units">
        <thead>
          <tr>
            <th scope="col">Server or block</th>
            <th scope="col">Progress</th>
            <th scope="col">Next step</th>
            <th scope="col">Blocked</th>
            <th scope="col">Skipped</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ unit, summary }) => (
            <tr key={unit.id} data-unit={unit.id}>
              <th scope="row">
                <button type="button" className="link" onClick={() => onOpen(unit.id)}>
                  {unit.title}
                </button>
                <span className="muted small block">{unit.subtitle}</span>
              </th>
              <td>
                <progress
                  max={summary.total}
                  value={summary.finished}
                  aria-label={`${unit.title}: ${summary.finished} of ${summary.total} finished`}
                />
                <span className="small">
                  {' '}
                  {summary.finished}/{summary.total}
                </span>
              </td>
              <td>
                {summary.next ? (
                  <button
                    type="button"
                    className="link"
                    data-testid="next-step-link"
                    onClick={() => onOpenStep(summary.next?.key ?? '')}
                  >
                    {summary.next.title}
                  </button>
                ) : summary.blocked ? (
                  'Waiting on blocked steps'
                ) : (
                  'All done'
                )}
              </td>
              <td className={summary.blocked ? 'count-blocked' : 'muted'}>{summary.blocked}</td>
              <td className="muted">{summary.skipped}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 ? (
        <div className="empty-state">
          <p>Nothing matches this search and filter.</p>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setQuery('');
              setFilter('all');
            }}
          >
            Show every server
          </button>
        </div>
      ) : null}
    </section>
  );
}
