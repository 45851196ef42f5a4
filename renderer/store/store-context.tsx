import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { RunbookState, RunbookStore } from './create-store';
import type { NoticeState, NoticeStore } from './notices';

interface Stores {
  readonly runbook: RunbookStore;
  readonly notices: NoticeStore;
}

const StoreContext = createContext<Stores | null>(null);

/** Provides the window's stores to the component tree. */
export function StoreProvider({ stores, children }: { stores: Stores; children: ReactNode }) {
  return <StoreContext.Provider value={stores}>{children}</StoreContext.Provider>;
}

function useStores(): Stores {
  const stores = useContext(StoreContext);
  if (!stores) throw new Error('StoreProvider is missing');
  return stores;
}

/** Selects from the runbook store (wrap object-returning selectors in useShallow). */
export function useRunbook<T>(selector: (s: RunbookState) => T): T {
  return useStore(useStores().runbook, selector);
}

/** Selects from the notices store. */
export function useNotices<T>(selector: (s: NoticeState) => T): T {
  return useStore(useStores().notices, selector);
}
