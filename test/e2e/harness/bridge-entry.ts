// Bundled by the e2e harness into an init script: builds window.runbook with the SAME
// createRunbookApi the preload uses, over Playwright bindings instead of ipcRenderer: requests
// through __runbookInvoke, events delivered by the harness's outbox into __runbookEvent once the
// page said it listens (__runbookListen), as the preload and main do.
import { createRunbookApi } from '../../../core/ipc/api';

declare global {
  interface Window {
    __runbookInvoke: (channel: string, args: unknown) => Promise<unknown>;
    __runbookListen: (name: string) => Promise<void>;
    __runbookEvent?: (name: string, payload: unknown) => void;
  }
}

const invoke = window.__runbookInvoke;
const listen = window.__runbookListen;
const listeners = new Map<string, Set<(payload: unknown) => void>>();
Object.defineProperty(window, '__runbookEvent', {
  value: (name: string, payload: unknown) => {
    for (const l of listeners.get(name) ?? []) l(payload);
  },
  writable: false,
  configurable: false,
});
Object.defineProperty(window, 'runbook', {
  value: createRunbookApi(
    (channel, args) => invoke(channel, args),
    (name, listener) => {
      const set = listeners.get(name) ?? new Set();
      listeners.set(name, set);
      const wrapped = (payload: unknown) => listener(payload as Parameters<typeof listener>[0]);
      set.add(wrapped);
      void listen(name);
      return () => void set.delete(wrapped);
    },
  ),
  writable: false,
  configurable: false,
});
