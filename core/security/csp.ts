/**
 * The production Content-Security-Policy: nothing remote, no inline script, no eval, no frames.
 * Sent as a response header by the app:// handler and repeated in index.html's meta tag.
 * `style-src 'unsafe-inline'` is not granted: styles come from bundled CSS files; SVG
 * illustrations use presentation attributes, which CSP does not treat as inline style.
 */
export const PRODUCTION_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "worker-src 'none'",
  "manifest-src 'none'",
  "media-src 'none'",
].join('; ');

/** CSP for the development server only (Vite HMR needs a websocket and inline module preamble). */
export const DEVELOPMENT_CSP = [
  "default-src 'none'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self' ws://localhost:*",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');
