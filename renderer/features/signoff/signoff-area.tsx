import { NoSite } from '../../app/no-site';
import { useMemo } from 'react';
import { missing } from '../../../core/trust/missing';
import { useRunbook } from '../../store/store-context';
import { usePlan } from '../checklist/use-plan';
import { statusOf, summarise, workUnits } from '../checklist/units';

/**
 * What stands between the site and its sign-off: overall progress, blocked steps with their
 * notes, and the certificate trusts still missing. (Evidence and the completion certificate PDF
 * build on this list.)
 */
export function SignoffArea() {
  const plan = usePlan();
  const progress = useRunbook((s) => s.progress);
  const units = useMemo(() => (plan ? workUnits(plan) : []), [plan]);
  if (!plan) {
    return <NoSite title="Sign-off" why="the sign-off lists the work of the site's servers." />;
  }
  const steps = units.flatMap((u) => u.steps);
  const total = summarise(steps, progress);
  const blocked = steps.filter((s) => statusOf(progress, s.key) === 'blocked');
  const coreProgress = Object.fromEntries(Object.entries(progress).map(([k, r]) => [k, r.status]));
  const gaps = missing(plan.trust, coreProgress);
  const ready = total.finished === total.total;
  return (
    <section className="panel" aria-labelledby="signoff-title">
      <h2 id="signoff-title">Sign-off</h2>
      <p className={ready ? 'info' : 'warning'} data-testid="signoff-summary">
        {ready
          ? `All ${total.total} steps are done or skipped with a reason: the site is ready for the customer's signature.`
          : `${total.finished} of ${total.total} steps finished; ${total.total - total.finished} to go before sign-off.`}
      </p>
      <progress
        className="wide"
        max={total.total}
        value={total.finished}
        aria-label="Steps finished"
      />
      {blocked.length > 0 ? (
        <>
          <h3>Blocked</h3>
          <ul>
            {blocked.map((s) => (
              <li key={s.key}>
                <strong>{s.title}</strong> ({s.runOn}): {progress[s.key]?.note}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {gaps.trusts.length + gaps.secureLists.length > 0 ? (
        <>
          <h3>Trust still missing</h3>
          <p className="muted">
            {gaps.trusts.length} certificate trust{gaps.trusts.length === 1 ? '' : 's'} and{' '}
            {gaps.secureLists.length} domain-secure list update
            {gaps.secureLists.length === 1 ? '' : 's'} not done yet: see the trust matrix under
            Servers.
          </p>
        </>
      ) : null}
      <p className="muted small">
        The completion certificate (PDF) for the customer to sign is printed from here once the
        evidence is in.
      </p>
    </section>
  );
}
