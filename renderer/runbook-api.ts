import type { RunbookApi } from '../core/ipc/api';

declare global {
  interface Window {
    /** Exposed by the preload (or the e2e harness) through the shared contract. */
    readonly runbook?: RunbookApi;
  }
}

/** The bridge to the main process, or null when the page runs without one (plain browser). */
export function runbookApi(): RunbookApi | null {
  return window.runbook ?? null;
}
