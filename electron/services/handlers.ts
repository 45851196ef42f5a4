import { AppErrorException, appError } from '../../core/errors';
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

/**
 * Builds every channel's handler from real services. The only place channels meet services.
 * Keys are written only to a folder the user chose in this session (the folder picker or the
 * list of USB drives): a renderer that asked for any other path is refused.
 */
export function createHandlers(deps: HandlerDeps): Handlers {
  const cert = createCertHandlers(deps.cert);
  const chosenFolders = new Set<string>();
  const requireChosen = (folder: string): void => {
    if (!chosenFolders.has(folder)) {
      throw new AppErrorException(
        appError(
          'folder-not-chosen',
          'folder',
          'Choose the export folder first, with "Choose a folder…" or from the list of USB sticks.',
        ),
      );
    }
  };
  return {
    ...cert,
    'bundle:targets': async (args) => {
      const targets = await cert['bundle:targets'](args);
      for (const t of targets) chosenFolders.add(t.path);
      return targets;
    },
    'bundle:export': async (args) => {
      requireChosen(args.folder);
      return cert['bundle:export'](args);
    },
    'bundle:verify': async (args) => {
      requireChosen(args.folder);
      return cert['bundle:verify'](args);
    },
    'app:info': async () => deps.appInfo,
    'folder:pick': async ({ purpose }) => {
      const chosen = await deps.pickFolder(purpose);
      if (chosen === null) return null;
      chosenFolders.add(chosen);
      return inspectFolder(chosen);
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
