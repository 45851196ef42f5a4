import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { minimatch } from 'minimatch';
import { describe, expect, it } from 'vitest';
import { SITE_FILE_EXTENSION } from '../../../core/site-file/schema';

// Packaging needs the Electron download, so the configuration is checked instead: by
// electron-builder's own validator (its JSON schema), and for what we promise of it.
const require = createRequire(import.meta.url);
type Config = {
  files: string[];
  asar: boolean;
  afterPack: string;
  fileAssociations: { ext: string; name: string; icon?: string }[];
  win: { target: string[]; icon: string };
  mac: { target: string[]; icon: string };
  linux: { target: string[]; icon: string; mimeTypes: string[] };
  portable: { artifactName: string };
};
const config = require('../../../build/electron-builder.config.cjs') as Config;
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration: (c: unknown, log: unknown) => Promise<void>;
};
const quiet = { isEnabled: false, add: () => {} };

describe('the packaging configuration', () => {
  it('passes electron-builder’s schema, and the check does fail on a wrong option', async () => {
    await expect(validateConfiguration(config, quiet)).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...config, asarr: true }, quiet)).rejects.toThrow(
      /asarr/u,
    );
  });

  it('builds a Windows portable exe and installer, a macOS dmg, a Linux AppImage and deb', () => {
    expect(config.win.target).toEqual(['portable', 'nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.portable.artifactName).toMatch(/portable/u);
  });

  it('associates site files with the app, with the extension the app reads', () => {
    expect(config.fileAssociations.map((a) => `.${a.ext}`)).toEqual([SITE_FILE_EXTENSION]);
    expect(config.linux.mimeTypes).toContain('application/x-smtprunbook+json');
  });

  it('has its icons in build/, and flips and reads back the fuses after packing', () => {
    for (const icon of [config.win.icon, config.mac.icon, config.linux.icon])
      expect(existsSync(icon), icon).toBe(true);
    const png = readFileSync('build/icon.png');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(512); // width: macOS wants 512 or more
    expect(config.afterPack).toBe('./build/fuses.cjs');
    expect(typeof (require('../../../build/fuses.cjs') as { afterPack: unknown }).afterPack).toBe(
      'function',
    );
  });

  it('packs into an asar the built bundles and package.json, and nothing from the sources or test/', () => {
    expect(config.asar).toBe(true);
    const tracked = execFileSync('git', ['ls-files'], { encoding: 'utf8' }).split('\n');
    const candidates = [
      ...tracked,
      'out/main/index.js',
      'out/preload/index.cjs',
      'out/renderer/index.html',
      'out/cli/index.js',
    ];
    const packed = candidates.filter((f) => config.files.some((p) => minimatch(f, p)));
    expect(packed).toEqual(
      expect.arrayContaining(['package.json', 'out/main/index.js', 'out/renderer/index.html']),
    );
    expect(packed.filter((f) => !f.startsWith('out/') && f !== 'package.json')).toEqual([]);
    expect(packed.filter((f) => f.startsWith('test/') || f.startsWith('out/cli/'))).toEqual([]);
    expect(tracked.filter((f) => f.startsWith('test/')).length).toBeGreaterThan(50);
  });
});
