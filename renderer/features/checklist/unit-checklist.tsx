import { useEffect, useRef } from 'react';
import type { Plan } from '../../../core/plan/types';
import { useRunbook } from '../../store/store-context';
import { StepScreen } from './step-screen';
import { statusOf, summarise, type WorkUnit } from './units';
import { copyText } from './clipboard';

const icons = { todo: '○', done: '✓', skipped: '–', blocked: '!' } as const;

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/** A unit's steps on the left, the chosen step on the right. Keys: j/k next/previous, d done, c copy. */
export function UnitChecklist({
  plan,
  unit,
  stepKey,
  onSelect,
  onBack,
}: {
  plan: Plan;
  unit: WorkUnit;
  stepKey: string | null;
  onSelect: (key: string) => void;
  onBack: () => void;
}) {
  const progress = useRunbook((s) => s.progress);
  const setStep = useRunbook((s) => s.setStep);
  const engineer = useRunbook((s) => s.site?.engineer.name ?? '');
  const summary = summarise(unit.steps, progress);
  const current =
    unit.steps.find((s) => s.key === stepKey) ?? summary.next ?? unit.steps[0] ?? null;
  const index = current ? unit.steps.indexOf(current) : -1;
  const hub = unit.kind === 'hub' ? plan.hubs.find((h) => `hub:${h.hubId}` === unit.id) : undefined;
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Pin the step shown on opening, so marking it done does not silently move the screen.
  useEffect(() => {
    if (stepKey === null && current) onSelect(current.key);
  }, [stepKey, current, onSelect]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target) || e.ctrlKey || e.metaKey || e.altKey || !current) return;
      const go = (i: number) => {
        const step = unit.steps[i];
        if (step) onSelect(step.key);
      };
      // Letters only: arrow keys belong to the radio groups and tabs on the page.
      if (e.key === 'j') go(index + 1);
      else if (e.key === 'k') go(index - 1);
      else if (e.key === 'd') {
        setStep(
          current.key,
          { status: 'done', note: progress[current.key]?.note ?? '' },
          engineer,
          new Date(),
        );
        go(index + 1);
      } else if (e.key === 'c' && current.commands[0]) void copyText(current.commands[0].command);
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [current, index, unit.steps, onSelect, setStep, engineer, progress]);

  return (
    <div className="unit">
      <div className="unit-head">
        <button type="button" className="secondary" onClick={onBack}>
          ← All servers
        </button>
        <h2 ref={headingRef}>
          {unit.title} <span className="muted small">{unit.subtitle}</span>
        </h2>
        <span className="muted">
          {summary.finished} of {summary.total} finished
          {summary.blocked ? ` · ${summary.blocked} blocked` : ''}
        </span>
      </div>
      <div className="unit-body">
        <nav aria-label={`Steps for ${unit.title}`} className="step-list">
          <ol>
            {unit.steps.map((step, i) => {
              const status = statusOf(progress, step.key);
              return (
                <li key={step.key}>
                  <button
                    type="button"
                    className={`step-link status-${status}`}
                    aria-current={current?.key === step.key ? 'step' : undefined}
                    onClick={() => onSelect(step.key)}
                  >
                    <span className="step-icon" aria-label={status}>
                      {icons[status]}
                    </span>
                    <span>
                      {i + 1}. {step.title}
                      {step.target.kind !== 'hub' ? (
                        <span className="muted small"> · {step.runOn}</span>
                      ) : null}
                    </span>
                  </button>
                </li>
              );
            })}
          </ol>
          <p className="muted small keys">
            Keys: j / k next and previous · d mark done and go on · c copy the first command
          </p>
        </nav>
        {current ? (
          <StepScreen
            step={current}
            serverName={hub?.netbiosName ?? plan.hubs[0]?.netbiosName ?? 'HUB01'}
            connectorName={hub?.securedReceiveConnector}
          />
        ) : (
          <p>No steps apply here.</p>
        )}
      </div>
    </div>
  );
}
