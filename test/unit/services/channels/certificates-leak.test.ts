import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { certificateSpecFor } from '../../../../core/certificates/spec';
import type { GenerationProgress } from '../../../../core/certificates/metadata';
import { certChannels } from '../../../../core/ipc/cert-channels';
import { createCertChannels } from '../../../../electron/services/channels/certificates';
import { buildPfx } from '../../../../electron/services/pki/pfx-build';
import { createAesGcmProtector } from '../../../../electron/services/vault/protector';
import { KeyVault } from '../../../../electron/services/vault/vault';
import { fixtureSite } from '../../../helpers/fixture-site';

const PW = 'Leak-Test-Password-#1';
const dir = mkdtempSync(join(tmpdir(), 'channels-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const SECRET_MARKERS = [PW, 'PRIVATE KEY', '-----BEGIN', 'MII'];
const site = fixtureSite('2016-2019-se-multi', { siteCa: true });

function channels(progress: GenerationProgress[]) {
  const vault = new KeyVault({ protector: createAesGcmProtector(randomBytes(32)), dir });
  const h = createCertChannels(
    { vault, now: () => new Date(), randomBytes: (n) => randomBytes(n) },
    (p) => progress.push(p),
  );
  return { h, vault };
}

const generateArgs = (over: Record<string, unknown> = {}) =>
  certChannels['cert:generate'].args.parse({
    site,
    hubIds: site.hubs.map((h) => h.id),
    password: PW,
    passwordRepeat: PW,
    ...over,
  });

describe('certificate channels', () => {
  it('the channel schema refuses non-ASCII, short and mismatched passwords with the field named', () => {
    const args = (password: string, passwordRepeat = password) => ({
      site,
      hubIds: ['hub-1'],
      password,
      passwordRepeat,
    });
    const s = certChannels['cert:generate'].args;
    expect(s.safeParse(args(PW)).success).toBe(true);
    expect(s.safeParse(args('pässwörd-Ω-long')).error?.issues[0]?.path).toEqual(['password']);
    expect(s.safeParse(args('short')).success).toBe(false);
    expect(s.safeParse(args(PW, `${PW}x`)).error?.issues[0]?.path).toEqual(['passwordRepeat']);
  });

  it("a page cannot ask for other names than the hub's: request fields are refused, main derives them from the site", async () => {
    const s = certChannels['cert:generate'].args;
    const forged = {
      site,
      hubIds: ['hub-1'],
      hubs: [{ hubId: 'hub-1', fqdn: 'login.bank.example', sans: ['*.bank.example'] }],
      password: PW,
      passwordRepeat: PW,
    };
    expect(s.safeParse(forged).success).toBe(false);
    const { h, vault } = channels([]);
    const gen = await h['cert:generate'](generateArgs({ hubIds: ['hub-1'] }));
    const made = gen.hubs[0]!;
    if (!made.ok) throw new Error(made.error.message);
    const spec = certificateSpecFor(site, site.hubs[0]!);
    expect(made.cert.metadata.subject).toBe(`CN=${spec.commonName}`);
    expect(made.cert.metadata.sans).toEqual(spec.dnsNames);
    expect(made.cert.profile).toBe(spec.pfxProfile);
    expect(made.cert.friendlyName).toBe(spec.friendlyName);
    expect(made.cert.metadata.keyBits).toBe(spec.keySize);
    expect(made.cert.metadata.extKeyUsage).toEqual(spec.extendedKeyUsage);
    expect(made.cert.metadata.isCa).toBe(spec.basicConstraintsCa);
    const ku = vault.get('hub-1')!.chain[0]!.getExtension('keyUsage') as Record<string, boolean>;
    for (const k of spec.keyUsage) expect(ku[k], k).toBe(true);
    expect(ku['keyCertSign']).toBe(spec.keyUsage.includes('keyCertSign'));
  });

  it('an id the site does not have is refused, naming it, and nothing is made', async () => {
    const { h, vault } = channels([]);
    await expect(h['cert:generate'](generateArgs({ hubIds: ['hub-9'] }))).rejects.toMatchObject({
      appError: { code: 'unknown-hub', field: 'hubIds', message: expect.stringContaining('hub-9') },
    });
    expect(vault.list()).toEqual([]);
  });

  it('no private key or password reaches results, progress events, logs, the vault listing or the vault file', async () => {
    const progress: GenerationProgress[] = [];
    const logs: string[] = [];
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) =>
      vi
        .spyOn(console, m)
        .mockImplementation((...a: unknown[]) => void logs.push(a.map(String).join(' '))),
    );
    const { h } = channels(progress);
    const gen = await h['cert:generate'](generateArgs());
    const list = await h['cert:list']({});
    spies.forEach((s) => s.mockRestore());
    expect(gen.hubs.map((x) => x.ok)).toEqual([true, true]);
    expect(gen.siteCa?.isCa).toBe(true);
    expect(gen.persisted).toBe(true);
    expect(list.hubs.map((x) => x.profile).sort()).toEqual(['windows-legacy', 'windows-modern']);
    // Each hub reports its stages, and the last report says both are done.
    expect(
      progress
        .filter((p) => p.stage === 'done')
        .map((p) => p.hubId)
        .sort(),
    ).toEqual(['hub-1', 'hub-2']);
    expect(progress.at(-1)).toMatchObject({ done: 2, total: 2 });
    const outward = JSON.stringify({ gen, list, progress, logs });
    const vaultFile = readFileSync(join(dir, 'key-vault.bin')).toString('latin1');
    for (const marker of SECRET_MARKERS) {
      expect(outward).not.toContain(marker);
      expect(vaultFile).not.toContain(marker);
    }
    expect(outward).toMatch(/"thumbprint":"[0-9A-F]{40}"/);
  });

  it('inspect-bytes decodes drag-and-drop content and returns metadata only', async () => {
    const { h, vault } = channels([]);
    await h['cert:generate'](generateArgs({ hubIds: ['hub-2'] }));
    const entry = vault.get('hub-2')!;
    const pfx = buildPfx(entry.key, entry.chain, PW, {
      profile: 'windows-legacy',
      friendlyName: 'x',
    });
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
