import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { contentTypeFor, resolveAppPath } from '../../../../core/security/app-path';
import { APP_ORIGIN } from '../../../../core/security/origin';

describe('resolveAppPath', () => {
  it('maps bundle files', () => {
    expect(resolveAppPath('app://runbook/', APP_ORIGIN)).toBe('index.html');
    expect(resolveAppPath('app://runbook/index.html', APP_ORIGIN)).toBe('index.html');
    expect(resolveAppPath('app://runbook/assets/index-abc.js?x=1#y', APP_ORIGIN)).toBe(
      'assets/index-abc.js',
    );
  });

  it('keeps dot segments inside the bundle (URL parsing resolves them at the root)', () => {
    expect(resolveAppPath('app://runbook/../../etc/passwd', APP_ORIGIN)).toBe('etc/passwd');
    expect(resolveAppPath('app://runbook/%2e%2e/%2e%2e/etc/passwd', APP_ORIGIN)).toBe('etc/passwd');
  });

  it.each([
    ['encoded slash + dot-dot', 'app://runbook/assets%2f..%2f..%2fsecret'],
    ['double-encoded', 'app://runbook/%252e%252e/secret'],
    ['backslash', 'app://runbook/..\\..\\windows\\win.ini'],
    ['encoded backslash', 'app://runbook/%5c..%5csecret'],
    ['drive letter', 'app://runbook/C:/Windows/win.ini'],
    ['encoded drive letter', 'app://runbook/C%3a/Windows/win.ini'],
    ['NUL', 'app://runbook/index.html%00.js'],
    ['control character', 'app://runbook/a%0ab'],
    ['malformed encoding', 'app://runbook/%E0%A4%A'],
    ['another host', 'app://elsewhere/index.html'],
    ['another scheme', 'file:///index.html'],
  ])('refuses %s', (_name, url) => {
    expect(resolveAppPath(url, APP_ORIGIN)).toBeNull();
  });

  test.prop(
    [
      fc.array(
        fc.constantFrom('..', '.', '%2e%2e', '%2E.', 'a', 'b.js', '%5c', '\\', 'C:', '%00', '//'),
        { maxLength: 8 },
      ),
    ],
    {
      numRuns: 5000,
    },
  )('never returns a path that can leave the bundle', (segments) => {
    const result = resolveAppPath(`app://runbook/${segments.join('/')}`, APP_ORIGIN);
    if (result !== null) {
      expect(result.split('/')).not.toContain('..');
      expect(result).not.toMatch(/\\|^[a-zA-Z]:|\0/);
      expect(result.startsWith('/')).toBe(false);
    }
  });
});

describe('contentTypeFor', () => {
  it('types the bundle files', () => {
    expect(contentTypeFor('index.html')).toMatch(/^text\/html/);
    expect(contentTypeFor('assets/a.js')).toMatch(/^text\/javascript/);
    expect(contentTypeFor('assets/a.css')).toMatch(/^text\/css/);
    expect(contentTypeFor('x.unknown')).toBe('application/octet-stream');
  });
});
