import { useCallback, useEffect, useMemo, useState } from 'react';
import { placeToRestore } from '../../../core/desktop/last-place';
import { useNavigation } from '../../app/navigation';
import { useRunbook } from '../../store/store-context';
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

/** The step open when the app last closed is restored once per start, not on every visit. */
let restoredThisStart = false;

/** The Servers area: dashboard, a unit's checklist with its step screen, or the trust matrix. */
export function ServersArea() {
  const plan = usePlan();
  const nav = useNavigation();
  const units = useMemo(() => (plan ? workUnits(plan) : []), [plan]);
  const lastPlace = useRunbook((s) => s.lastPlace);
  const setPlace = useRunbook((s) => s.setPlace);
  const [view, setView] = useState<View>(() => {
    const first = !restoredThisStart;
    restoredThisStart = true;
    if (!first) return { kind: 'dashboard' };
    const place = placeToRestore(
      lastPlace,
      (a) => a === 'servers',
      (key) => unitOfStep(units, key) !== undefined,
      'servers',
    );
    const unit = place.stepKey ? unitOfStep(units, place.stepKey) : undefined;
    return unit && place.stepKey
      ? { kind: 'unit', unitId: unit.id, stepKey: place.stepKey }
      : { kind: 'dashboard' };
  });
  // The step on screen is the place to come back to after a restart.
  const shownStep = view.kind === 'unit' ? view.stepKey : null;
  useEffect(() => {
    if (plan) setPlace('servers', shownStep);
  }, [plan, shownStep, setPlace]);
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
