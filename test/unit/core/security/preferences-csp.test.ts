import { describe, expect, it } from 'vitest';
import { PRODUCTION_CSP } from '../../../../core/security/csp';
import { secureWebPreferences } from '../../../../core/security/web-preferences';

describe('secureWebPreferences', () => {
  it('isolates, sandboxes and keeps Node out of every window', () => {
    const prefs = secureWebPreferences({ preload: '/x/preload.cjs', devTools: false });
    expect(prefs).toMatchObject({
      preload: '/x/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
  });

  it('gives no preload to windows that need none (e.g. the PDF window)', () => {
    expect(secureWebPreferences({ devTools: false })).not.toHaveProperty('preload');
  });
});

describe('production CSP', () => {
  it('allows nothing remote, no inline script, no eval', () => {
    expect(PRODUCTION_CSP).toContain("default-src 'none'");
    expect(PRODUCTION_CSP).toContain("script-src 'self'");
    expect(PRODUCTION_CSP).not.toMatch(/unsafe-(inline|eval)|https?:|ws:|\*/);
    expect(PRODUCTION_CSP).toContain("object-src 'none'");
    expect(PRODUCTION_CSP).toContain("frame-src 'none'");
  });
});
