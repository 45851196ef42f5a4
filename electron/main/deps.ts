import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import {
  BrowserWindow,
  app,
  dialog,
  safeStorage,
  shell,
  type OpenDialogOptions,
  type SaveDialogOptions,
} from 'electron';
import type { AppInfo } from '../../core/ipc/contract';
import type { HandlerDeps } from '../services/channels';
import { protectorFromStringCipher } from '../services/vault/protector';
import { KeyVault } from '../services/vault/vault';
import { printPdfInWindow } from './print';

const siteFileFilters = [
  { name: 'Site files', extensions: ['smtprunbook', 'json'] },
  { name: 'All files', extensions: ['*'] },
];

/** How well the OS can protect keys kept between runs (Linux without a keyring is 'weak'). */
function secretStorage(): AppInfo['secretStorage'] {
  if (!safeStorage.isEncryptionAvailable()) return 'unavailable';
  if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text')
    return 'weak';
  return 'os-encrypted';
}

/** An open dialog attached to the focused window; the chosen path or null. */
async function showOpen(options: OpenDialogOptions): Promise<string | null> {
  const parent = BrowserWindow.getFocusedWindow();
  const result = parent
    ? await dialog.showOpenDialog(parent, options)
    : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/** A save dialog attached to the focused window; the chosen path or null. */
async function showSave(options: SaveDialogOptions): Promise<string | null> {
  const parent = BrowserWindow.getFocusedWindow();
  const result = parent
    ? await dialog.showSaveDialog(parent, options)
    : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

/** The DejaVu fonts: packaged as an extra resource, or in the repo's assets/ when run from source. */
function fontsDir(): string {
  return app.isPackaged
    ? join(process.resourcesPath, 'fonts')
    : join(app.getAppPath(), 'assets', 'fonts');
}

/** Where evidence, fonts, report dialogs and printing come from in the app. */
function reportDeps(): HandlerDeps['report'] {
  return {
    evidenceDir: join(app.getPath('userData'), 'evidence'),
    fontsDir: fontsDir(),
    pickReportFile: (suggestedName) =>
      showSave({
        title: suggestedName.endsWith('.ics')
          ? 'Save the expiry calendar'
          : 'Save the completion certificate',
        defaultPath: join(app.getPath('documents'), suggestedName),
        filters: [
          suggestedName.endsWith('.ics')
            ? { name: 'Calendar', extensions: ['ics'] }
            : { name: 'PDF', extensions: ['pdf'] },
        ],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      }),
    printPdf: printPdfInWindow,
    now: () => new Date(),
  };
}

/** Supplies the services' outside-world needs from Electron; loads the encrypted key vault. */
export async function electronDeps(): Promise<HandlerDeps> {
  const storage = secretStorage();
  const vault = new KeyVault({
    protector: protectorFromStringCipher(safeStorage, storage),
    dir: app.getPath('userData'),
  });
  const loaded = await vault.load().catch((error: unknown) => ({
    ok: false as const,
    error: { message: error instanceof Error ? error.message : 'unreadable' },
  }));
  // An unreadable vault is left in place (never overwritten silently) and the app starts empty.
  if (!loaded.ok) console.error(`[vault] not loaded: ${loaded.error.message}`);
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
      secretStorage: storage,
    },
    pickFolder: (purpose) =>
      showOpen({
        title:
          purpose === 'export' ? 'Choose the USB stick or folder to export to' : 'Choose a folder',
        properties: ['openDirectory', 'createDirectory'],
      }),
    pickSaveFile: (suggestedName) =>
      showSave({
        title: 'Export the site file',
        defaultPath: join(app.getPath('documents'), suggestedName),
        filters: siteFileFilters,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      }),
    showFolder: async (path) => {
      const problem = await shell.openPath(path);
      if (problem) console.error(`[shell] folder not opened: ${problem}`);
    },
    // Only after core's checkDragOut (the bundle channels): paths this session's exports wrote.
    startDrag: async (paths) => {
      const contents = (BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0])
        ?.webContents;
      const first = paths[0];
      if (!contents || first === undefined) return;
      const icon = await app.getFileIcon(first, { size: 'normal' });
      contents.startDrag(
        paths.length === 1 ? { file: first, icon } : { file: first, files: [...paths], icon },
      );
    },
    showItem: async (path) => shell.showItemInFolder(path),
    pickOpenFile: () =>
      showOpen({
        title: 'Import a site file',
        filters: siteFileFilters,
        properties: ['openFile'],
      }),
    cert: { vault, now: () => new Date(), randomBytes: (n) => randomBytes(n) },
    report: reportDeps(),
  };
}
