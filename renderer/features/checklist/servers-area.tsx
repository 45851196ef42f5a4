import { useCallback, useMemo, useState } from 'react';
import { Dashboard } from './dashboard';
import { TrustGrid } from './trust-grid';
import { UnitChecklist } from './unit-checklist';
import { usePlan } from './use-plan';
import { workUnits } from './units';
import './checklist.css';

type View =
  | { kind: 'dashboard' }
  | { kind: 'trust' }
  | { kind: 'unit'; unitId: string; stepKey: string | null };

/** The Servers area: dashboard, a unit's checklist with its step screen, or the trust matrix. */
export function ServersArea({ onCreateSite }: { onCreateSite: () => void }) {
  const plan = usePlan();
  const units = useMemo(() => (plan ? workUnits(plan) : []), [plan]);
  const [view, setView] = useState<View>({ kind: 'dashboard' });
  const toDashboard = useCallback(() => setView({ kind: 'dashboard' }), []);
  const openStep = useCallback(
    (unitId: string, stepKey: string) => setView({ kind: 'unit', unitId, stepKey }),
    [],
  );

  if (!plan) {
    return (
      <section className="panel">
        <h2>Servers</h2>
        <p>
          There is no site yet. Answer the questionnaire first: the checklists are tailored from it.
        </p>
        <button type="button" onClick={onCreateSite}>
          Start the questionnaire
        </button>
      </section>
    );
  }
  if (view.kind === 'trust')
    return <TrustGrid plan={plan} onOpenStep={openStep} onBack={toDashboard} />;
  if (view.kind === 'unit') {
    const unit = units.find((u) => u.id === view.unitId);
    if (unit)
      return (
        <UnitChecklist
          plan={plan}
          unit={unit}
          stepKey={view.stepKey}
          onSelect={(key) => setView({ kind: 'unit', unitId: unit.id, stepKey: key })}
          onBack={toDashboard}
        />
      );
  }
  return (
    <Dashboard
      plan={plan}
      units={units}
      onOpen={(unitId) => setView({ kind: 'unit', unitId, stepKey: null })}
      onTrust={() => setView({ kind: 'trust' })}
    />
  );
}
