import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import forge from 'node-forge';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeDurableFs } from '../../../../electron/services/files/durable-fs';
import { createCertChannels } from '../../../../electron/services/channels/certificates';
import {
  generateHub,
  generateSiteCa,
  type GeneratedHub,
} from '../../../../electron/services/pki/generate';
import {
  createAesGcmProtector,
  unavailableProtector,
  type Protector,
} from '../../../../electron/services/vault/protector';
import { KeyVault } from '../../../../electron/services/vault/vault';

const fx = { now: () => new Date(), randomBytes: (n: number) => randomBytes(n) };
const PW = 'Vault-Test-Password-7';
const dir = mkdtempSync(join(tmpdir(), 'vault-'));
let hub: GeneratedHub;

beforeAll(async () => {
  hub = await generateHub(
    {
      fqdn: 'hub01.contoso.local',
      sans: [],
      bits: 2048,
      days: 730,
      profile: 'windows-legacy',
      friendlyName: 'hub01',
      legacyKeyAllowed: false,
    },
    PW,
    fx,
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('AES-256-GCM protector', () => {
  it('round-trips and detects tampering and the wrong key', async () => {
    const p = createAesGcmProtector(randomBytes(32));
    const sealed = await p.encrypt(Buffer.from('secret'));
    expect((await p.decrypt(sealed)).toString()).toBe('secret');
    sealed[sealed.length - 1]! ^= 1;
    await expect(p.decrypt(sealed)).rejects.toThrow();
    await expect(
      createAesGcmProtector(randomBytes(32)).decrypt(await p.encrypt(Buffer.from('x'))),
    ).rejects.toThrow();
    expect(() => createAesGcmProtector(Buffer.alloc(16))).toThrow(/32-byte/);
  });
});

describe('KeyVault', () => {
  it('lists metadata only', () => {
    const v = new KeyVault({ protector: unavailableProtector, dir });
    v.put('h1', hub, PW);
    const json = JSON.stringify(v.list());
    expect(json).toContain(hub.metadata.thumbprint);
    expect(json).not.toContain(PW);
    expect(json).not.toMatch(/PRIVATE KEY|BEGIN/);
  });

  it('persists only encrypted (mode 0600) and reloads the same key, chain, password and site CA', async () => {
    const protector = createAesGcmProtector(randomBytes(32));
    const v = new KeyVault({ protector, dir });
    v.put('h1', hub, PW);
    v.setCa(
      await generateSiteCa(
        {
          commonName: 'Site CA',
          validityDays: 365,
          keySize: 2048,
          permittedDns: ['contoso.local'],
          extendedKeyUsage: ['serverAuth', 'clientAuth'],
          nameConstraintsCritical: false,
        },
        fx,
      ),
    );
    const saved = await v.save();
    expect(saved.ok && saved.value.persisted).toBe(true);
    const raw = readFileSync(join(dir, 'key-vault.bin'));
    expect(raw.toString('latin1')).not.toContain(PW);
    expect(raw.toString('latin1')).not.toMatch(/PRIVATE KEY|hub01\.contoso/);
    expect(statSync(join(dir, 'key-vault.bin')).mode & 0o777).toBe(0o600);
    const again = new KeyVault({ protector, dir });
    const loaded = await again.load();
    expect(loaded.ok && loaded.value.hubs).toBe(1);
    const e = again.get('h1')!;
    expect(e.password).toBe(PW);
    expect(e.key.privateKeyPem).toBe(hub.key.privateKeyPem);
    expect(e.metadata.thumbprint).toBe(hub.metadata.thumbprint);
    expect(again.getCa()?.metadata.isCa).toBe(true);
    // The constraints are read back from the certificate itself, so stale and export see them.
    expect(again.getCa()?.metadata.permittedDns).toEqual(['contoso.local']);
  });

  it('reads a vault written before one profile vocabulary (legacy/modern) as the profile ids', async () => {
    const protector = createAesGcmProtector(randomBytes(32));
    const d = mkdtempSync(join(tmpdir(), 'vault-old-'));
    const der = forge.asn1.toDer(forge.pki.certificateToAsn1(hub.cert)).getBytes();
    const old = {
      version: 1,
      hubs: [
        {
          hubId: 'h1',
          request: { ...hub.request, profile: 'legacy' },
          keyPem: hub.key.privateKeyPem,
          chainDer: [Buffer.from(der, 'binary').toString('base64')],
          password: PW,
        },
      ],
      ca: null,
    };
    writeFileSync(
      join(d, 'key-vault.bin'),
      await protector.encrypt(Buffer.from(JSON.stringify(old), 'utf8')),
    );
    const v = new KeyVault({ protector, dir: d });
    expect((await v.load()).ok).toBe(true);
    expect(v.list()).toEqual([
      {
        hubId: 'h1',
        profile: 'windows-legacy',
        friendlyName: 'hub01',
        metadata: hub.metadata,
        signedBy: null,
      },
    ]);
    rmSync(d, { recursive: true });
  });

  it('another key cannot read it, says what to do, and keeps the file from being overwritten', async () => {
    const before = readdirSync(dir);
    const sealed = readFileSync(join(dir, 'key-vault.bin'));
    const v = new KeyVault({ protector: createAesGcmProtector(randomBytes(32)), dir });
    const r = await v.load();
    expect(!r.ok && r.error.code).toBe('vault-unreadable');
    const aside = readdirSync(dir).find((f) => f.startsWith('key-vault.bin.unreadable-'));
    expect(aside, `kept aside next to ${before.join(', ')}`).toBeDefined();
    expect(!r.ok && r.error.message).toContain(aside);
    v.put('h1', hub, PW);
    expect((await v.save()).ok).toBe(true);
    expect(readFileSync(join(dir, aside!)).equals(sealed)).toBe(true);
  });

  it('with no OS encryption (or only a weak one) nothing is written and the user is told', async () => {
    const d = mkdtempSync(join(tmpdir(), 'vault-none-'));
    const weak: Protector = { ...createAesGcmProtector(randomBytes(32)), kind: 'weak' };
    for (const protector of [unavailableProtector, weak]) {
      const v = new KeyVault({ protector, dir: d });
      v.put('h1', hub, PW);
      const r = await v.save();
      expect(r.ok && r.value.persisted).toBe(false);
      expect(r.ok && r.value.note).toMatch(/this session only/);
    }
    expect(readdirSync(d)).toEqual([]);
    rmSync(d, { recursive: true });
  });
});

describe('KeyVault after a failed load never replaces the stored file', () => {
  async function storedVault(protector: Protector) {
    const d = mkdtempSync(join(tmpdir(), 'vault-fail-'));
    const v = new KeyVault({ protector, dir: d });
    v.put('old-hub', hub, PW);
    const saved = await v.save();
    expect(saved.ok && saved.value.persisted).toBe(true);
    return { d, bytes: readFileSync(join(d, 'key-vault.bin')) };
  }

  it('EBUSY on read (antivirus lock): starts empty, save keeps keys in memory only, file untouched, note says why', async () => {
    const protector = createAesGcmProtector(randomBytes(32));
    const { d, bytes } = await storedVault(protector);
    let busy = true;
    const fs = {
      ...nodeDurableFs,
      readFile: async (p: string) => {
        if (busy) throw Object.assign(new Error('busy'), { code: 'EBUSY' });
        return nodeDurableFs.readFile(p);
      },
    };
    const v = new KeyVault({ protector, dir: d, fs });
    const r = await v.load();
    expect(!r.ok && r.error.code).toBe('vault-unreadable');
    expect(v.loadNote).toMatch(/could not be read \(EBUSY\).*antivirus/);
    expect(v.list()).toEqual([]);
    busy = false;
    v.put('new-hub', hub, PW);
    const saved = await v.save();
    expect(saved.ok && saved.value.persisted).toBe(false);
    expect(saved.ok && saved.value.note).toMatch(/this session only.*export the bundle/);
    expect(readFileSync(join(d, 'key-vault.bin')).equals(bytes)).toBe(true);
    expect(readdirSync(d)).toEqual(['key-vault.bin']);
    // After a restart the old keys are all still there.
    const again = new KeyVault({ protector, dir: d });
    expect((await again.load()).ok).toBe(true);
    expect(again.list().map((l) => l.hubId)).toEqual(['old-hub']);
    expect(again.loadNote).toBeNull();
    rmSync(d, { recursive: true });
  });

  it('corrupt JSON after decryption (and the file cannot be moved aside): nothing is overwritten', async () => {
    const protector = createAesGcmProtector(randomBytes(32));
    const d = mkdtempSync(join(tmpdir(), 'vault-corrupt-'));
    const blob = await protector.encrypt(Buffer.from('{"version":1,"hubs":[{"hubId"'));
    writeFileSync(join(d, 'key-vault.bin'), blob);
    const fs = {
      ...nodeDurableFs,
      rename: async () => {
        throw Object.assign(new Error('locked'), { code: 'EPERM' });
      },
    };
    const v = new KeyVault({ protector, dir: d, fs });
    const r = await v.load();
    expect(!r.ok && r.error.code).toBe('vault-unreadable');
    expect(v.loadNote).toMatch(/left in place/);
    v.put('new-hub', hub, PW);
    const saved = await v.save();
    expect(saved.ok && saved.value.persisted).toBe(false);
    expect(readFileSync(join(d, 'key-vault.bin')).equals(blob)).toBe(true);
    rmSync(d, { recursive: true });
  });

  it('decrypted content of the wrong shape (bad key PEM) leaves no half-loaded vault', async () => {
    const protector = createAesGcmProtector(randomBytes(32));
    const d = mkdtempSync(join(tmpdir(), 'vault-shape-'));
    const sealed = {
      version: 1,
      hubs: [
        {
          hubId: 'h1',
          request: hub.request,
          keyPem: 'nope',
          chainDer: [] as string[],
          password: PW,
        },
      ],
      ca: null,
    };
    sealed.hubs[0]!.chainDer = [
      Buffer.from(
        forge.asn1.toDer(forge.pki.certificateToAsn1(hub.cert)).getBytes(),
        'binary',
      ).toString('base64'),
    ];
    writeFileSync(
      join(d, 'key-vault.bin'),
      await protector.encrypt(Buffer.from(JSON.stringify(sealed))),
    );
    const v = new KeyVault({ protector, dir: d });
    expect((await v.load()).ok).toBe(false);
    expect(v.list()).toEqual([]);
    expect(v.loadNote).toMatch(/kept as key-vault\.bin\.unreadable-/);
    rmSync(d, { recursive: true });
  });

  it('cert:list reports the load problem as vaultNote (null when the load went well)', async () => {
    const protector = createAesGcmProtector(randomBytes(32));
    const { d } = await storedVault(protector);
    const fs = {
      ...nodeDurableFs,
      readFile: async () => {
        throw Object.assign(new Error('busy'), { code: 'EBUSY' });
      },
    };
    const broken = new KeyVault({ protector, dir: d, fs });
    await broken.load();
    const h = createCertChannels({ vault: broken, ...fx }, () => {});
    expect((await h['cert:list']({})).vaultNote).toMatch(/EBUSY/);
    const fine = new KeyVault({ protector, dir: d });
    await fine.load();
    expect(
      (await createCertChannels({ vault: fine, ...fx }, () => {})['cert:list']({})).vaultNote,
    ).toBeNull();
    rmSync(d, { recursive: true });
  });
});

describe('protectorFromStringCipher (safeStorage adapter)', () => {
  it('round-trips bytes through a string cipher and keeps the detected kind', async () => {
    const { protectorFromStringCipher } =
      await import('../../../../electron/services/vault/protector');
    const fake = {
      encryptString: (s: string) => Buffer.from([...s].reverse().join(''), 'utf8'),
      decryptString: (b: Buffer) => [...b.toString('utf8')].reverse().join(''),
    };
    const p = protectorFromStringCipher(fake, 'weak');
    expect(p.kind).toBe('weak');
    const bytes = randomBytes(300);
    expect((await p.decrypt(await p.encrypt(bytes))).equals(bytes)).toBe(true);
    expect(protectorFromStringCipher(fake, 'unavailable').kind).toBe('unavailable');
  });
});
