import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { certificateRequestFor } from '../../../../core/certificates/request';
import { AppErrorException } from '../../../../core/errors';
import { validateSite, type Site } from '../../../../core/site';
import { exportBundle, type BundleOptions } from '../../../../electron/services/bundle/export';
import { verifyBundle } from '../../../../electron/services/bundle/verify';
import { generateHub } from '../../../../electron/services/pki/generate';
import { unavailableProtector } from '../../../../electron/services/vault/protector';
import { KeyVault } from '../../../../electron/services/vault/vault';
import { faultFs } from '../files/fault-fs';

const PW = 'Bundle-Switch-Password-7';
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
  out = mkdtempSync(join(tmpdir(), 'bundle-switch-'));
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
/** Every file under the folder (hidden ones too) with its bytes. */
const snapshot = (dir: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => {
        const p = join(d.parentPath, d.name);
        return [relative(dir, p), readFileSync(p).toString('base64')];
      }),
  );
async function errorOf(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppErrorException) return e.appError;
    throw e;
  }
  throw new Error('expected a failure');
}

describe('replacing a bundle with a new key generation', () => {
  it('a rename that fails part-way leaves the whole old bundle, and the message says nothing changed', async () => {
    await exportBundle(site, vault, opts(), { now: fx.now });
    const before = snapshot(out);
    const hub = site.hubs[0]!;
    vault.put(hub.id, await generateHub(certificateRequestFor(site, hub), PW, fx), PW);
    // The first 8 renames go through, then one fails with a device error.
    const fs = faultFs({ rename: { code: 'EIO', skip: 8, times: 1 } });
    const e = await errorOf(
      exportBundle(site, vault, opts({ overwrite: true }), { now: fx.now, fs }),
    );
    expect(e.message).toMatch(/Nothing on the stick was changed/u);
    expect(e.message).not.toMatch(/hold the new content/u);
    expect(snapshot(out)).toEqual(before);
  });

  it('when the old files cannot be put back either, the message names each file holding new content', async () => {
    await exportBundle(site, vault, opts(), { now: fx.now });
    const hub = site.hubs[0]!;
    vault.put(hub.id, await generateHub(certificateRequestFor(site, hub), PW, fx), PW);
    const fs = faultFs({ rename: { code: 'EIO', skip: 3 } });
    const e = await errorOf(
      exportBundle(site, vault, opts({ overwrite: true }), { now: fx.now, fs }),
    );
    expect(e.message).toMatch(/mixes old and new files: .+ hold the new content/u);
    expect(e.message).not.toMatch(/left untouched|Nothing on the stick was changed/u);
    expect(Object.keys(snapshot(out)).filter((n) => /\.tmp$|\.bak-/u.test(n))).toEqual([]);
  });
});

describe('leftovers of a killed export', () => {
  it('verify reports every file SHA256SUMS does not list, and the next export sweeps the writer’s own names', async () => {
    await exportBundle(site, vault, opts(), { now: fx.now });
    const hubDir = join(out, site.hubs[0]!.fqdn, 'private');
    const tmp = join(hubDir, `.${site.hubs[0]!.fqdn}.key.4242.deadbeef.tmp`);
    const bak = join(hubDir, `.${site.hubs[0]!.fqdn}.pfx.bak-0badf00d`);
    writeFileSync(tmp, '-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n');
    writeFileSync(bak, 'old pfx bytes');
    const verified = await verifyBundle(out, vault);
    expect(verified.ok).toBe(false);
    expect(verified.unlisted.map((p) => p.split('/').pop())).toEqual(
      [tmp, bak].map((p) => p.split('/').pop()).sort(),
    );
    await exportBundle(site, vault, opts({ overwrite: true }), { now: fx.now });
    const names = Object.keys(snapshot(out));
    expect(names.filter((n) => /\.tmp$|\.bak-/u.test(n))).toEqual([]);
    expect((await verifyBundle(out, vault)).ok).toBe(true);
  });

  it('verify names a folder without SHA256SUMS instead of crashing', async () => {
    const e = await errorOf(verifyBundle(out, vault));
    expect(e).toMatchObject({ code: 'sums-missing', field: 'folder' });
  });
});

describe('what durability costs', () => {
  it('one write, one fsync and one read-back per file; each folder synced at most twice; checksums renamed in after the other names are synced', async () => {
    const fs = faultFs({});
    const events: string[] = [];
    const rename = fs.rename.bind(fs);
    fs.rename = async (a, b) => {
      events.push(b.endsWith('SHA256SUMS') ? 'sums' : 'file');
      return rename(a, b);
    };
    const open = fs.open.bind(fs);
    fs.open = async (p, flags, mode) => {
      if (flags === 'r') events.push('dirsync');
      return open(p, flags, mode);
    };
    const r = await exportBundle(site, vault, opts(), { now: fx.now, fs });
    const files = r.files.length;
    const folders = new Set(r.files.map((f) => dirname(f.path))).size;
    expect(fs.calls.filter((c) => c === 'open')).toHaveLength(files);
    expect(fs.calls.filter((c) => c === 'readFile')).toHaveLength(files);
    const syncs = events.filter((e) => e === 'dirsync').length;
    expect(syncs).toBeGreaterThanOrEqual(folders);
    expect(syncs).toBeLessThanOrEqual(2 * folders);
    // Every other file's name is synced before the first checksum file is renamed in.
    const firstSums = events.indexOf('sums');
    expect(firstSums).toBeGreaterThan(0);
    expect(events.slice(0, firstSums).lastIndexOf('file')).toBeLessThan(
      events.slice(0, firstSums).lastIndexOf('dirsync'),
    );
    expect(events.slice(firstSums)).not.toContain('file');
    expect(events.at(-1)).toBe('dirsync');
    expect((await verifyBundle(out, vault)).ok).toBe(true);
  });
});
