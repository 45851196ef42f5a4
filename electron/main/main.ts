import { app, BrowserWindow } from 'electron';
import { createHandlers } from '../services/channels';
import { electronDeps } from './deps';
import { setupEvents, setupIpc } from './ipc';
import { setupMenu } from './menu';
import { setupAppProtocol, setupProtocolPrivileges } from './protocol';
import { setupSecurity } from './security';
import { createMainWindow } from './windows';

// Glue only: every decision lives in core/ (pure) or electron/services/ (testable without Electron).
app.enableSandbox();
setupProtocolPrivileges();

if (!app.requestSingleInstanceLock()) app.quit();

app.on('second-instance', () => {
  const [win] = BrowserWindow.getAllWindows();
  if (win) {
    if (win.isMinimized()) win.restore();
    win.focus();
  }
});

app.whenReady().then(async () => {
  setupSecurity();
  setupAppProtocol();
  const emit = setupEvents();
  setupIpc(createHandlers({ ...(await electronDeps()), emit }));
  setupMenu();
  await createMainWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void createMainWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
