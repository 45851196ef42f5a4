import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readStickStates } from '../../../../electron/services/server-state/stick';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../../../fixtures/server-states/${name}`, import.meta.url));

function stick(): string {
  const root = mkdtempSync(join(tmpdir(), 'runbook-stick-'));
  const hub = join(root, 'ex01.contoso.local');
  mkdirSync(join(hub, 'public'), { recursive: true });
  copyFileSync(fixture('state-EX01-2010-before.xml'), join(hub, 'state-EX01-20261205T080500Z.xml'));
  copyFileSync(fixture('state-EX01-2010-after.xml'), join(hub, 'state-EX01-20261205T104000Z.xml'));
  copyFileSync(
    fixture('hostile-entity-expansion.xml'),
    join(root, 'state-EX01-20261205T110000Z.xml'),
  );
  writeFileSync(join(hub, 'README.txt'), 'not a state');
  // Too deep (public/ is not a hub folder) and a link: neither is read.
  copyFileSync(
    fixture('state-EX01-2010-after.xml'),
    join(hub, 'public', 'state-EX01-20261205T104000Z.xml'),
  );
  symlinkSync('/etc/passwd', join(hub, 'state-EX01-20261205T120000Z.xml'));
  // Over the cap: refused from its size, never read (a sparse file, so the test stays small).
  const big = join(hub, 'state-EX01-20261205T130000Z.xml');
  writeFileSync(big, '');
  truncateSync(big, 64 * 1024 * 1024);
  return root;
}

describe('reading state files from the stick', () => {
  it('reads the state files of the stick and its hub folders, refusing what it cannot read', async () => {
    const files = await readStickStates(stick());
    expect(files.map((f) => [f.relPath, f.observed ? 'state' : f.error?.code])).toEqual([
      ['ex01.contoso.local/state-EX01-20261205T080500Z.xml', 'state'],
      ['ex01.contoso.local/state-EX01-20261205T104000Z.xml', 'state'],
      ['ex01.contoso.local/state-EX01-20261205T130000Z.xml', 'state-unreadable'],
      ['state-EX01-20261205T110000Z.xml', 'state-unreadable'],
    ]);
    const after = files[1];
    expect(after?.sha256).toMatch(/^[0-9a-f]{64}$/u);
    expect(after?.observed?.collectedAt).toBe('2026-12-05T10:40:00Z');
    expect(files[2]?.error?.message).toMatch(/67108864 bytes/u);
    expect(files[2]?.sha256).toBe('');
  });

  it('reports a folder with no state files as an empty list', async () => {
    expect(await readStickStates(mkdtempSync(join(tmpdir(), 'runbook-empty-')))).toEqual([]);
  });
});
