import { useEffect, useRef } from 'react';

/**
 * Brings a result into view and gives it the focus when it appears or changes (a generation or an
 * export finished below the fold), so the engineer sees it and a screen reader reads it.
 */
export function useReveal<T extends HTMLElement>(trigger: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (trigger === null || trigger === undefined) return;
    ref.current?.scrollIntoView({ block: 'nearest' });
    ref.current?.focus({ preventScroll: true });
  }, [trigger]);
  return ref;
}

/** Scrolls a panel of the current area into view and focuses its heading. */
export function revealHeading(id: string): void {
  const heading = document.getElementById(id);
  if (!heading) return;
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.scrollIntoView({ block: 'start' });
  heading.focus({ preventScroll: true });
}
