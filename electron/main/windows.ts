import { join } from 'node:path';
import { BrowserWindow, app, nativeTheme, type WebContents } from 'electron';
import { APP_ORIGIN } from '../../core/security/origin';
import { secureWebPreferences } from '../../core/security/web-preferences';
import { devServerUrl } from './origin';

const ours = new Set<number>();

/** Whether a webContents belongs to a window this app created (IPC is accepted only from those). */
export function isOurWebContents(contents: WebContents): boolean {
  return ours.has(contents.id);
}

/** Creates the main window, hardened, and loads the UI from app:// (or the dev server). */
export async function createMainWindow(): Promise<BrowserWindow> {
  const win = new BrowserWindow({
    width: 1280,
    height: 840,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Secure SMTP Runbook',
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#15181d' : '#f7f8fa',
    webPreferences: secureWebPreferences({
      preload: join(import.meta.dirname, '../preload/index.cjs'),
      devTools: !app.isPackaged,
    }),
  });
  const id = win.webContents.id;
  ours.add(id);
  win.on('closed', () => ours.delete(id));
  win.once('ready-to-show', () => win.show());
  await win.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
  return win;
}
