import { useEffect, useMemo, useState } from 'react';
import { isFinished, statusOf } from '../../../core/plan/progress';
import type { Plan } from '../../../core/plan/types';
import type { PlanWarning } from '../../../core/procedure/types';
import {
  beforeWarnings,
  checkHub,
  serverStepStatuses,
  type CheckResult,
  type ExpectationInputs,
  type HubCheck,
  type ServerStateRecord,
  type ServerStepStatus,
} from '../../../core/verification';
import { runbookApi } from '../../runbook-api';
import { useRunbook } from '../../store/store-context';

/** What a step shows from the collected states: its server status, the checks, the evidence. */
export interface StepServerState {
  readonly status: ServerStepStatus;
  readonly results: readonly CheckResult[];
  readonly record: ServerStateRecord;
}

/** Every hub's collected state checked against the plan, indexed for the surfaces that show it. */
export interface ServerChecks {
  readonly byHub: Readonly<Record<string, { record: ServerStateRecord; check: HubCheck }>>;
  readonly byStep: Readonly<Record<string, StepServerState>>;
  /** Before-state warnings for steps not finished yet, by progress key. */
  readonly warnings: Readonly<Record<string, readonly PlanWarning[]>>;
}

/** The thumbprints of the certificates this app generated (from the main process; no keys). */
function useInputs(): ExpectationInputs {
  const [inputs, setInputs] = useState<ExpectationInputs>({
    thumbprints: {},
    siteCaThumbprint: null,
  });
  useEffect(() => {
    let live = true;
    void runbookApi()
      ?.certList({})
      .then((r) => {
        if (!live || !r.ok) return;
        setInputs({
          thumbprints: Object.fromEntries(
            r.value.hubs.map((h) => [h.hubId, h.metadata.thumbprint]),
          ),
          siteCaThumbprint: r.value.siteCa?.thumbprint ?? null,
        });
      });
    return () => {
      live = false;
    };
  }, []);
  return inputs;
}

/** Core's checks over the stored states: after-checks mark steps, before-checks warn on to-do steps. */
export function useServerChecks(plan: Plan): ServerChecks {
  const states = useRunbook((s) => s.serverStates);
  const progress = useRunbook((s) => s.progress);
  const inputs = useInputs();
  return useMemo(() => {
    const finished = (key: string) => isFinished(statusOf(progress, key));
    const byHub: Record<string, { record: ServerStateRecord; check: HubCheck }> = {};
    const byStep: Record<string, StepServerState> = {};
    const warnings: Record<string, PlanWarning[]> = {};
    for (const hub of plan.hubs) {
      const record = states[hub.hubId];
      if (!record) continue;
      const check = checkHub(plan, hub.hubId, record.observed, inputs, 'after');
      byHub[hub.hubId] = { record, check };
      for (const [key, status] of Object.entries(serverStepStatuses(check.results, finished))) {
        const results = check.results.filter((r) => r.expectation.stepKeys.includes(key));
        byStep[key] = { status, results, record };
      }
      const before = checkHub(plan, hub.hubId, record.observed, inputs, 'before');
      for (const [key, ws] of Object.entries(beforeWarnings(before.results))) {
        if (!finished(key)) (warnings[key] ??= []).push(...ws);
      }
    }
    return { byHub, byStep, warnings };
  }, [plan, states, progress, inputs]);
}
