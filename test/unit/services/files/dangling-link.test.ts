import { lstatSync, mkdtempSync, readlinkSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileDurable } from '../../../../electron/services/files/write-durable';

const dir = mkdtempSync(join(tmpdir(), 'dangling-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a dangling link at the final name', () => {
  it('counts as an existing file: without overwrite it is refused and left as it was', async () => {
    symlinkSync(join(dir, 'nowhere'), join(dir, 'hub.pfx'));
    const r = await writeFileDurable(dir, 'hub.pfx', Buffer.from('new'), { overwrite: false });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.field).toBe('overwrite');
    expect(lstatSync(join(dir, 'hub.pfx')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'hub.pfx'))).toBe(join(dir, 'nowhere'));
  });
});
