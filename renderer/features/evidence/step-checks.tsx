import { useMemo } from 'react';
import { checkOutcomeWords, stepPastedChecks } from '../../../core/report/checks';
import { useRunbook } from '../../store/store-context';
import type { Plan } from '../../../core/plan/types';
import { useEvidence } from './use-evidence';
import { useCertFacts } from './use-cert-facts';
import './evidence.css';

const NONE: readonly string[] = [];

/**
 * On a step: pass or fail of each expectation the output pasted on it shows (core's judgement, the
 * same the completion certificate prints); unreadable output says "cannot read this", never pass.
 */
export function StepPastedChecks({ plan, stepKey }: { plan: Plan | null; stepKey: string }) {
  const ids = useRunbook((s) => s.progress[stepKey]?.evidence ?? NONE);
  const items = useEvidence(ids);
  const certs = useCertFacts();
  const rows = useMemo(() => {
    if (!plan) return [];
    const texts = items.flatMap((i) => (i.text === null ? [] : [i.text]));
    return stepPastedChecks(plan, stepKey, texts, certs?.hubs ?? [], certs?.siteCa ?? null);
  }, [plan, stepKey, items, certs]);
  if (rows.length === 0) return null;
  const failed = rows.some((r) => r.outcome !== 'pass');
  return (
    <section
      className={`step-pasted-checks ${failed ? 'error' : 'ok'}`}
      aria-label="Checks of the pasted output"
      data-testid="step-pasted-checks"
    >
      <h3>Pasted output checked</h3>
      <ul className="small">
        {rows.map((r, i) => (
          <li key={i} className={`check-${r.outcome}`} data-outcome={r.outcome}>
            <strong>{checkOutcomeWords[r.outcome]}</strong>: {r.expectation}: {r.detail}
          </li>
        ))}
      </ul>
    </section>
  );
}
