import { secureWebPreferences } from './web-preferences';

/**
 * Chromium's built-in PDF viewer (an extension with this fixed id in Chrome and Electron): the
 * print window shows the certificate PDF through it, and its print dialog prints the PDF's own
 * pages, so the paper is the document the ID was computed for.
 */
export const PDF_VIEWER_ORIGIN = 'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai';

function parsed(url: unknown): URL | null {
  if (typeof url !== 'string' || url.length > 8192) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * Whether the print window (or the PDF viewer inside it) may navigate to `url`: exactly the one
 * PDF file main wrote for this print job, or a page of the PDF viewer itself. Nothing else: not
 * another file, not the app, not the web.
 */
export function isAllowedPrintNavigation(url: unknown, documentUrl: string): boolean {
  const u = parsed(url);
  const d = parsed(documentUrl);
  if (!u || !d) return false;
  if (u.href === d.href) return true;
  return (
    u.protocol === 'chrome-extension:' &&
    `${u.protocol}//${u.host}` === PDF_VIEWER_ORIGIN &&
    u.username === '' &&
    u.password === ''
  );
}

/**
 * The print window's webPreferences: every hardening of our windows, no preload (the PDF viewer
 * needs no bridge to main), the PDF plugin on, and its own in-memory session, so it shares
 * nothing with the app's pages.
 */
export function printWebPreferences(): ReturnType<typeof secureWebPreferences> & {
  readonly plugins: true;
  readonly partition: string;
} {
  return {
    ...secureWebPreferences({ devTools: false }),
    plugins: true,
    partition: 'print-certificate',
  };
}

/** What Electron's print callback reported: printed, cancelled by the engineer, or failed. */
export function printOutcome(
  success: boolean,
  failureReason: string,
):
  | { readonly kind: 'printed' }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly reason: string } {
  if (success) return { kind: 'printed' };
  if (/cancel/iu.test(failureReason)) return { kind: 'cancelled' };
  return { kind: 'failed', reason: failureReason || 'unknown reason' };
}
