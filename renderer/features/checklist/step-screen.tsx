import { Tabs } from 'radix-ui';
import type { PlannedStep } from '../../../core/plan/types';
import { consoleLabels } from '../../../core/procedure/types';
import { useRunbook } from '../../store/store-context';
import { CommandBlock, CommandList } from './command-block';
import { StepPicture } from './step-picture';
import { StepStatusForm } from './step-status-form';

const factLabel = { verified: null, partial: 'Partly verified', unverified: 'Unverified' } as const;

/** One step on one target: why, what to click, the screen, the commands, how to verify, status. */
export function StepScreen({
  step,
  serverName,
  connectorName,
}: {
  step: PlannedStep;
  serverName: string;
  connectorName?: string;
}) {
  const record = useRunbook((s) => s.progress[step.key]);
  const engineer = useRunbook((s) => s.site?.engineer.name ?? '');
  const badge = factLabel[step.status];
  return (
    <article className="step-screen" aria-labelledby={`title-${step.key}`} data-step={step.key}>
      <header className="step-head">
        <p className="eyebrow">
          {step.phase} · on {step.runOn}
          {step.optional ? ' · optional' : ''}
        </p>
        <h2 id={`title-${step.key}`}>
          {step.title}{' '}
          {badge ? <span className={`badge badge-${step.status}`}>{badge}</span> : null}{' '}
          {step.shellOnly ? (
            <span
              className="badge badge-shell"
              data-testid="shell-only-badge"
              title="No console screen for this on this Exchange version"
            >
              Shell only
            </span>
          ) : null}
        </h2>
        <p className="why">{step.why}</p>
      </header>

      {step.warnings.map((w) => (
        <p
          key={w.code}
          className={w.level === 'danger' ? 'error' : w.level === 'warning' ? 'warning' : 'info'}
          role="note"
        >
          {w.message}
        </p>
      ))}

      <div className="step-body">
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
                      Captions on this path are {c.status === 'partial' ? 'partly' : 'not'}{' '}
                      verified: they may differ slightly on your build.
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
            <p className="muted">This step has no console path: use the commands below.</p>
          )}
        </section>
        <section className="step-picture" aria-label="Console screen">
          <StepPicture
            id={step.illustration}
            serverName={serverName}
            connectorName={connectorName}
          />
        </section>
      </div>

      <section className="step-commands" aria-label="Commands">
        <h3>Commands</h3>
        <CommandList commands={step.commands} />
      </section>

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

      <StepStatusForm
        key={`${step.key}|${record?.at ?? ''}`}
        step={step}
        record={record}
        engineer={engineer}
      />
    </article>
  );
}
