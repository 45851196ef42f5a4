import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { certificateRequestFor } from '../../../../core/certificates/request';
import { exportProgressView, type ExportProgress } from '../../../../core/desktop/export-progress';
import { validateSite, type Site } from '../../../../core/site';
import { exportBundle, type BundleOptions } from '../../../../electron/services/bundle/export';
import { generateHub } from '../../../../electron/services/pki/generate';
import { unavailableProtector } from '../../../../electron/services/vault/protector';
import { KeyVault } from '../../../../electron/services/vault/vault';
import { faultFs } from '../files/fault-fs';

const PW = 'Bundle-Progress-Password-8';
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
  out = mkdtempSync(join(tmpdir(), 'bundle-progress-'));
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

describe('the export reports its progress', () => {
  it('every file written, then every file switched in: monotonic, ending at the total', async () => {
    const seen: ExportProgress[] = [];
    const result = await exportBundle(site, vault, opts(), {
      now: fx.now,
      onProgress: (p) => seen.push(p),
    });
    const total = result.files.length;
    expect(total).toBeGreaterThan(10);
    expect(seen.every((p) => p.total === total)).toBe(true);
    const writing = seen.filter((p) => p.stage === 'writing').map((p) => p.done);
    const switching = seen.filter((p) => p.stage === 'switching').map((p) => p.done);
    expect(writing).toEqual(Array.from({ length: total + 1 }, (_, i) => i));
    expect(switching).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    expect(seen.at(-1)).toEqual({ stage: 'done', done: total, total });
    // Core's reading of the same events only moves forward, from 0 to 1.
    const fractions = seen.map((p) => exportProgressView(p).fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect([fractions[0], fractions.at(-1)]).toEqual([0, 1]);
  });

  it('an export that fails part-way ends with "failed", never "done"', async () => {
    const seen: ExportProgress[] = [];
    const fs = faultFs({ rename: { code: 'EIO', skip: 3, times: 1 } });
    await expect(
      exportBundle(site, vault, opts(), { now: fx.now, fs, onProgress: (p) => seen.push(p) }),
    ).rejects.toThrow(/EIO|input\/output|device/iu);
    expect(seen.at(-1)?.stage).toBe('failed');
    expect(seen.some((p) => p.stage === 'done')).toBe(false);
  });
});
