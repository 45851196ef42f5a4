import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The fuse reader and the afterPack hook run for real on a stand-in executable: a file holding
// Electron's fuse sentinel and a nine-fuse wire (test/fixtures/fuses), since packaging cannot
// download Electron here.
const require = createRequire(import.meta.url);
const fuses = require('../../../build/fuses.cjs') as {
  fuseMismatches: (path: string) => Promise<string[]>;
  afterPack: (context: unknown) => Promise<void>;
};
const fixture = 'test/fixtures/fuses/electron-stand-in.bin';
const temp = mkdtempSync(join(tmpdir(), 'runbook-fuses-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('fuses read back from an executable', () => {
  it('names every fuse of an unflipped wire that differs from ours', async () => {
    const wrong = await fuses.fuseMismatches(fixture);
    expect(wrong).toContain('RunAsNode: enabled, expected disabled');
    expect(wrong).toContain('OnlyLoadAppFromAsar: disabled, expected enabled');
    expect(wrong).toContain('EnableEmbeddedAsarIntegrityValidation: disabled, expected enabled');
    expect(wrong.length).toBeGreaterThanOrEqual(5);
  });

  it('the afterPack hook flips a Linux build’s executable and its read-back finds nothing wrong', async () => {
    const outDir = join(temp, 'linux-unpacked');
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir);
    copyFileSync(fixture, join(outDir, 'secure-smtp-runbook'));
    await fuses.afterPack({
      electronPlatformName: 'linux',
      arch: 1,
      appOutDir: outDir,
      packager: { executableName: 'secure-smtp-runbook', appInfo: { productFilename: 'x' } },
    });
    expect(await fuses.fuseMismatches(join(outDir, 'secure-smtp-runbook'))).toEqual([]);
  });

  it('a file without the sentinel is refused, not read as fuses', async () => {
    await expect(fuses.fuseMismatches('package.json')).rejects.toThrow(/sentinel/u);
  });
});
