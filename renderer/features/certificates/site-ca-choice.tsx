import { siteCaReplaceConsequence, type SiteCaDecision } from '../../../core/certificates/site-ca';

/**
 * Core's site-CA decision, said before generating: a stored root that no longer fits is replaced
 * only when the engineer ticks the box (main refuses otherwise).
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
  if (decision?.kind !== 'replace') return null;
  return (
    <div className="warning" role="note" data-testid="site-ca-replace">
      <p>
        The stored site CA cannot sign these certificates: {decision.reason}.{' '}
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
