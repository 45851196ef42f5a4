import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { net, protocol } from 'electron';
import { contentTypeFor, resolveAppPath } from '../../core/security/app-path';
import { PRODUCTION_CSP } from '../../core/security/csp';
import { APP_ORIGIN, APP_SCHEME } from '../../core/security/origin';

/** Must run before `ready`: app:// is a standard, secure scheme (never bypassCSP). */
export function setupProtocolPrivileges(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the renderer bundle on app://runbook/, refusing any path that leaves the bundle. */
export function setupAppProtocol(): void {
  const root = join(import.meta.dirname, '../renderer');
  protocol.handle(APP_SCHEME, async (request) => {
    const relative = resolveAppPath(request.url, APP_ORIGIN);
    if (relative === null) return new Response('Not found', { status: 404 });
    const response = await net
      .fetch(pathToFileURL(join(root, relative)).toString())
      .catch(() => null);
    if (!response || !response.ok) return new Response('Not found', { status: 404 });
    return new Response(response.body, {
      status: 200,
      headers: {
        'Content-Type': contentTypeFor(relative),
        'Content-Security-Policy': PRODUCTION_CSP,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });
}
