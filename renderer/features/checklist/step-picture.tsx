import { useRef } from 'react';
import type { IllustrationId } from '../../../core/procedure/illustrations';
import { Illustration, illustrations } from '../illustrations';

/**
 * The step's console screen, with an enlarged view for reading the small captions. The native
 * <dialog> traps focus and closes on Escape without injecting <style> (the CSP forbids inline
 * styles, which Radix's modal scroll lock needs).
 */
export function StepPicture({
  id,
  serverName,
  connectorName,
}: {
  id: IllustrationId | null;
  serverName: string;
  connectorName?: string;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  if (!id) {
    return (
      <p className="shell-only" data-testid="shell-only">
        Shell only: there is no console screen for this step on this Exchange version.
      </p>
    );
  }
  const title = `picture-title-${id}`;
  return (
    <>
      <Illustration id={id} serverName={serverName} connectorName={connectorName} />
      <button
        type="button"
        className="secondary enlarge"
        onClick={() => dialog.current?.showModal()}
      >
        Enlarge the screen
      </button>
      <dialog ref={dialog} className="dialog-content dialog-wide" aria-labelledby={title}>
        <h2 id={title}>{illustrations[id].caption}</h2>
        <Illustration id={id} serverName={serverName} connectorName={connectorName} />
        <form method="dialog">
          <button type="submit" className="secondary">
            Close
          </button>
        </form>
      </dialog>
    </>
  );
}
