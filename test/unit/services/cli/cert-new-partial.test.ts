import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../../cli/main';

const dir = mkdtempSync(join(tmpdir(), 'cli-cert-partial-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, 'pw.txt'), 'Partial-Test-Password-7\n');

describe('smtp-runbook cert new that fails part-way', () => {
  it('leaves no file of the new set behind and says exactly that', async () => {
    const out = join(dir, 'out');
    // The second file's name is taken by a folder: the PFX is written first, then the .cer fails.
    mkdirSync(join(out, 'hub9.contoso.local.cer'), { recursive: true });
    const err: string[] = [];
    const code = await main(
      [
        'cert',
        'new',
        '--fqdn',
        'hub9.contoso.local',
        '--password-file',
        join(dir, 'pw.txt'),
        '--out',
        out,
      ],
      { out: () => {}, err: (l) => err.push(l), now: () => new Date() },
    );
    expect(code).toBe(1);
    expect(readdirSync(out)).toEqual(['hub9.contoso.local.cer']);
    expect(err.join('\n')).toContain('removed again');
  });
});
