import { BrowserWindow, app, dialog, safeStorage } from 'electron';
import type { AppInfo } from '../../core/ipc/contract';
import { join } from 'node:path';
import type { HandlerDeps } from '../services/handlers';

const siteFileFilters = [
  { name: 'Site files', extensions: ['json'] },
  { name: 'All files', extensions: ['*'] },
];

/** How well the OS can protect keys kept between runs (Linux without a keyring is 'weak'). */
function secretStorage(): AppInfo['secretStorage'] {
  if (!safeStorage.isEncryptionAvailable()) return 'unavailable';
  if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text')
    return 'weak';
  return 'os-encrypted';
}

/** Supplies the services' outside-world needs from Electron. */
export function electronDeps(): HandlerDeps {
  return {
    appInfo: {
      name: app.getName(),
      version: app.getVersion(),
      platform: process.platform,
      versions: {
        electron: process.versions.electron ?? null,
        chrome: process.versions.chrome ?? null,
        node: process.versions.node,
      },
      secretStorage: secretStorage(),
    },
    pickFolder: async (purpose) => {
      const parent = BrowserWindow.getFocusedWindow();
      const options = {
        title:
          purpose === 'export' ? 'Choose the USB stick or folder to export to' : 'Choose a folder',
        properties: ['openDirectory', 'createDirectory'] as Array<
          'openDirectory' | 'createDirectory'
        >,
      };
      const result = parent
        ? await dialog.showOpenDialog(parent, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    pickSaveFile: async (suggestedName) => {
      const parent = BrowserWindow.getFocusedWindow();
      const options = {
        title: 'Export the site file',
        defaultPath: join(app.getPath('documents'), suggestedName),
        filters: siteFileFilters,
        properties: ['createDirectory', 'showOverwriteConfirmation'] as Array<
          'createDirectory' | 'showOverwriteConfirmation'
        >,
      };
      const result = parent
        ? await dialog.showSaveDialog(parent, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    pickOpenFile: async () => {
      const parent = BrowserWindow.getFocusedWindow();
      const options = {
        title: 'Import a site file',
        filters: siteFileFilters,
        properties: ['openFile'] as Array<'openFile'>,
      };
      const result = parent
        ? await dialog.showOpenDialog(parent, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}
