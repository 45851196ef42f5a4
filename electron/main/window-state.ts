import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, screen, type BrowserWindow } from 'electron';
import {
  restoreWindow,
  windowStateToSave,
  type WindowPlacement,
} from '../../core/desktop/window-state';
import { writeFileDurable } from '../services/files/write-durable';

const FILE = 'window-state.json';

/** Where the window opens: core decides from the saved state and the displays there are now. */
export async function savedPlacement(): Promise<WindowPlacement> {
  const raw = await readFile(join(app.getPath('userData'), FILE), 'utf8').catch(() => null);
  let saved: unknown;
  try {
    saved = raw === null ? null : JSON.parse(raw);
  } catch {
    saved = null; // an unreadable file restores nothing; the next close rewrites it
  }
  const primary = screen.getPrimaryDisplay();
  const others = screen.getAllDisplays().filter((d) => d.id !== primary.id);
  return restoreWindow(
    saved,
    [primary, ...others].map((d) => d.workArea),
  );
}

/** Saves the window's normal bounds and maximised/full-screen state when it closes. */
export function keepPlacement(win: BrowserWindow): void {
  win.on('close', () => {
    const state = windowStateToSave(win.getNormalBounds(), win.isMaximized(), win.isFullScreen());
    const data = Buffer.from(`${JSON.stringify(state)}\n`, 'utf8');
    void writeFileDurable(app.getPath('userData'), FILE, data, { overwrite: true });
  });
}
