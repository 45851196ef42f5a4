import type { AppInfo } from '../../core/ipc/contract';
import type { Handlers } from '../../core/ipc/dispatch';
import { inspectFolder } from './app/folder';

/** What the handlers need from the outside world; Electron supplies it in the app, tests supply their own. */
export interface HandlerDeps {
  readonly appInfo: AppInfo;
  /** Shows a folder picker (an OS dialog in the app); null when the user cancels. */
  readonly pickFolder: (purpose: 'export' | 'evidence' | 'import') => Promise<string | null>;
}

/** Builds every channel's handler from real services. The only place channels meet services. */
export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    'app:info': async () => deps.appInfo,
    'folder:pick': async ({ purpose }) => {
      const chosen = await deps.pickFolder(purpose);
      return chosen === null ? null : inspectFolder(chosen);
    },
    'folder:inspect': async ({ path }) => inspectFolder(path),
  };
}
