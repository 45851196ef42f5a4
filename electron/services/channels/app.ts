import type { AppInfo } from '../../../core/ipc/contract';
import type { Handlers } from '../../../core/ipc/dispatch';
import { inspectFolder } from '../app/folder';
import { readSiteFile, writeSiteFile } from '../site-file/site-file-io';
import type { ChosenFolders } from './folders';

/** What the app channels need: the OS dialogs (Electron in the app, answers in tests). */
export interface AppChannelDeps {
  readonly appInfo: AppInfo;
  /** Shows a folder picker (an OS dialog in the app); null when the user cancels. */
  readonly pickFolder: (purpose: 'export' | 'evidence' | 'import') => Promise<string | null>;
  /** Shows a save dialog for a site file (the OS asks before replacing); null when cancelled. */
  readonly pickSaveFile: (suggestedName: string) => Promise<string | null>;
  /** Opens a folder in Explorer/Finder (after an export); absent where there is no desktop. */
  readonly showFolder?: (path: string) => Promise<void>;
  /**
   * Starts the OS drag of files main wrote (Electron's webContents.startDrag from the sender's
   * dragstart); absent where there is no desktop. Called only after core's checkDragOut passed.
   */
  readonly startDrag?: (paths: readonly string[]) => Promise<void>;
  /** Selects a file or folder in Explorer/Finder (shell.showItemInFolder); same rule as startDrag. */
  readonly showItem?: (path: string) => Promise<void>;
  /** Shows an open dialog for a site file; null when cancelled. */
  readonly pickOpenFile: () => Promise<string | null>;
}

type AppChannel = 'app:info' | 'folder:pick' | 'folder:show';
type SiteFileChannel = 'site:save-file' | 'site:open-file';

/** app:info and the folder channels; a picked folder becomes one the bundle may be written to. */
export function createAppChannels(
  deps: AppChannelDeps,
  folders: ChosenFolders,
): Pick<Handlers, AppChannel> {
  return {
    'app:info': async () => deps.appInfo,
    'folder:pick': async ({ purpose }) => {
      const chosen = await deps.pickFolder(purpose);
      if (chosen === null) return null;
      folders.add(chosen);
      return inspectFolder(chosen);
    },
    // Only a folder the user chose in this session: the page cannot make the OS open any path.
    'folder:show': async ({ path }) => {
      folders.require(path);
      await deps.showFolder?.(path);
      return null;
    },
  };
}

/** The site-file channels: only the paths the user answered the save and open dialogs with. */
export function createSiteFileChannels(deps: AppChannelDeps): Pick<Handlers, SiteFileChannel> {
  return {
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
