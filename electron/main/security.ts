import { app, session } from 'electron';
import { isAllowedNavigation } from '../../core/security/navigation';
import { isAllowedPrintNavigation } from '../../core/security/print-window';
import { appOrigin } from './origin';
import { printDocumentOf } from './print';

/** Denies every permission, navigation away from the app, new windows and <webview>. */
export function setupSecurity(): void {
  const ses = session.defaultSession;
  // The app asks for no browser permission (camera, notifications, clipboard-read...): deny all.
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);

  app.on('web-contents-created', (_event, contents) => {
    // A print window (and the PDF viewer inside it) may show only its own PDF and the viewer.
    const guard = (event: { preventDefault: () => void }, url: string) => {
      const printing = printDocumentOf(contents);
      const allowed =
        printing === null
          ? isAllowedNavigation(url, appOrigin)
          : isAllowedPrintNavigation(url, printing);
      if (!allowed) event.preventDefault();
    };
    contents.on('will-navigate', guard);
    contents.on('will-redirect', guard);
    contents.on('will-frame-navigate', (event) => guard(event, event.url));
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}
