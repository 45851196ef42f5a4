import { app, BrowserWindow } from 'electron';
import { createHandlers } from '../services/channels';
import { electronDeps } from './deps';
import { setupEvents, setupIpc } from './ipc';
import { setupLaunch } from './launch';
import { setupPortableData } from './portable';
import { setupAppProtocol, setupProtocolPrivileges } from './protocol';
import { setupSecurity } from './security';
import { exportProgressView } from '../../core/desktop/export-progress';
import { taskbarProgress } from '../../core/desktop/taskbar';
import type { EventSink } from '../../core/ipc/renderer-events';
import { createMainWindow } from './windows';

// Glue only: every decision lives in core/ (pure) or electron/services/ (testable without Electron).
app.enableSandbox();
setupPortableData();
setupProtocolPrivileges();

// One instance: a second launch hands its arguments to this one (see setupLaunch) and quits
// without starting anything of its own.
if (!app.requestSingleInstanceLock()) app.quit();
else start();

function start(): void {
  app.whenReady().then(async () => {
    setupSecurity();
    setupAppProtocol();
    const send = setupEvents();
    // Generation and export progress also show on the taskbar / dock (core decides the fraction).
    const bar = (fraction: number, mode: 'normal' | 'error') => {
      for (const win of BrowserWindow.getAllWindows()) win.setProgressBar(fraction, { mode });
    };
    const emit: EventSink = (name, payload) => {
      send(name, payload);
      if (name === 'cert:progress') {
        const p = taskbarProgress(payload as Parameters<typeof taskbarProgress>[0]);
        bar(p.fraction, p.mode);
      } else if (name === 'bundle:progress') {
        const p = exportProgressView(payload as Parameters<typeof exportProgressView>[0]);
        bar(p.taskbar, p.mode);
      }
    };
    setupIpc(createHandlers({ ...(await electronDeps()), emit }));
    const launch = setupLaunch(emit, () => BrowserWindow.getAllWindows()[0]);
    await createMainWindow();
    await launch.start();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) void createMainWindow();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
