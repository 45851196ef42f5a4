// The USB bundle export of a 50-hub site (durable writes, read-back, checksums, staging and
// switch) against `cp -r` of the same finished tree followed by `sync`: what our care costs over
// the plainest copy that also reaches the disk.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { certificateRequestFor } from '../../core/certificates/request';
import { exportBundle } from '../../electron/services/bundle/export';
import { generateHub } from '../../electron/services/pki/generate';
import { unavailableProtector } from '../../electron/services/vault/protector';
import { KeyVault } from '../../electron/services/vault/vault';
import { largeSite } from '../helpers/large-site';
import { formatRatio } from './stats';

const RUNS = 5;
const PW = 'Bench-Export-Password-9';

function treeBytes(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    const st = statSync(full);
    if (st.isDirectory()) {
      const sub = treeBytes(full);
      files += sub.files;
      bytes += sub.bytes;
    } else {
      files += 1;
      bytes += st.size;
    }
  }
  return { files, bytes };
}

/** `npm run bench -- export`: 50-hub bundle export vs cp -r + sync, interleaved runs. */
export async function benchBundleExport(): Promise<string[]> {
  const site = largeSite(50, 5);
  const now = () => new Date();
  const vault = new KeyVault({ protector: unavailableProtector, dir: tmpdir() });
  const fx = { now, randomBytes: (n: number) => randomBytes(n) };
  for (const h of site.hubs)
    vault.put(h.id, await generateHub(certificateRequestFor(site, h), PW, fx), PW);
  const root = mkdtempSync(join(tmpdir(), 'bench-export-'));
  const ours: number[] = [];
  const peer: number[] = [];
  let size = { files: 0, bytes: 0 };
  try {
    for (let i = 0; i < RUNS; i += 1) {
      const target = join(root, `ours-${i}`);
      spawnSync('mkdir', [target]);
      const t0 = performance.now();
      await exportBundle(
        site,
        vault,
        {
          folder: target,
          hubIds: [],
          overwrite: false,
          includePemKey: false,
          pemKeyUnencrypted: false,
        },
        { now },
      );
      const t1 = performance.now();
      const copy = join(root, `peer-${i}`);
      const cp = spawnSync('sh', ['-c', 'cp -r "$1" "$2" && sync', 'sh', target, copy]);
      const t2 = performance.now();
      if (cp.status !== 0) throw new Error(`cp -r failed: ${cp.stderr.toString()}`);
      ours.push(t1 - t0);
      peer.push(t2 - t1);
      size = treeBytes(target);
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  return [
    formatRatio('50-hub bundle export / (cp -r + sync)', ours, peer),
    `tree: ${size.files} files, ${(size.bytes / 1024).toFixed(0)} KiB`,
  ];
}
