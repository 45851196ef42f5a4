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

/**
 * Saves the window's normal bounds and maximised/full-screen state when it closes. The close waits
 * for the write (a durable write of a few bytes), at most two seconds, so the place is on disk
 * before the app quits; a failed write is reported and the window closes anyway.
 */
export function keepPlacement(win: BrowserWindow): void {
  let saved = false;
  win.on('close', (event) => {
    if (saved) return;
    event.preventDefault();
    const state = windowStateToSave(win.getNormalBounds(), win.isMaximized(), win.isFullScreen());
    const data = Buffer.from(`${JSON.stringify(state)}\n`, 'utf8');
    const write = writeFileDurable(app.getPath('userData'), FILE, data, { overwrite: true }).then(
      (r) => {
        if (!r.ok) console.error(`[window] place not saved: ${r.error.message}`);
      },
      (error: unknown) =>
        console.error(`[window] place not saved: ${error instanceof Error ? error.message : ''}`),
    );
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, 2000));
    void Promise.race([write, timeout]).then(() => {
      saved = true;
      if (!win.isDestroyed()) win.close();
    });
  });
}
