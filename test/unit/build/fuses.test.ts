import { createRequire } from 'node:module';
import { FuseV1Options } from '@electron/fuses';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const { fuseConfig } = require('../../../build/fuses.cjs') as {
  fuseConfig: Record<string | number, unknown>;
};
const builder = require('../../../build/electron-builder.config.cjs') as {
  afterPack: string;
  asar: boolean;
  files: string[];
};

describe('packaged build hardening', () => {
  it('sets every fuse explicitly, so a new Electron fuse breaks the build', () => {
    expect(fuseConfig['strictlyRequireAllFuses']).toBe(true);
    const numeric = Object.values(FuseV1Options).filter((v): v is number => typeof v === 'number');
    for (const fuse of numeric)
      expect(typeof fuseConfig[fuse], `fuse ${FuseV1Options[fuse]}`).toBe('boolean');
  });

  it('turns off RunAsNode, NODE_OPTIONS and --inspect; turns on asar-only, asar integrity and cookie encryption', () => {
    expect(fuseConfig[FuseV1Options.RunAsNode]).toBe(false);
    expect(fuseConfig[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(fuseConfig[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(fuseConfig[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(fuseConfig[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(fuseConfig[FuseV1Options.EnableCookieEncryption]).toBe(true);
    expect(fuseConfig[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
  });

  it('packs into an asar, flips fuses after packing, and ships no sources or tests', () => {
    expect(builder.asar).toBe(true);
    expect(builder.afterPack).toBe('./build/fuses.cjs');
    // An empty list would make electron-builder pack the whole project: it must name something.
    expect(builder.files.length).toBeGreaterThan(0);
    expect(builder.files.every((f) => f.startsWith('out/') || f === 'package.json')).toBe(true);
  });
});
