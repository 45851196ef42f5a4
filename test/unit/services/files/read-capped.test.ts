import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../../cli/main';
import { readRegularFileCapped } from '../../../../electron/services/files/read-capped';

const dir = mkdtempSync(join(tmpdir(), 'read-capped-'));

async function cli(...argv: string[]): Promise<{ code: number; out: string }> {
  const out: string[] = [];
  const code = await main(argv, {
    out: (t) => out.push(t),
    err: (t) => out.push(t),
    now: () => new Date('2026-11-28T21:00:00Z'),
  });
  return { code, out: out.join('\n') };
}

describe('reading a file the user named', () => {
  it('refuses /dev/zero without reading it', async () => {
    await expect(readRegularFileCapped('/dev/zero', 1024)).rejects.toMatchObject({
      code: 'not-a-file',
    });
  });

  it('refuses a FIFO without blocking on it (no writer ever comes)', async () => {
    const fifo = join(dir, 'pipe.pfx');
    execFileSync('mkfifo', [fifo]);
    await expect(readRegularFileCapped(fifo, 1024)).rejects.toMatchObject({ code: 'not-a-file' });
  });

  it('refuses a folder and reads at most cap + 1 bytes of a big file', async () => {
    await expect(readRegularFileCapped(dir, 1024)).rejects.toMatchObject({ code: 'not-a-file' });
    const big = join(dir, 'big.pfx');
    writeFileSync(big, Buffer.alloc(4096, 1));
    await expect(readRegularFileCapped(big, 1024)).rejects.toMatchObject({
      code: 'file-too-large',
    });
    const small = join(dir, 'small.cer');
    writeFileSync(small, Buffer.from('abc'));
    expect((await readRegularFileCapped(small, 1024)).toString()).toBe('abc');
  });

  it('cert inspect on /dev/zero or a FIFO ends at once with a message naming the file field', async () => {
    const zero = await cli('cert', 'inspect', '/dev/zero', '--json');
    expect(zero.code).not.toBe(0);
    expect(JSON.parse(zero.out)).toMatchObject({
      ok: false,
      error: { field: 'file', code: 'not-a-file' },
    });
    const fifo = join(dir, 'cli-pipe.pfx');
    execFileSync('mkfifo', [fifo]);
    const piped = await cli('cert', 'inspect', fifo);
    expect(piped.code).not.toBe(0);
    expect(piped.out).toContain('not a regular file');
  });
});
