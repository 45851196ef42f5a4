import { useMemo, useRef } from 'react';
import type { IllustrationId } from '../../../core/procedure/illustrations';
import { sceneOf } from '../../../core/procedure/scene';
import type { Plan, PlannedStep } from '../../../core/plan/types';
import { Illustration, illustrations } from '../illustrations';

/**
 * The step's console screen drawn with this site's objects (server, connector, certificate), with
 * an enlarged view. The native <dialog> traps focus and closes on Escape without injecting
 * <style> (the CSP forbids inline styles, which Radix's modal scroll lock needs); it opens at its
 * top with its heading focused.
 */
export function StepPicture({
  id,
  plan,
  step,
}: {
  id: IllustrationId;
  plan: Plan;
  step: PlannedStep;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const scene = useMemo(() => sceneOf(plan.site, step.stepId, step.target), [plan, step]);
  const title = `picture-title-${id}`;
  return (
    <>
      <Illustration id={id} scene={scene} />
      <button
        type="button"
        className="secondary enlarge"
        onClick={() => {
          const d = dialog.current;
          if (!d) return;
          d.showModal();
          d.scrollTop = 0;
          heading.current?.focus({ preventScroll: true });
        }}
      >
        Enlarge the screen
      </button>
      <dialog ref={dialog} className="dialog-content dialog-wide" aria-labelledby={title}>
        <div className="dialog-head">
          <h2 id={title} ref={heading} tabIndex={-1}>
            {illustrations[id].caption}
          </h2>
          <form method="dialog">
            <button type="submit" className="secondary">
              Close
            </button>
          </form>
        </div>
        <Illustration id={id} scene={scene} />
      </dialog>
    </>
  );
}
