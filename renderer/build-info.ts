// Set by electron.vite.config.ts at build time; absent where the renderer runs unbuilt (unit tests).
declare const __RUNBOOK_VERSION__: string | undefined;
declare const __RUNBOOK_BUILT_AT__: string | undefined;

/** The version and build time of this renderer bundle, or null when it was not built. */
export function buildInfo(): { readonly version: string; readonly builtAt: string } | null {
  if (typeof __RUNBOOK_VERSION__ !== 'string' || typeof __RUNBOOK_BUILT_AT__ !== 'string')
    return null;
  return { version: __RUNBOOK_VERSION__, builtAt: __RUNBOOK_BUILT_AT__ };
}
