import { useCallback, useEffect, useMemo, useState } from 'react';
import { useNavigation } from '../../app/navigation';
import { NoSite } from '../../app/no-site';
import { Dashboard } from './dashboard';
import { TrustGrid } from './trust-grid';
import { UnitChecklist } from './unit-checklist';
import { usePlan } from './use-plan';
import { unitOfStep, workUnits } from './units';
import './checklist.css';
import './step-screen.css';
import './trust-grid.css';

type View =
  | { kind: 'dashboard' }
  | { kind: 'trust' }
  | { kind: 'unit'; unitId: string; stepKey: string | null };

/** The Servers area: dashboard, a unit's checklist with its step screen, or the trust matrix. */
export function ServersArea() {
  const plan = usePlan();
  const nav = useNavigation();
  const units = useMemo(() => (plan ? workUnits(plan) : []), [plan]);
  const [view, setView] = useState<View>({ kind: 'dashboard' });
  const toDashboard = useCallback(() => setView({ kind: 'dashboard' }), []);
  const openStep = useCallback(
    (stepKey: string) => {
      const unit = unitOfStep(units, stepKey);
      if (unit) setView({ kind: 'unit', unitId: unit.id, stepKey });
    },
    [units],
  );

  // A "what next" link from another area names a step or a unit: open it here.
  const { intent, consume } = nav;
  useEffect(() => {
    if (nav.area !== 'servers' || !intent) return;
    if (intent.kind === 'step') {
      // A one-off request from another area, consumed at once: not state derived from props.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      openStep(intent.stepKey);
      consume();
    } else if (intent.kind === 'unit') {
      setView({ kind: 'unit', unitId: intent.unitId, stepKey: null });
      consume();
    }
  }, [nav.area, intent, consume, openStep]);

  if (!plan) {
    return <NoSite title="Servers" why="the checklists are tailored from the questionnaire." />;
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
          onBack={() => nav.leave(toDashboard)}
        />
      );
  }
  return (
    <Dashboard
      plan={plan}
      units={units}
      onOpen={(unitId) => setView({ kind: 'unit', unitId, stepKey: null })}
      onOpenStep={openStep}
      onTrust={() => setView({ kind: 'trust' })}
    />
  );
}
