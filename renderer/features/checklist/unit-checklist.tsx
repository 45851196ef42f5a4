import { useCallback, useEffect, useState } from 'react';
import type { Plan } from '../../../core/plan/types';
import { useNavigation } from '../../app/navigation';
import { useRunbook } from '../../store/store-context';
import { announceCopied, copyText } from './clipboard';
import { StepList } from './step-list';
import { StepScreen } from './step-screen';
import { summarise } from '../../../core/plan/progress';
import type { WorkUnit } from './units';
import { stepKeys } from '../../../core/desktop/shortcuts';
import { HubStatePanel } from '../server-state/hub-state-panel';
import { useServerChecks } from '../server-state/use-server-checks';

/** Below this window width the step list starts folded away, leaving the width to the step. */
const LIST_BESIDE = 1300;

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
  const nav = useNavigation();
  const progress = useRunbook((s) => s.progress);
  const setStep = useRunbook((s) => s.setStep);
  const engineer = useRunbook((s) => s.installation.engineer.name);
  const checks = useServerChecks(plan);
  const [listOpen, setListOpen] = useState(() => window.innerWidth >= LIST_BESIDE);
  // What the toast says, and how many times it was said: the same words again show it again.
  const [toast, setToast] = useState({ text: '', n: 0 });
  const setAnnounce = useCallback((text: string) => setToast((t) => ({ text, n: t.n + 1 })), []);
  useEffect(() => {
    if (toast.text === '') return;
    const t = window.setTimeout(() => setToast((now) => ({ ...now, text: '' })), 4000);
    return () => window.clearTimeout(t);
  }, [toast.n, toast.text]);
  // Bumped by every way of choosing a step, so even the step on display opens again at its top.
  const [reveal, setReveal] = useState(0);
  const summary = summarise(unit.steps, progress);
  const current =
    unit.steps.find((s) => s.key === stepKey) ?? summary.next ?? unit.steps[0] ?? null;
  const index = current ? unit.steps.indexOf(current) : -1;

  // Pin the step shown on opening, so a change elsewhere does not silently move the screen.
  useEffect(() => {
    if (stepKey === null && current) onSelect(current.key);
  }, [stepKey, current, onSelect]);

  const choose = useCallback(
    (key: string) => {
      setReveal((r) => r + 1);
      onSelect(key);
    },
    [onSelect],
  );
  const goTo = useCallback(
    (i: number) => {
      const step = unit.steps[i];
      if (step) choose(step.key);
    },
    [unit.steps, choose],
  );

  /** Marks the step done and moves on; a blocked step asks first (someone said it could not be done). */
  const markDone = useCallback(async () => {
    if (!current) return;
    const record = progress[current.key];
    if (record?.status === 'blocked') {
      const yes = await nav.confirm({
        title: 'This step is blocked',
        message: `“${current.title}” (${current.runOn}) was marked blocked${record.by ? ` by ${record.by}` : ''}: “${record.note}”. Mark it done anyway?`,
        yes: 'Mark done',
        no: 'Keep it blocked',
      });
      if (!yes) return;
    }
    setStep(current.key, { status: 'done', note: record?.note ?? '' }, engineer, new Date());
    const next = unit.steps[index + 1];
    setAnnounce(
      next
        ? `Marked done: ${current.title}. Now: ${next.title}.`
        : `Marked done: ${current.title}.`,
    );
    goTo(index + 1);
  }, [current, progress, nav, setStep, engineer, unit.steps, index, goTo, setAnnounce]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target) || e.ctrlKey || e.metaKey || e.altKey || !current) return;
      if (document.querySelector('dialog[open]')) return;
      // Letters only: arrow keys belong to the radio groups and tabs on the page.
      if (e.key === stepKeys.next) nav.leave(() => goTo(index + 1));
      else if (e.key === stepKeys.previous) nav.leave(() => goTo(index - 1));
      else if (e.key === stepKeys.done) void markDone();
      else if (e.key === stepKeys.copy && current.commands[0]) {
        const first = current.commands[0];
        void copyText(first.command).then((ok) => {
          if (ok) announceCopied(first.command);
          setAnnounce(
            ok ? `Copied: ${first.label}` : 'Copy failed: select the command and copy it',
          );
        });
      } else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [current, index, goTo, markDone, nav, setAnnounce]);

  return (
    <div className={`unit${listOpen ? '' : ' unit-list-closed'}`}>
      <div className="unit-head">
        <button type="button" className="secondary" onClick={onBack}>
          ← All servers
        </button>
        <h2>
          {unit.title} <span className="muted small">{unit.subtitle}</span>
        </h2>
        <span className="muted">
          {summary.finished} of {summary.total} finished
          {summary.blocked ? ` · ${summary.blocked} blocked` : ''}
        </span>
        <button
          type="button"
          className="secondary list-toggle"
          aria-expanded={listOpen}
          aria-controls="step-list"
          onClick={() => setListOpen((o) => !o)}
        >
          {listOpen
            ? 'Hide the step list'
            : `Show the step list (${index + 1} of ${unit.steps.length})`}
        </button>
      </div>
      {unit.kind === 'hub' ? (
        <HubStatePanel plan={plan} hubId={unit.id.slice('hub:'.length)} checks={checks} />
      ) : null}
      <p className="toast" role="status" aria-live="polite" data-testid="checklist-announce">
        {toast.text}
      </p>
      <div className="unit-body">
        {listOpen ? (
          <StepList
            unit={unit}
            progress={progress}
            currentKey={current?.key ?? null}
            onSelect={(key) => nav.leave(() => choose(key))}
          />
        ) : null}
        {current ? (
          <StepScreen
            plan={plan}
            step={current}
            reveal={reveal}
            server={checks.byStep[current.key]}
            liveWarnings={checks.warnings[current.key] ?? []}
            next={unit.steps[index + 1] ?? null}
            onDoneAndNext={() => void markDone()}
            onNext={() => nav.leave(() => goTo(index + 1))}
          />
        ) : (
          <div className="empty-state">
            <p>No steps apply here.</p>
            <button type="button" onClick={onBack}>
              ← All servers
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
