import { app, session } from 'electron';
import { isAllowedNavigation } from '../../core/security/navigation';
import { appOrigin } from './origin';

/** Denies every permission, navigation away from the app, new windows and <webview>. */
export function setupSecurity(): void {
  const ses = session.defaultSession;
  // The app asks for no browser permission (camera, notifications, clipboard-read...): deny all.
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);

  app.on('web-contents-created', (_event, contents) => {
    const guard = (event: { preventDefault: () => void }, url: string) => {
      if (!isAllowedNavigation(url, appOrigin)) event.preventDefault();
    };
    contents.on('will-navigate', guard);
    contents.on('will-redirect', guard);
    contents.on('will-frame-navigate', (event) => guard(event, event.url));
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}
