import type { AppInfo } from '../../core/ipc/contract';
import type { Handlers } from '../../core/ipc/dispatch';
import { inspectFolder } from './app/folder';
import { createCertHandlers, type CertHandlerDeps } from './pki/handlers';
import { readSiteFile, writeSiteFile } from './site-file/site-file-io';

/** What the handlers need from the outside world; Electron supplies it in the app, tests supply their own. */
export interface HandlerDeps {
  readonly appInfo: AppInfo;
  /** Shows a folder picker (an OS dialog in the app); null when the user cancels. */
  readonly pickFolder: (purpose: 'export' | 'evidence' | 'import') => Promise<string | null>;
  /** Shows a save dialog for a site file (the OS asks before replacing); null when cancelled. */
  readonly pickSaveFile: (suggestedName: string) => Promise<string | null>;
  /** Shows an open dialog for a site file; null when cancelled. */
  readonly pickOpenFile: () => Promise<string | null>;
  /** The key vault, clock and randomness for the certificate and USB bundle channels. */
  readonly cert: CertHandlerDeps;
}

/** Builds every channel's handler from real services. The only place channels meet services. */
export function createHandlers(deps: HandlerDeps): Handlers {
  return {
    ...createCertHandlers(deps.cert),
    'app:info': async () => deps.appInfo,
    'folder:pick': async ({ purpose }) => {
      const chosen = await deps.pickFolder(purpose);
      return chosen === null ? null : inspectFolder(chosen);
    },
    'folder:inspect': async ({ path }) => inspectFolder(path),
    'site:save-file': async ({ suggestedName, content }) => {
      const chosen = await deps.pickSaveFile(suggestedName);
      return chosen === null ? null : writeSiteFile(chosen, content);
    },
    'site:open-file': async () => {
      const chosen = await deps.pickOpenFile();
      return chosen === null ? null : readSiteFile(chosen);
    },
  };
}
