import { Tabs } from 'radix-ui';
import { useEffect, useRef } from 'react';
import type { Plan, PlannedStep } from '../../../core/plan/types';
import { consoleLabels } from '../../../core/procedure/types';
import { useNavigation, type Intent } from '../../app/navigation';
import type { AreaId } from '../../app/areas';
import { useRunbook } from '../../store/store-context';
import { CommandBlock, CommandList } from './command-block';
import { StepEvidence } from '../evidence/step-evidence';
import { StepPastedChecks } from '../evidence/step-checks';
import { StepPicture } from './step-picture';
import { StepStatusForm } from './step-status-form';
import type { PlanWarning } from '../../../core/procedure/types';
import { StepServerStateNote } from '../server-state/step-server-state';
import type { StepServerState } from '../server-state/use-server-checks';

const factLabel = { verified: null, partial: 'Partly verified', unverified: 'Unverified' } as const;

/** Warnings that name another place of the app get a button that goes there. */
const warningActions: Record<string, { label: string; area: AreaId; intent: Intent }> = {
  'generate-in-app': {
    label: 'Open the Certificates area',
    area: 'certificates',
    intent: { kind: 'panel', panel: 'generate' },
  },
};

/**
 * One step on one target: why, what to click, the screen, the commands, how to verify, status.
 * Each step opens at its top with its heading focused, whichever way it was reached.
 */
export function StepScreen({
  plan,
  step,
  reveal,
  server,
  liveWarnings = [],
  next,
  onDoneAndNext,
  onNext,
}: {
  plan: Plan;
  step: PlannedStep;
  /** Changes whenever the step is chosen again (a list click on the step on display). */
  reveal: number;
  /** What a collected server state says about this step, if one was read. */
  server?: StepServerState | undefined;
  /** Warnings a before-state raises on this step (the server differs from the plan). */
  liveWarnings?: readonly PlanWarning[];
  next: PlannedStep | null;
  onDoneAndNext: () => void;
  onNext: () => void;
}) {
  const nav = useNavigation();
  const record = useRunbook((s) => s.progress[step.key]);
  const engineer = useRunbook((s) => s.installation.engineer.name);
  const setStep = useRunbook((s) => s.setStep);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const badge = factLabel[step.status];

  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
    document.getElementById('main')?.scrollTo({ top: 0 });
  }, [step.key, reveal]);

  return (
    <article className="step-screen" aria-labelledby={`title-${step.key}`} data-step={step.key}>
      <header className="step-head">
        <p className="eyebrow">
          {step.phase} · on {step.runOn}
          {step.optional ? ' · optional' : ''}
        </p>
        <h2 id={`title-${step.key}`} ref={headingRef} tabIndex={-1} className="step-title">
          {step.title}{' '}
          {badge ? <span className={`badge badge-${step.status}`}>{badge}</span> : null}{' '}
          {step.shellOnly ? (
            <span
              className="badge badge-shell"
              data-testid="shell-only-badge"
              title="No console screen for this on this Exchange version: use the commands"
            >
              Shell only
            </span>
          ) : null}
        </h2>
        <p className="why">{step.why}</p>
      </header>

      {[...liveWarnings, ...step.warnings].map((w) => {
        const action = warningActions[w.code];
        return (
          <div
            key={w.code}
            className={`step-warning ${w.level === 'danger' ? 'error' : w.level === 'warning' ? 'warning' : 'info'}`}
            role="note"
          >
            <p>{w.message}</p>
            {action ? (
              <button type="button" onClick={() => nav.go(action.area, action.intent)}>
                {action.label}
              </button>
            ) : null}
          </div>
        );
      })}

      <section className="step-how" aria-label="What to do">
        <h3>What to do</h3>
        {step.consoles.length > 0 ? (
          <Tabs.Root
            key={step.key}
            defaultValue={step.consoles[0]?.console}
            className="console-tabs"
          >
            <Tabs.List aria-label="Console" className="console-tab-list">
              {step.consoles.map((c) => (
                <Tabs.Trigger key={c.console} value={c.console} className="console-tab">
                  {consoleLabels[c.console]}
                </Tabs.Trigger>
              ))}
            </Tabs.List>
            {step.consoles.map((c) => (
              <Tabs.Content key={c.console} value={c.console}>
                {c.status !== 'verified' ? (
                  <p className="muted small">
                    Captions on this path are {c.status === 'partial' ? 'partly' : 'not'} verified:
                    they may differ slightly on your build.
                  </p>
                ) : null}
                {c.steps.length > 0 ? (
                  <ol className="click-path">
                    {c.steps.map((line, i) => (
                      <li key={i}>{line}</li>
                    ))}
                  </ol>
                ) : (
                  <p>Run the commands below in the {consoleLabels[c.console]}, in order.</p>
                )}
              </Tabs.Content>
            ))}
          </Tabs.Root>
        ) : (
          <p>Use the commands below.</p>
        )}
      </section>
      {step.illustration ? (
        <section className="step-picture" aria-label="Console screen">
          <StepPicture id={step.illustration} plan={plan} step={step} />
        </section>
      ) : null}

      <section className="step-commands" aria-label="Commands">
        <h3>Commands</h3>
        <CommandList commands={step.commands} />
      </section>

      <StepServerStateNote
        state={server}
        done={record?.status === 'done'}
        onMarkDone={(note) => setStep(step.key, { status: 'done', note }, engineer, new Date())}
      />
      <section className="verify" aria-label="How to verify">
        <h3>Verify</h3>
        <p>{step.verify.how}</p>
        {step.verify.command ? (
          <CommandBlock command={step.verify.command} index={step.commands.length} />
        ) : null}
        <p>
          <strong>Expected:</strong> {step.verify.expected}
        </p>
      </section>

      <StepEvidence stepKey={step.key} />
      <StepPastedChecks plan={plan} stepKey={step.key} />

      <StepStatusForm
        key={step.key}
        step={step}
        record={record}
        engineer={engineer}
        onDoneAndNext={onDoneAndNext}
        hasNext={next !== null}
      />
      {next ? (
        <p className="next-step">
          <button
            type="button"
            className="secondary"
            aria-describedby={`next-${step.key}`}
            onClick={onNext}
          >
            Next step →
          </button>{' '}
          <span id={`next-${step.key}`} className="muted">
            {next.title}
          </span>
        </p>
      ) : null}
    </article>
  );
}
