import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { certChannels } from '../../../../core/ipc/cert-channels';
import { createCertHandlers } from '../../../../electron/services/pki/handlers';
import { createAesGcmProtector } from '../../../../electron/services/vault/protector';
import { KeyVault } from '../../../../electron/services/vault/vault';

const PW = 'Leak-Test-Password-#1';
const dir = mkdtempSync(join(tmpdir(), 'handlers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const SECRET_MARKERS = [PW, 'PRIVATE KEY', '-----BEGIN', 'MII'];

function handlers(progress: unknown[]) {
  const vault = new KeyVault({ protector: createAesGcmProtector(randomBytes(32)), dir });
  const h = createCertHandlers({
    vault,
    now: () => new Date(),
    randomBytes: (n) => randomBytes(n),
    onProgress: (p) => progress.push(p),
  });
  return { h, vault };
}

describe('certificate handlers', () => {
  it('the channel schema refuses non-ASCII, short and mismatched passwords with the field named', () => {
    const args = (password: string, passwordRepeat = password) => ({
      hubs: [{ hubId: 'h1', fqdn: 'hub01.contoso.local', profile: 'windows-legacy' }],
      password,
      passwordRepeat,
    });
    const s = certChannels['cert:generate'].args;
    expect(s.safeParse(args(PW)).success).toBe(true);
    expect(s.safeParse(args('pässwörd-Ω-long')).error?.issues[0]?.path).toEqual(['password']);
    expect(s.safeParse(args('short')).success).toBe(false);
    expect(s.safeParse(args(PW, `${PW}x`)).error?.issues[0]?.path).toEqual(['passwordRepeat']);
  });

  it('no private key or password reaches results, progress, logs, the vault listing or the vault file', async () => {
    const progress: unknown[] = [];
    const logs: string[] = [];
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) =>
      vi
        .spyOn(console, m)
        .mockImplementation((...a: unknown[]) => void logs.push(a.map(String).join(' '))),
    );
    const { h } = handlers(progress);
    const args = certChannels['cert:generate'].args.parse({
      hubs: [
        {
          hubId: 'h1',
          fqdn: 'hub01.contoso.local',
          sans: ['contoso.local'],
          profile: 'windows-legacy',
        },
        {
          hubId: 'h2',
          fqdn: 'hub02.fabrikam.local',
          sans: ['fabrikam.local'],
          profile: 'windows-modern',
        },
      ],
      siteCa: { commonName: 'Site CA' },
      password: PW,
      passwordRepeat: PW,
    });
    const gen = await h['cert:generate'](args);
    const list = await h['cert:list']({});
    spies.forEach((s) => s.mockRestore());
    expect(gen.hubs.every((x) => x.ok)).toBe(true);
    expect(gen.siteCa?.isCa).toBe(true);
    expect(gen.persisted).toBe(true);
    expect(list.hubs.map((x) => x.profile).sort()).toEqual(['windows-legacy', 'windows-modern']);
    const outward = JSON.stringify({ gen, list, progress, logs });
    const vaultFile = readFileSync(join(dir, 'key-vault.bin')).toString('latin1');
    for (const marker of SECRET_MARKERS) {
      expect(outward).not.toContain(marker);
      expect(vaultFile).not.toContain(marker);
    }
    expect(outward).toMatch(/"thumbprint":"[0-9A-F]{40}"/);
  });

  it('inspect-bytes decodes drag-and-drop content and returns metadata only', async () => {
    const { h, vault } = handlers([]);
    await h['cert:generate'](
      certChannels['cert:generate'].args.parse({
        hubs: [{ hubId: 'h1', fqdn: 'hub01.contoso.local', profile: 'windows-legacy' }],
        password: PW,
        passwordRepeat: PW,
      }),
    );
    const entry = vault.get('h1')!;
    const { buildPfx } = await import('../../../../electron/services/pki/pfx-build');
    const pfx = buildPfx(entry.key, entry.chain, PW, { profile: 'legacy', friendlyName: 'x' });
    const r = await h['cert:inspect-bytes'](
      certChannels['cert:inspect-bytes'].args.parse({
        name: 'x.pfx',
        base64: pfx.toString('base64'),
        password: PW,
        target: 'windows-legacy',
      }),
    );
    expect(r.passwordOk).toBe(true);
    expect(r.keyMatchesCert).toBe(true);
    expect(JSON.stringify(r)).not.toContain(PW);
  });
});
