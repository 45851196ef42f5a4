import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { HandlerDeps } from '../../electron/services/channels';
import { unavailableProtector } from '../../electron/services/vault/protector';
import { KeyVault } from '../../electron/services/vault/vault';

/**
 * Handler dependencies for tests that go through the real dispatcher: real services on a temp
 * folder, dialogs answered with paths in it, a vault that keeps keys for the session only.
 */
export function testHandlerDeps(dir: string, overrides: Partial<HandlerDeps> = {}): HandlerDeps {
  return {
    appInfo: {
      name: 'n',
      version: '1',
      platform: 'linux',
      versions: { electron: null, chrome: null, node: '20' },
      secretStorage: 'weak',
    },
    pickFolder: async () => dir,
    pickSaveFile: async (name) => join(dir, name),
    pickOpenFile: async () => join(dir, 'site.smtp-site.json'),
    cert: {
      vault: new KeyVault({ protector: unavailableProtector, dir }),
      now: () => new Date('2026-11-28T10:00:00Z'),
      randomBytes: (n) => randomBytes(n),
    },
    report: {
      evidenceDir: join(dir, 'evidence'),
      fontsDir: join(import.meta.dirname, '../../assets/fonts'),
      pickReportFile: async (name) => join(dir, name),
      printPdf: async () => null,
      now: () => new Date('2026-11-28T10:00:00Z'),
    },
    ...overrides,
  };
}
