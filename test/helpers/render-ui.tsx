import { act, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { NavigationContext, type Navigation } from '../../renderer/app/navigation';
import { createRunbookStore, type RunbookStore } from '../../renderer/store/create-store';
import { createNoticeStore } from '../../renderer/store/notices';
import { StoreProvider } from '../../renderer/store/store-context';

// React warns unless it knows updates are wrapped in act().
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A fresh store on the (happy-dom) localStorage, as each window of the app builds one. */
export function freshStore(): RunbookStore {
  localStorage.clear();
  return createRunbookStore({ storage: localStorage, notices: createNoticeStore() });
}

/** A navigation that records where components asked to go (the App provides the real one). */
function recordingNavigation(): Navigation & { readonly visits: unknown[] } {
  const visits: unknown[] = [];
  return {
    area: 'signoff',
    go: (area, intent) => visits.push({ area, intent }),
    intent: null,
    consume: () => {},
    leave: (action) => action(),
    setGuard: () => {},
    confirm: async () => true,
    visits,
  };
}

/**
 * Renders real components with a real store into a detached element (happy-dom), the way the
 * app's root does; returns the element and a cleanup.
 */
export function renderWithStore(
  store: RunbookStore,
  ui: ReactNode,
): { container: HTMLElement; unmount: () => void } {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  act(() =>
    root.render(
      <StoreProvider stores={{ runbook: store, notices: createNoticeStore() }}>
        <NavigationContext.Provider value={recordingNavigation()}>{ui}</NavigationContext.Provider>
      </StoreProvider>,
    ),
  );
  return {
    container,
    unmount: () => {
      act(() => root.unmount());
      container.remove();
    },
  };
}

/** The text of the element with this data-testid, or null when it is not shown. */
export function testIdText(container: HTMLElement, id: string): string | null {
  return (
    container.querySelector(`[data-testid="${id}"]`)?.textContent?.replace(/\s+/gu, ' ').trim() ??
    null
  );
}
