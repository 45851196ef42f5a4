// Bundled by the e2e harness into an init script: builds window.runbook with the SAME
// createRunbookApi the preload uses, over a Playwright binding instead of ipcRenderer.
import { createRunbookApi } from '../../../core/ipc/api';

declare global {
  interface Window {
    __runbookInvoke: (channel: string, args: unknown) => Promise<unknown>;
  }
}

const invoke = window.__runbookInvoke;
Object.defineProperty(window, 'runbook', {
  value: createRunbookApi((channel, args) => invoke(channel, args)),
  writable: false,
  configurable: false,
});
