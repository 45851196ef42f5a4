import { siteCaReplaceConsequence, type SiteCaDecision } from '../../../core/certificates/site-ca';

/**
 * Core's site-CA decision, said before generating: a stored root that no longer fits is replaced
 * only when the engineer ticks the box (main refuses otherwise); a root of the old, unconstrained
 * profile is reused, and the same box offers to replace it.
 */
export function SiteCaChoice({
  decision,
  replace,
  onReplace,
  disabled,
}: {
  decision: SiteCaDecision | null;
  replace: boolean;
  onReplace: (replace: boolean) => void;
  disabled: boolean;
}) {
  const upgrade = decision?.kind === 'reuse' ? decision.upgrade : undefined;
  if (decision?.kind !== 'replace' && !upgrade) return null;
  return (
    <div className="warning" role="note" data-testid="site-ca-replace">
      <p>
        {decision?.kind === 'replace'
          ? `The stored site CA cannot sign these certificates: ${decision.reason}.`
          : `The stored site CA is kept: ${upgrade ?? ''}.`}{' '}
        {siteCaReplaceConsequence}
      </p>
      <label className="inline-field">
        <input
          type="checkbox"
          checked={replace}
          disabled={disabled}
          onChange={(e) => onReplace(e.target.checked)}
        />
        <span>Replace the site CA</span>
      </label>
    </div>
  );
}
