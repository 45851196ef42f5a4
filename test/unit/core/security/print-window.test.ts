import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import {
  isAllowedPrintNavigation,
  PDF_VIEWER_ORIGIN,
  printOutcome,
  printWebPreferences,
} from '../../../../core/security/print-window';
import { secureWebPreferences } from '../../../../core/security/web-preferences';

const doc = 'file:///tmp/secure-smtp-runbook-print/completion-0123abcd.pdf';

describe('the print window (Electron print dialog for the certificate PDF)', () => {
  it('may show only the one PDF it was given and Chromium’s PDF viewer', () => {
    expect(isAllowedPrintNavigation(doc, doc)).toBe(true);
    expect(isAllowedPrintNavigation(`${PDF_VIEWER_ORIGIN}/index.html`, doc)).toBe(true);
  });

  it.each([
    ['another file in the same folder', 'file:///tmp/secure-smtp-runbook-print/other.pdf'],
    ['the same file with a query', `${doc}?x=1`],
    ['a system file', 'file:///etc/passwd'],
    ['another extension', 'chrome-extension://aaaabbbbccccddddeeeeffffgggghhhh/index.html'],
    ['a look-alike viewer host', `${PDF_VIEWER_ORIGIN}.evil.example/`],
    ['the app origin', 'app://runbook/index.html'],
    ['a web page', 'https://example.com/'],
    ['javascript', 'javascript:print()'],
    ['not a string', 42],
  ])('refuses %s', (_name, url) => {
    expect(isAllowedPrintNavigation(url, doc)).toBe(false);
  });

  test.prop([fc.webUrl()], { numRuns: 500 })('never allows a web URL', (url) => {
    expect(isAllowedPrintNavigation(url, doc)).toBe(false);
  });

  it('keeps every hardening of our windows, with no preload, and adds only the PDF plugin', () => {
    const prefs = printWebPreferences();
    const base = secureWebPreferences({ devTools: false });
    expect(prefs).toEqual({ ...base, plugins: true, partition: 'print-certificate' });
    expect('preload' in prefs).toBe(false);
    // In-memory partition: nothing of the printed document is kept on disk by Chromium.
    expect(prefs.partition.startsWith('persist:')).toBe(false);
  });

  it('says what happened to the print job, and falls back only on a real failure', () => {
    expect(printOutcome(true, '')).toEqual({ kind: 'printed' });
    expect(printOutcome(false, 'Print job canceled')).toEqual({ kind: 'cancelled' });
    expect(printOutcome(false, 'Print job failed')).toEqual({
      kind: 'failed',
      reason: 'Print job failed',
    });
    expect(printOutcome(false, '')).toEqual({ kind: 'failed', reason: 'unknown reason' });
  });
});
