/** The app's own scheme and origin. Decided before the first release: localStorage belongs to it. */
export const APP_SCHEME = 'app';
const APP_HOST = 'runbook';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Parses a URL without throwing; null when it is not a URL at all. */
function safeParseUrl(url: unknown): URL | null {
  if (typeof url !== 'string' || url.length > 8192) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True when `url` belongs exactly to `origin` (compared as parsed origins, never by prefix). */
export function isSameOrigin(url: unknown, origin: string): boolean {
  const parsed = safeParseUrl(url);
  const expected = safeParseUrl(origin);
  if (!parsed || !expected) return false;
  // Custom schemes give the opaque origin "null"; compare scheme + host + port instead.
  return (
    parsed.protocol === expected.protocol &&
    parsed.hostname === expected.hostname &&
    parsed.port === expected.port &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
