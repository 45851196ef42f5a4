import { NoSite } from '../../app/no-site';
import { useMemo } from 'react';
import { planProgress, statusOf } from '../../../core/plan/progress';
import { missingTrust } from '../../../core/plan/trust-progress';
import { useRunbook } from '../../store/store-context';
import { usePlan } from '../checklist/use-plan';

/**
 * What stands between the site and its sign-off: overall progress, blocked steps with their
 * notes, and the certificate trusts still missing. (Evidence and the completion certificate PDF
 * build on this list.)
 */
export function SignoffArea() {
  const plan = usePlan();
  const progress = useRunbook((s) => s.progress);
  const total = useMemo(() => (plan ? planProgress(plan, progress) : null), [plan, progress]);
  if (!plan || !total) {
    return <NoSite title="Sign-off" why="the sign-off lists the work of the site's servers." />;
  }
  const blocked = total.open.filter((s) => statusOf(progress, s.key) === 'blocked');
  const gaps = missingTrust(plan.trust, progress);
  const ready = total.complete;
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
            <span data-testid="signoff-missing-trusts">
              {gaps.trusts.length} certificate trust{gaps.trusts.length === 1 ? '' : 's'}
            </span>{' '}
            and {gaps.secureLists.length} domain-secure list update
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
