import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileDurable } from '../../../../electron/services/files/write-durable';
import { faultFs, type Step } from './fault-fs';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'durable-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const DATA = Buffer.alloc(64 * 1024, 7);
const noSleep = async () => {};
const leftovers = () => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

describe('writeFileDurable', () => {
  it('writes, reads back and reports the SHA-256; key files get mode 0600', async () => {
    const r = await writeFileDurable(dir, 'hub01.pfx', DATA, { mode: 0o600 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(readFileSync(join(dir, 'hub01.pfx')).equals(DATA)).toBe(true);
    expect(r.value.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(statSync(join(dir, 'hub01.pfx')).mode & 0o777).toBe(0o600);
    expect(r.value.modeWarning).toBeNull();
    expect(readdirSync(dir)).toEqual(['hub01.pfx']);
  });

  it('never overwrites without being asked, and leaves the old file untouched', async () => {
    writeFileSync(join(dir, 'a.cer'), 'old');
    const r = await writeFileDurable(dir, 'a.cer', DATA);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('file-exists');
    expect(r.error.message).toContain('already exists');
    expect(readFileSync(join(dir, 'a.cer'), 'utf8')).toBe('old');
    expect(leftovers()).toEqual([]);
    const again = await writeFileDurable(dir, 'a.cer', DATA, { overwrite: true });
    expect(again.ok).toBe(true);
    expect(readFileSync(join(dir, 'a.cer')).equals(DATA)).toBe(true);
  });

  it('disk full after N bytes: clear message, no partial file', async () => {
    const r = await writeFileDurable(dir, 'big.pfx', DATA, {
      fs: faultFs({ write: { code: 'ENOSPC', afterBytes: 1000 } }),
    });
    expect(!r.ok && r.error.code).toBe('disk-full');
    expect(!r.ok && r.error.message).toMatch(/Not enough space/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('EIO on fsync, after the bytes went out: the stick was removed or stopped answering, no file', async () => {
    const r = await writeFileDurable(dir, 'x.pfx', DATA, {
      fs: faultFs({ sync: { code: 'EIO' } }),
    });
    expect(!r.ok && r.error.code).toBe('stick-removed');
    expect(!r.ok && r.error.message).toMatch(/stick was removed.*re-insert it/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('read-only media (EROFS) and access refused on the first write (EACCES) are a write-protected or read-only stick', async () => {
    const ro = await writeFileDurable(dir, 'x.pfx', DATA, {
      fs: faultFs({ open: { code: 'EROFS' } }),
    });
    expect(!ro.ok && ro.error.code).toBe('read-only');
    expect(!ro.ok && ro.error.message).toMatch(/read-only/);
    const acc = await writeFileDurable(dir, 'x.pfx', DATA, {
      fs: faultFs({ open: { code: 'EACCES' } }),
    });
    expect(!acc.ok && acc.error.code).toBe('read-only');
    expect(!acc.ok && acc.error.message).toMatch(/write-protected or mounted read-only/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('retries a transiently locked rename (EPERM twice) and then succeeds', async () => {
    const waits: number[] = [];
    const r = await writeFileDurable(dir, 'x.pfx', DATA, {
      fs: faultFs({ rename: { code: 'EPERM', times: 2 } }),
      sleep: async (ms) => void waits.push(ms),
    });
    expect(r.ok).toBe(true);
    expect(waits).toEqual([50, 100]);
  });

  it('a rename that stays locked gives up, keeps the old file and removes the temp file', async () => {
    writeFileSync(join(dir, 'x.pfx'), 'old');
    const r = await writeFileDurable(dir, 'x.pfx', DATA, {
      overwrite: true,
      fs: faultFs({ rename: { code: 'EPERM' } }),
      sleep: noSleep,
    });
    expect(!r.ok && r.error.code).toBe('no-permission');
    expect(readFileSync(join(dir, 'x.pfx'), 'utf8')).toBe('old');
    expect(leftovers()).toEqual([]);
  });

  it('a folder that is gone (stick pulled) gives folder-gone', async () => {
    rmSync(dir, { recursive: true });
    const r = await writeFileDurable(dir, 'x.pfx', DATA);
    expect(!r.ok && r.error.code).toBe('folder-gone');
    expect(!r.ok && r.error.message).toMatch(/stick pulled/);
  });

  it('a folder removed mid-export (after the data, before the rename) leaves nothing behind', async () => {
    const fs = faultFs({});
    const realOpen = fs.open.bind(fs);
    fs.open = async (p, flags, mode) => {
      const h = await realOpen(p, flags, mode);
      if (flags !== 'wx') return h;
      return {
        ...h,
        write: h.write,
        close: h.close,
        sync: async () => {
          await h.sync();
          rmSync(dir, { recursive: true, force: true });
        },
      };
    };
    const r = await writeFileDurable(dir, 'x.pfx', DATA, { fs });
    expect(!r.ok && r.error.code).toBe('stick-removed');
  });

  it('a failed verification removes the file and says so', async () => {
    const r = await writeFileDurable(dir, 'x.pfx', DATA, {
      verify: () => {
        throw new Error('MAC could not be verified');
      },
    });
    expect(!r.ok && r.error.code).toBe('verify-failed');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('refuses unsafe names before touching the disk', async () => {
    for (const name of ['CON.pfx', '../escape.pfx', 'a.pfx.', 'a:b', 'sub/x.pfx']) {
      const r = await writeFileDurable(dir, name, DATA);
      expect(!r.ok && r.error.code, name).toBe('file-name-invalid');
    }
  });

  it('property: whatever step fails with whatever code, the target holds the old or the new bytes, never a mix, and no temp file remains', async () => {
    const steps: Step[] = ['open', 'write', 'sync', 'rename', 'dirsync', 'readFile'];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...steps),
        fc.constantFrom('ENOSPC', 'EIO', 'EROFS', 'EACCES', 'ENOENT'),
        async (step, code) => {
          writeFileSync(join(dir, 't.bin'), 'old');
          const r = await writeFileDurable(dir, 't.bin', DATA, {
            overwrite: true,
            fs: faultFs({ [step]: { code } }),
            sleep: noSleep,
          });
          const files = readdirSync(dir);
          expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
          if (files.includes('t.bin')) {
            const now = readFileSync(join(dir, 't.bin'));
            expect(now.equals(DATA) || now.toString() === 'old').toBe(true);
            if (r.ok) expect(now.equals(DATA)).toBe(true);
          } else {
            expect(r.ok).toBe(false);
          }
          if (!r.ok) expect(r.error.message.length).toBeGreaterThan(20);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('property: overwriting, whatever step fails (including the rename aside, the rename into place, the read-back and verify), the final path holds the old or the complete new bytes, never nothing, and no .tmp or .bak remains', async () => {
    type Fault = { step: Step | 'verify'; skip: number; times?: number };
    const faults: Fault[] = [
      { step: 'open', skip: 0 },
      { step: 'write', skip: 0 },
      { step: 'sync', skip: 0 },
      { step: 'rename', skip: 0 }, // moving the old file aside
      { step: 'rename', skip: 1, times: 1 }, // moving the new file into place
      { step: 'dirsync', skip: 0 },
      { step: 'readFile', skip: 0 },
      { step: 'verify', skip: 0 },
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...faults),
        fc.constantFrom('ENOSPC', 'EIO', 'EROFS', 'EACCES', 'ENOENT', 'EBUSY'),
        fc.boolean(),
        async (fault, code, hadOld) => {
          rmSync(dir, { recursive: true, force: true });
          dir = mkdtempSync(join(tmpdir(), 'durable-'));
          if (hadOld) writeFileSync(join(dir, 't.bin'), 'old');
          const r = await writeFileDurable(dir, 't.bin', DATA, {
            overwrite: true,
            fs: faultFs(
              fault.step === 'verify'
                ? {}
                : { [fault.step]: { code, skip: fault.skip, times: fault.times } },
            ),
            verify:
              fault.step === 'verify'
                ? () => {
                    throw new Error('MAC could not be verified');
                  }
                : undefined,
            sleep: noSleep,
          });
          const files = readdirSync(dir);
          expect(files.filter((f) => f.endsWith('.tmp') || f.includes('.bak-'))).toEqual([]);
          if (fault.step === 'dirsync') {
            // The new file was read back before the rename: it is in place, with a warning.
            expect(r.ok).toBe(true);
            expect(readFileSync(join(dir, 't.bin')).equals(DATA)).toBe(true);
          } else if (hadOld) {
            expect(files).toEqual(['t.bin']);
            const now = readFileSync(join(dir, 't.bin'));
            if (r.ok) expect(now.equals(DATA)).toBe(true);
            else expect(now.toString()).toBe('old');
          } else if (r.ok) {
            expect(readFileSync(join(dir, 't.bin')).equals(DATA)).toBe(true);
          } else {
            expect(files).toEqual([]);
          }
          // No claim that the old file went (a pulled stick is named as such, not a removed file).
          if (!r.ok && hadOld) expect(r.error.message).not.toMatch(/files? (was|were) removed/);
        },
      ),
      { numRuns: 120 },
    );
  });

  it('a read-back error while replacing a file leaves the previous file untouched and says so', async () => {
    writeFileSync(join(dir, 'x.pfx'), 'old');
    const r = await writeFileDurable(dir, 'x.pfx', DATA, {
      overwrite: true,
      fs: faultFs({ readFile: { code: 'EIO' } }),
      sleep: noSleep,
    });
    expect(!r.ok && r.error.code).toBe('stick-removed');
    expect(readFileSync(join(dir, 'x.pfx'), 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['x.pfx']);
  });

  it('a failed verification of a replacement leaves the previous file in place', async () => {
    writeFileSync(join(dir, 'x.pfx'), 'old');
    const r = await writeFileDurable(dir, 'x.pfx', DATA, {
      overwrite: true,
      verify: () => {
        throw new Error('MAC could not be verified');
      },
    });
    expect(!r.ok && r.error.code).toBe('verify-failed');
    expect(!r.ok && r.error.message).toMatch(/left untouched/);
    expect(readFileSync(join(dir, 'x.pfx'), 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['x.pfx']);
  });

  it('an overwrite never leaves the final name empty: the new file is renamed straight over the old one', async () => {
    writeFileSync(join(dir, 'x.pfx'), 'old');
    const fs = faultFs({});
    const seen: string[] = [];
    const rename = fs.rename.bind(fs);
    fs.rename = async (from, to) => {
      // At every rename, the final name must still exist (old bytes) until the new ones replace it.
      seen.push(readdirSync(dir).includes('x.pfx') ? 'present' : 'missing');
      return rename(from, to);
    };
    const r = await writeFileDurable(dir, 'x.pfx', DATA, { overwrite: true, fs, sleep: noSleep });
    expect(r.ok).toBe(true);
    expect(seen).toEqual(['present']);
    expect(readdirSync(dir)).toEqual(['x.pfx']);
  });
});
