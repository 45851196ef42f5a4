import { join } from 'node:path';
import { BrowserWindow, app, nativeTheme, type WebContents } from 'electron';
import { APP_ORIGIN } from '../../core/security/origin';
import { secureWebPreferences } from '../../core/security/web-preferences';
import { devServerUrl } from './origin';
import { keepPlacement, savedPlacement } from './window-state';
import { MIN_SIZE } from '../../core/desktop/window-state';

const ours = new Set<number>();

/** Whether a webContents belongs to a window this app created (IPC is accepted only from those). */
export function isOurWebContents(contents: WebContents): boolean {
  return ours.has(contents.id);
}

/** Creates the main window, hardened, and loads the UI from app:// (or the dev server). */
export async function createMainWindow(): Promise<BrowserWindow> {
  const placement = await savedPlacement();
  const win = new BrowserWindow({
    ...placement.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
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
  keepPlacement(win);
  win.once('ready-to-show', () => {
    if (placement.maximized) win.maximize();
    if (placement.fullScreen) win.setFullScreen(true);
    win.show();
  });
  await win.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
  return win;
}
