import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { contentTypeFor, resolveAppPath } from '../../../core/security/app-path';
import { PRODUCTION_CSP } from '../../../core/security/csp';

/**
 * Serves the production renderer build the way the app:// handler does: same path resolution
 * (core/security/app-path), same CSP header. Only the scheme differs (http on loopback).
 */
export async function serveRenderer(
  root: string,
): Promise<{ origin: string; close: () => Promise<void> }> {
  let origin = '';
  const server: Server = createServer(async (req, res) => {
    const relative = resolveAppPath(new URL(req.url ?? '/', origin).href, origin);
    if (relative === null) {
      res.writeHead(404).end('Not found');
      return;
    }
    try {
      const body = await readFile(join(root, relative));
      res.writeHead(200, {
        'Content-Type': contentTypeFor(relative),
        'Content-Security-Policy': PRODUCTION_CSP,
        'X-Content-Type-Options': 'nosniff',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end('Not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  origin = `http://127.0.0.1:${address.port}`;
  return { origin, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
