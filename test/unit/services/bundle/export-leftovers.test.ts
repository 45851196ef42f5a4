import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { certificateRequestFor } from '../../../../core/certificates/request';
import { AppErrorException } from '../../../../core/errors';
import { validateSite, type Site } from '../../../../core/site';
import { exportBundle, type BundleOptions } from '../../../../electron/services/bundle/export';
import { generateHub } from '../../../../electron/services/pki/generate';
import { unavailableProtector } from '../../../../electron/services/vault/protector';
import { KeyVault } from '../../../../electron/services/vault/vault';
import { faultFs } from '../files/fault-fs';

const PW = 'Bundle-Leftover-Password-3';
const fx = { now: () => new Date('2026-11-28T12:00:00Z'), randomBytes };
let site: Site;
const vault = new KeyVault({ protector: unavailableProtector, dir: tmpdir() });
let out: string;

beforeAll(async () => {
  const parsed = validateSite(
    JSON.parse(readFileSync('test/fixtures/sites/2016-2019-se-multi.json', 'utf8')),
  );
  if (!parsed.ok) throw new Error(parsed.error.message);
  site = parsed.value;
  for (const h of site.hubs)
    vault.put(h.id, await generateHub(certificateRequestFor(site, h), PW, fx), PW);
});
beforeEach(() => {
  out = mkdtempSync(join(tmpdir(), 'bundle-leftover-'));
});
afterEach(() => rmSync(out, { recursive: true, force: true }));

const opts = (over: Partial<BundleOptions> = {}): BundleOptions => ({
  folder: out,
  hubIds: [],
  overwrite: false,
  includePemKey: false,
  pemKeyUnencrypted: false,
  ...over,
});
/** Every entry under the folder (hidden ones and folders too), folders marked with a slash. */
const tree = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .map((d) => relative(dir, join(d.parentPath, d.name)) + (d.isDirectory() ? '/' : ''))
    .sort();
async function errorOf(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppErrorException) return e.appError;
    throw e;
  }
  throw new Error('expected a failure');
}

describe('a folder where a bundle file belongs', () => {
  for (const overwrite of [false, true]) {
    it(`is refused naming the path and the fix, touching nothing (overwrite ${overwrite})`, async () => {
      await exportBundle(site, vault, opts(), { now: fx.now });
      const hub = site.hubs[0]!;
      const taken = join(out, hub.fqdn, 'README.txt');
      rmSync(taken);
      mkdirSync(taken);
      writeFileSync(join(taken, 'notes.txt'), 'mine');
      const before = tree(out);
      const e = await errorOf(exportBundle(site, vault, opts({ overwrite }), { now: fx.now }));
      expect(e.code).toBe('file-name-taken');
      expect(e.message).toContain(taken);
      expect(e.message).toMatch(/is a folder.*Move or rename it.*Nothing was written/u);
      expect(tree(out)).toEqual(before);
    });
  }
});

describe('rollback after a failed export', () => {
  it('removes the empty folders this export created, and keeps folders that were there', async () => {
    const hub = site.hubs[0]!;
    mkdirSync(join(out, hub.fqdn));
    writeFileSync(join(out, 'mine.txt'), 'mine');
    const fs = faultFs({ rename: { code: 'EIO', skip: 5 } });
    const e = await errorOf(exportBundle(site, vault, opts(), { now: fx.now, fs }));
    expect(e.message).toMatch(/Nothing on the stick was changed/u);
    expect(tree(out)).toEqual([`${hub.fqdn}/`, 'mine.txt']);
  });

  it('a failure while staging also leaves no folder of its own behind', async () => {
    const fs = faultFs({ write: { code: 'ENOSPC', skip: 3 } });
    const e = await errorOf(exportBundle(site, vault, opts(), { now: fx.now, fs }));
    expect(e.code).toBe('disk-full');
    expect(tree(out)).toEqual([]);
  });

  it("a folder it created that now holds someone else's file is kept", async () => {
    const hub = site.hubs[0]!;
    const fs = faultFs({
      rename: {
        code: 'EIO',
        skip: 2,
        before: () => writeFileSync(join(out, hub.fqdn, 'theirs.txt'), 'x'),
      },
    });
    await errorOf(exportBundle(site, vault, opts(), { now: fx.now, fs }));
    expect(tree(out)).toEqual([`${hub.fqdn}/`, `${hub.fqdn}/theirs.txt`]);
  });
});
