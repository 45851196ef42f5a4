import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * Reviewed findings: check id and file, each with the reason it is not a problem. A finding not
 * listed here fails the gate; an entry that no longer matches a finding fails it too (stale).
 */
const allowed: Record<string, string> = {
  'ELECTRON_VERSION_JSON_CHECK package.json':
    'Informational: review the Electron version. It is pinned at 45.x, a supported major (docs/architecture.md); the check that compares it with the latest releases needs the Internet and is left out here, so the pin is reviewed at each release.',
  'CSP_GLOBAL_CHECK renderer/index.html':
    'The source holds the placeholder %RUNBOOK_CSP%; the build puts the production policy in (default-src none, script-src self), pinned by test/unit/core/security/preferences-csp.test.ts and sent as a header by the app:// handler.',
  'AUXCLICK_JS_CHECK electron/main/windows.ts':
    'Middle-click opens a new window: setupSecurity (electron/main/security.ts) denies every window.open and navigation away from app://runbook.',
  'CONTEXT_ISOLATION_JS_CHECK electron/main/windows.ts':
    'contextIsolation comes from secureWebPreferences (core/security/web-preferences.ts), typed as the literal true, which the scanner cannot evaluate.',
  'SANDBOX_JS_CHECK electron/main/windows.ts':
    'sandbox comes from secureWebPreferences (literal true), and main.ts calls app.enableSandbox() before ready.',
  'AUXCLICK_JS_CHECK electron/main/print.ts':
    "The print window shows one PDF in Chromium's viewer: setupSecurity denies every window.open, and its navigation guard lets a print window reach only that file and the viewer (core/security/print-window.ts).",
  'CONTEXT_ISOLATION_JS_CHECK electron/main/print.ts':
    'contextIsolation comes from printWebPreferences, which spreads secureWebPreferences (literal true); pinned by test/unit/core/security/print-window.test.ts.',
  'SANDBOX_JS_CHECK electron/main/print.ts':
    'sandbox comes from printWebPreferences via secureWebPreferences (literal true), pinned by print-window.test.ts; main.ts calls app.enableSandbox() before ready.',
  'PRELOAD_JS_CHECK electron/main/windows.ts':
    'The one preload (electron/preload/index.ts) exposes only createRunbookApi: one method per contract channel, no ipcRenderer, no Node.',
};

describe('Electronegativity', () => {
  it('finds nothing beyond the reviewed allow-list, with no network', () => {
    const input = mkdtempSync(join(tmpdir(), 'eneg-'));
    const netLog = join(input, 'net.log');
    try {
      for (const part of ['electron', 'core', 'renderer', 'package.json'])
        cpSync(join(repo, part), join(input, 'app', part), { recursive: true });
      const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as {
        devDependencies: Record<string, string>;
      };
      const r = spawnSync(
        process.execPath,
        [
          '--require',
          join(repo, 'test/gates/no-network.cjs'),
          join(repo, 'test/gates/electronegativity-run.cjs'),
          join(input, 'app'),
          pkg.devDependencies['electron'] ?? '',
        ],
        { cwd: repo, encoding: 'utf8', env: { ...process.env, NO_NETWORK_LOG: netLog } },
      );
      expect(r.status, r.stderr).toBe(0);
      const line = r.stdout.split('\n').find((l) => l.startsWith('{"checks"'));
      expect(line).toBeDefined();
      const result = JSON.parse(line ?? '{}') as {
        checks: number;
        issues: { id: string; file: string }[];
        errors: { file: string; message: string }[];
      };
      expect(result.checks).toBeGreaterThan(30);
      expect(result.errors).toEqual([]);
      const found = [
        ...new Set(
          result.issues.map(
            (i) => `${i.id} ${relative(join(input, 'app'), i.file).split('\\').join('/')}`,
          ),
        ),
      ].sort();
      expect(found.filter((f) => !(f in allowed))).toEqual([]);
      expect(Object.keys(allowed).filter((a) => !found.includes(a))).toEqual([]);
    } finally {
      rmSync(input, { recursive: true, force: true });
    }
  }, 240_000);
});
