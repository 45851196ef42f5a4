import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createAesGcmProtector } from '../../../../electron/services/vault/protector';
import { KeyVault } from '../../../../electron/services/vault/vault';

const child = fileURLToPath(new URL('./vault-save-child.ts', import.meta.url));
const key = randomBytes(32);
const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

/**
 * Runs the saving child until it has saved `after` generations, then SIGKILLs it `delayMs` later
 * (mid-write or between writes: the point is that no moment is special). Returns the last
 * generation the child reported as saved.
 */
function saveThenKill(dir: string, after: number, delayMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['--import', 'tsx', child, dir, key.toString('hex')], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let saved = 0;
    let err = '';
    p.stderr.on('data', (d: Buffer) => (err += d.toString()));
    p.stdout.on('data', (d: Buffer) => {
      for (const m of d.toString().matchAll(/saved (\d+)/gu)) saved = Number(m[1]);
      if (saved >= after && !p.killed) setTimeout(() => p.kill('SIGKILL'), delayMs);
    });
    p.on('exit', (code, signal) =>
      signal === 'SIGKILL' ? resolve(saved) : reject(new Error(`child exited ${code}: ${err}`)),
    );
  });
}

describe('the key vault file when the app is SIGKILLed mid-save (a real child process)', () => {
  it.each([
    [1, 0],
    [2, 3],
    [3, 7],
    [2, 15],
  ])(
    'reads back whole after a kill %i saves in, %i ms later',
    async (after, delayMs) => {
      const dir = await mkdtemp(join(tmpdir(), 'vault-kill-'));
      dirs.push(dir);
      const lastReported = await saveThenKill(dir, after, delayMs);
      const vault = new KeyVault({ protector: createAesGcmProtector(key), dir });
      const loaded = await vault.load();
      expect(loaded).toEqual({ ok: true, value: { hubs: 20 } });
      expect(vault.loadNote).toBeNull();
      // One generation throughout: the file holds one complete save, never a mix or a torn blob.
      const generations = new Set(
        Array.from({ length: 20 }, (_, i) => vault.get(`hub-${i + 1}`)?.password),
      );
      expect(generations.size).toBe(1);
      const [only] = [...generations];
      const n = Number(/generation-(\d+)/u.exec(only ?? '')?.[1]);
      // The save reported last is on disk, or the one after it (written, killed before reporting).
      expect([lastReported, lastReported + 1]).toContain(n);
    },
    120_000,
  );
});
