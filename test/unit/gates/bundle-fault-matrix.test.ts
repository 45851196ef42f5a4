import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { certificateRequestFor } from '../../../core/certificates/request';
import { AppErrorException } from '../../../core/errors';
import { validateSite, type Site } from '../../../core/site';
import { exportBundle, type BundleOptions } from '../../../electron/services/bundle/export';
import { verifyBundle } from '../../../electron/services/bundle/verify';
import { generateHub } from '../../../electron/services/pki/generate';
import { unavailableProtector } from '../../../electron/services/vault/protector';
import { KeyVault } from '../../../electron/services/vault/vault';
import { faultFs, type Step } from '../services/files/fault-fs';

const PW = 'Fault-Matrix-Password-9';
const fx = { now: () => new Date('2026-11-28T12:00:00Z'), randomBytes };
let site: Site;
/** Two key generations of the first hub, swapped on each run (key generation is the slow part). */
let generations: Awaited<ReturnType<typeof generateHub>>[] = [];
const vault = new KeyVault({ protector: unavailableProtector, dir: tmpdir() });

beforeAll(async () => {
  const parsed = validateSite(
    JSON.parse(readFileSync('test/fixtures/sites/2016-2019-se-multi.json', 'utf8')),
  );
  if (!parsed.ok) throw new Error(parsed.error.message);
  site = parsed.value;
  for (const h of site.hubs)
    vault.put(h.id, await generateHub(certificateRequestFor(site, h), PW, fx), PW);
  const first = certificateRequestFor(site, site.hubs[0]!);
  generations = [await generateHub(first, PW, fx), await generateHub(first, PW, fx)];
});

const opts = (folder: string, overwrite: boolean): BundleOptions => ({
  folder,
  hubIds: [],
  overwrite,
  includePemKey: true,
  pemKeyUnencrypted: false,
});
const snapshot = (dir: string): Map<string, string> =>
  new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => {
        const p = join(d.parentPath, d.name);
        return [relative(dir, p), readFileSync(p).toString('base64')] as const;
      }),
  );
const writerNames = (names: Iterable<string>) =>
  [...names].filter((n) => /\.tmp$|\.bak-[0-9a-f]{8}$/u.test(n));

const steps: Step[] = ['open', 'write', 'sync', 'rename', 'dirsync', 'readFile'];
const codes = ['ENOSPC', 'EIO', 'EPERM', 'EACCES', 'EBUSY', 'ENOENT', 'EROFS'] as const;
/** What the user is told per errno: before anything reached the stick, and after writes began. */
const told: Record<(typeof codes)[number], [before: string, after: string]> = {
  ENOSPC: ['disk-full', 'disk-full'],
  EIO: ['device-error', 'stick-removed'],
  EPERM: ['read-only', 'no-permission'],
  EACCES: ['read-only', 'no-permission'],
  EBUSY: ['no-permission', 'no-permission'],
  ENOENT: ['folder-gone', 'stick-removed'],
  EROFS: ['read-only', 'read-only'],
};

describe('bundle writer fault matrix', () => {
  it('whatever step fails with whatever code, each file is old or new, nothing of ours is left, and success means verified', async () => {
    let faults = 0;
    let survived = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...steps),
        fc.constantFrom(...codes),
        fc.integer({ min: 0, max: 40 }),
        async (step, code, skip) => {
          const out = mkdtempSync(join(tmpdir(), 'fault-matrix-'));
          try {
            await exportBundle(site, vault, opts(out, false), { now: fx.now });
            const old = snapshot(out);
            const hub = site.hubs[0]!;
            vault.put(hub.id, generations[faults % 2]!, PW);
            // A lock (EPERM/EBUSY) clears after one retry; other codes stay.
            const times = ['EPERM', 'EACCES', 'EBUSY'].includes(code) ? 1 : undefined;
            let error: AppErrorException | null = null;
            try {
              await exportBundle(site, vault, opts(out, true), {
                now: fx.now,
                fs: faultFs({ [step]: { code, skip, times } }),
              });
            } catch (e) {
              if (!(e instanceof AppErrorException)) throw e;
              error = e;
            }
            faults += 1;
            const now = snapshot(out);
            expect(writerNames(now.keys())).toEqual([]);
            if (error === null) {
              expect((await verifyBundle(out, vault)).ok).toBe(true);
            } else {
              const message = error.appError.message;
              // The first write of this export is the first temp file's open (the folders exist).
              const began = !(step === 'open' && skip === 0);
              expect([step, code, error.appError.code]).toEqual([step, code, told[code][+began]]);
              if (/Nothing on the stick was changed/u.test(message)) {
                expect(now).toEqual(old);
              } else {
                expect(message).toMatch(/mixes old and new files/u);
                for (const [name, bytes] of now)
                  if (!message.includes(name.split('/').pop() ?? name))
                    expect(bytes).toBe(old.get(name));
              }
            }
            // The next clean run leaves a complete, verified bundle and no name of ours.
            await exportBundle(site, vault, opts(out, true), { now: fx.now });
            expect(writerNames(snapshot(out).keys())).toEqual([]);
            expect((await verifyBundle(out, vault)).ok).toBe(true);
            survived += 1;
          } finally {
            rmSync(out, { recursive: true, force: true });
          }
        },
      ),
      { numRuns: 30 },
    );
    expect(survived).toBe(faults);
    console.info(`bundle fault matrix: ${faults} faults injected, ${survived} survived`);
  }, 600_000);
});
