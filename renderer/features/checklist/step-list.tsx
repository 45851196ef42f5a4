import { statusOf, type Progress } from '../../../core/plan/progress';
import { StatusIcon } from './status-icon';
import type { WorkUnit } from './units';

/** The unit's steps in working order, each with its status; the current one is marked. */
export function StepList({
  unit,
  progress,
  currentKey,
  onSelect,
}: {
  readonly unit: WorkUnit;
  readonly progress: Progress;
  readonly currentKey: string | null;
  readonly onSelect: (key: string) => void;
}) {
  return (
    <nav id="step-list" aria-label={`Steps for ${unit.title}`} className="step-list">
      <ol>
        {unit.steps.map((step, i) => {
          const status = statusOf(progress, step.key);
          return (
            <li key={step.key}>
              <button
                type="button"
                className={`step-link status-${status}`}
                data-step-link={step.key}
                aria-current={currentKey === step.key ? 'step' : undefined}
                onClick={() => onSelect(step.key)}
              >
                <StatusIcon status={status} />
                <span className="step-index">{i + 1}.</span>
                <span>
                  {step.title}
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
  );
}
