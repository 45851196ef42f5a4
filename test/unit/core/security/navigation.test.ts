import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { isAllowedNavigation, isTrustedSender } from '../../../../core/security/navigation';
import { APP_ORIGIN } from '../../../../core/security/origin';

describe('isAllowedNavigation', () => {
  it('allows pages of our own origin', () => {
    expect(isAllowedNavigation('app://runbook/index.html', APP_ORIGIN)).toBe(true);
    expect(isAllowedNavigation('app://runbook/', APP_ORIGIN)).toBe(true);
  });

  it.each([
    ['an external https site', 'https://example.com/'],
    ['a look-alike host that starts with our origin', 'app://runbook.attacker.com/index.html'],
    ['userinfo trick', 'app://runbook@evil.example/'],
    ['userinfo on our host', 'app://user:pass@runbook/'],
    ['file URL', 'file:///etc/passwd'],
    ['UNC-style file URL', 'file://server/share/x.exe'],
    ['javascript URL', 'javascript:alert(1)'],
    ['data URL', 'data:text/html,<script>alert(1)</script>'],
    ['another app host', 'app://other/index.html'],
    ['http on our host name', 'http://runbook/'],
    ['not a URL', 'runbook'],
    ['empty', ''],
  ])('refuses %s', (_name, url) => {
    expect(isAllowedNavigation(url, APP_ORIGIN)).toBe(false);
  });

  it('refuses non-strings', () => {
    expect(isAllowedNavigation(undefined, APP_ORIGIN)).toBe(false);
    expect(isAllowedNavigation({ toString: () => 'app://runbook/' }, APP_ORIGIN)).toBe(false);
  });

  it('compares ports on http origins (dev server)', () => {
    expect(isAllowedNavigation('http://localhost:5173/x', 'http://localhost:5173')).toBe(true);
    expect(isAllowedNavigation('http://localhost:5174/x', 'http://localhost:5173')).toBe(false);
  });

  test.prop([fc.webUrl()], { numRuns: 2000 })('never allows an arbitrary web URL', (url) => {
    expect(isAllowedNavigation(url, APP_ORIGIN)).toBe(false);
  });
});

describe('isTrustedSender', () => {
  const good = { frameUrl: 'app://runbook/index.html', isMainFrame: true, isOurWindow: true };

  it('trusts the main frame of our window on our origin', () => {
    expect(isTrustedSender(good, APP_ORIGIN)).toBe(true);
  });

  it('refuses an unknown sender (a webContents we did not create)', () => {
    expect(isTrustedSender({ ...good, isOurWindow: false }, APP_ORIGIN)).toBe(false);
  });

  it('refuses a sub-frame, a destroyed frame and a foreign origin', () => {
    expect(isTrustedSender({ ...good, isMainFrame: false }, APP_ORIGIN)).toBe(false);
    expect(isTrustedSender({ ...good, frameUrl: null }, APP_ORIGIN)).toBe(false);
    expect(isTrustedSender({ ...good, frameUrl: 'https://evil.example/' }, APP_ORIGIN)).toBe(false);
  });
});
