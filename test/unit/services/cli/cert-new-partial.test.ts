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
    // The second file's name is taken by a file of the user's (no --overwrite): the PFX is
    // written first, then the .cer is refused.
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'hub9.contoso.local.cer'), 'mine');
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

  it('a folder at one of the names is refused before anything is written, naming it and the fix', async () => {
    const out = join(dir, 'out-folder');
    mkdirSync(join(out, 'hub8.contoso.local.crt'), { recursive: true });
    writeFileSync(join(out, 'hub8.contoso.local.crt', 'notes.txt'), 'mine');
    for (const overwrite of [[], ['--overwrite']]) {
      const err: string[] = [];
      const code = await main(
        [
          'cert',
          'new',
          '--fqdn',
          'hub8.contoso.local',
          '--password-file',
          join(dir, 'pw.txt'),
          '--out',
          out,
          ...overwrite,
        ],
        { out: () => {}, err: (l) => err.push(l), now: () => new Date() },
      );
      expect(code).toBe(1);
      expect(readdirSync(out)).toEqual(['hub8.contoso.local.crt']);
      expect(readdirSync(join(out, 'hub8.contoso.local.crt'))).toEqual(['notes.txt']);
      const text = err.join('\n');
      expect(text).toContain(join(out, 'hub8.contoso.local.crt'));
      expect(text).toMatch(/is a folder.*Move or rename it.*Nothing was written/u);
      expect(text).not.toMatch(/removed again/u);
    }
  });
});
