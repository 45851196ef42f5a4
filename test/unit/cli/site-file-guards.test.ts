import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/main';
import { SITE_FILE_MAX_BYTES } from '../../../core/site-file/schema';
import { readSiteFile } from '../../../electron/services/site-file/site-file-io';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const bare = readFileSync(join(repo, 'test/fixtures/sites/2010-sp1-single.json'), 'utf8');
const now = () => new Date('2026-11-28T21:00:00Z');
const dir = mkdtempSync(join(tmpdir(), 'cli-site-guards-'));

async function plan(path: string): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['plan', '--site', path], {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    now,
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe("the CLI reads a bare site file through the app's guards", () => {
  it('refuses /dev/zero as not a regular file instead of reading without end', async () => {
    const r = await plan('/dev/zero');
    expect(r.code).toBe(1);
    expect(r.err).toContain('error [not-a-file] site');
  });

  it("refuses a FIFO without waiting for a writer (the app's reader too)", async () => {
    const fifo = join(dir, 'site.fifo');
    execFileSync('mkfifo', [fifo]);
    const r = await plan(fifo);
    expect(r.code).toBe(1);
    expect(r.err).toContain('not a regular file');
    await expect(readSiteFile(fifo)).rejects.toMatchObject({
      appError: { code: 'not-a-file', field: 'path' },
    });
  });

  it('refuses a file over the site-file cap before parsing it', async () => {
    const big = join(dir, 'big.json');
    writeFileSync(big, `${bare.slice(0, -2)}, "pad": "${'x'.repeat(SITE_FILE_MAX_BYTES)}"}`);
    const r = await plan(big);
    expect(r.code).toBe(1);
    expect(r.err).toContain('error [site-file-too-large] site');
    expect(r.err).toContain('20 MB');
  });

  it('accepts a UTF-8 byte-order mark (Notepad writes one) and plans as without it', async () => {
    const withBom = join(dir, 'bom.json');
    writeFileSync(withBom, `\uFEFF${bare}`);
    const plain = join(dir, 'plain.json');
    writeFileSync(plain, bare);
    const a = await plan(withBom);
    expect(a.code).toBe(0);
    expect(a.out).toBe((await plan(plain)).out);
  });

  it('refuses text that is not UTF-8 (a file saved as UTF-16 or cp1252), naming the fix', async () => {
    const utf16 = join(dir, 'utf16.json');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(bare, 'utf16le')]));
    const r = await plan(utf16);
    expect(r.code).toBe(1);
    expect(r.err).toContain('error [site-file-not-text] site');
    expect(r.err).toContain('UTF-8');
  });

  it('refuses a bare site with a __proto__ key, naming the key', async () => {
    const hostile = join(dir, 'proto.json');
    writeFileSync(hostile, `${bare.trimEnd().slice(0, -1)}, "__proto__": {"x": 1}}`);
    const r = await plan(hostile);
    expect(r.code).toBe(1);
    expect(r.err).toContain('error [site-file-hostile] __proto__');
  });
});
