import { isSameOrigin } from './origin';

/**
 * Maps a request on the app's scheme to a file path relative to the bundle root, or null when
 * the request must be refused (another origin, path escaping the root, encoded tricks, NUL,
 * backslashes, drive letters, UNC). The caller joins the result to the root; it never sees `..`.
 */
export function resolveAppPath(requestUrl: string, appOrigin: string): string | null {
  if (!isSameOrigin(requestUrl, appOrigin)) return null;
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return null; // malformed percent-encoding
  }
  if (/[\0\\]/.test(decoded) || decoded.includes('%')) return null; // NUL, backslash, double-encoding
  const segments = decoded.split('/').filter((s) => s !== '');
  for (const segment of segments) {
    if (segment === '.' || segment === '..') return null;
    if (/^[a-zA-Z]:/.test(segment)) return null; // drive letter
    if ([...segment].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) return null; // control characters
  }
  if (segments.length === 0) return 'index.html';
  return segments.join('/');
}

/** Content types for the files the renderer bundle contains. */
export function contentTypeFor(relativePath: string): string {
  const ext = relativePath.slice(relativePath.lastIndexOf('.') + 1).toLowerCase();
  const types: Record<string, string> = {
    html: 'text/html; charset=utf-8',
    js: 'text/javascript; charset=utf-8',
    mjs: 'text/javascript; charset=utf-8',
    css: 'text/css; charset=utf-8',
    svg: 'image/svg+xml',
    png: 'image/png',
    woff2: 'font/woff2',
    json: 'application/json',
    ico: 'image/x-icon',
  };
  return types[ext] ?? 'application/octet-stream';
}
