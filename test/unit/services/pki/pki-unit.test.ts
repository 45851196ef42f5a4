import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import forge from 'node-forge';
import { describe, expect, it } from 'vitest';
import { AppErrorException } from '../../../../core/errors';
import { generateHub, generateSite } from '../../../../electron/services/pki/generate';
import { checkPfxPassword, passwordStrength } from '../../../../electron/services/pki/password';
import { openPfx, pfxAlgorithms } from '../../../../electron/services/pki/pfx-read';
import { checkRequest } from '../../../../core/certificates/request';
import { randomSerialHex } from '../../../../electron/services/pki/serial';
import type { CertRequest } from '../../../../core/certificates/request';

const fx = {
  now: () => new Date('2026-11-28T12:00:00Z'),
  randomBytes: (n: number) => randomBytes(n),
};
const PW = 'Unit-Test-Password-1';
const req = (over: Partial<CertRequest> = {}): CertRequest => ({
  fqdn: 'hub01.contoso.local',
  sans: ['contoso.local'],
  bits: 2048,
  days: 730,
  profile: 'windows-legacy',
  friendlyName: 'Riverbed SMTP hub01',
  legacyKeyAllowed: false,
  ...over,
});
const hex = (s: string) => Buffer.from(s, 'hex').toString('binary');

describe('serial numbers (P1)', () => {
  it('are positive, non-zero, minimally encoded and at most 16 octets for any random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), (bytes) => {
        let first = true;
        const s = randomSerialHex((n) =>
          first ? ((first = false), Buffer.from(bytes)) : Buffer.alloc(n, 1),
        );
        const b = Buffer.from(s, 'hex');
        expect(b.length).toBeLessThanOrEqual(16);
        expect(b[0]! & 0x80).toBe(0);
        expect(b.length === 1 || b[0] !== 0 || (b[1]! & 0x80) !== 0).toBe(true);
        expect(BigInt(`0x${s}`)).toBeGreaterThan(0n);
      }),
    );
  });
  it('a serial that starts with 0xFF stays positive', () => {
    expect(randomSerialHex(() => Buffer.alloc(16, 0xff))).toBe(`7f${'ff'.repeat(15)}`);
  });
});

describe('PFX passwords (P4)', () => {
  it('accepts printable ASCII 12..128 and refuses everything else with a clear message', () => {
    expect(checkPfxPassword('Correct horse 42!')).toBeNull();
    expect(checkPfxPassword('pässwörd-Ω-long-enough')?.code).toBe('password-not-ascii');
    expect(checkPfxPassword('short')?.code).toBe('password-too-short');
    expect(checkPfxPassword('x'.repeat(129))?.code).toBe('password-too-long');
    expect(checkPfxPassword('tab\there-is-bad')?.code).toBe('password-not-ascii');
  });
  it('rates strength', () => {
    expect(passwordStrength('aaaaaaaaaaaa').label).toBe('weak');
    expect(passwordStrength('Tr0ub4dor&3-Horse-Battery').label).toBe('strong');
  });
  it('generation refuses a non-ASCII password before doing any work', async () => {
    await expect(generateHub(req(), 'pässwörd-Ω-long-enough', fx)).rejects.toBeInstanceOf(
      AppErrorException,
    );
  });
});

describe('requests', () => {
  it('refuses 1024 bits unless the legacy choice is explicit, and warns when it is', async () => {
    expect(checkRequest(req({ bits: 1024 }))?.code).toBe('key-too-small');
    expect(checkRequest(req({ bits: 1024, legacyKeyAllowed: true }))).toBeNull();
    const hub = await generateHub(req({ bits: 1024, legacyKeyAllowed: true }), PW, fx);
    expect(hub.metadata.keyBits).toBe(1024);
    expect(hub.warnings.join(' ')).toMatch(/1024-bit/);
  });
  it('refuses wildcards, bad FQDNs and validity out of range', () => {
    expect(checkRequest(req({ fqdn: '*.contoso.local' }))?.code).toBe('fqdn-invalid');
    expect(checkRequest(req({ fqdn: 'hub01' }))?.code).toBe('fqdn-invalid');
    expect(checkRequest(req({ sans: ['bad name'] }))?.code).toBe('san-invalid');
    expect(checkRequest(req({ days: 0 }))?.code).toBe('days-invalid');
  });
});

describe('generation', () => {
  it('produces the DOMAIN.md §1.11 profile and metadata with Exchange-style thumbprints', async () => {
    const hub = await generateHub(req({ sans: ['contoso.local', 'Contoso.local'] }), PW, fx);
    const m = hub.metadata;
    expect(m.subject).toBe('CN=hub01.contoso.local');
    expect(m.sans).toEqual(['hub01.contoso.local', 'contoso.local']);
    expect(m.thumbprint).toMatch(/^[0-9A-F]{40}$/);
    expect(m.sha256).toMatch(/^[0-9A-F]{64}$/);
    expect(m.extKeyUsage).toEqual(['serverAuth', 'clientAuth']);
    expect(new Date(m.notAfter).getTime() - fx.now().getTime()).toBe(730 * 86_400_000);
    expect(fx.now().getTime() - new Date(m.notBefore).getTime()).toBe(5 * 60_000);
    expect(hub.cert.verify(hub.cert)).toBe(true);
    const a = pfxAlgorithms(hub.pfx);
    expect(a.keyBagAlgorithms).toEqual(['pbeWithSHA1And3-KeyTripleDES-CBC']);
    expect(a.cspName).toBe('Microsoft RSA SChannel Cryptographic Provider');
    expect(a.legacyWindowsReadable).toBe(true);
    const opened = openPfx(hub.pfx, PW);
    expect(opened.friendlyName).toBe('Riverbed SMTP hub01');
    expect(opened.localKeyIdHex).toBe(m.thumbprint);
    expect(() => openPfx(hub.pfx, 'Wrong-Password-123')).toThrow(/MAC/);
  });
  it('a whole site runs in parallel, reports progress and isolates a failing hub', async () => {
    const events: string[] = [];
    const out = await generateSite(
      [
        { hubId: 'a', request: req({ fqdn: 'hub-a.contoso.local', profile: 'windows-modern' }) },
        { hubId: 'b', request: req({ fqdn: 'not a host' }) },
      ],
      PW,
      fx,
      null,
      (p) => events.push(`${p.hubId}:${p.stage}:${p.done}/${p.total}`),
    );
    const a = out.get('a')!;
    expect('metadata' in a && pfxAlgorithms(a.pfx).keyBagAlgorithms[0]).toBe(
      'PBES2/PBKDF2-hmacWithSHA256/AES-256-CBC',
    );
    expect('code' in out.get('b')! && (out.get('b') as { code: string }).code).toBe('fqdn-invalid');
    expect(events).toContain('a:key:0/2');
    expect(events.some((e) => e.startsWith('a:done'))).toBe(true);
    expect(events.some((e) => e.startsWith('b:failed'))).toBe(true);
  });
});

describe('known answers (K1–K3)', () => {
  const p12 = forge.pkcs12 as unknown as {
    generateKey(
      pw: string,
      salt: forge.util.ByteStringBuffer,
      id: number,
      iter: number,
      n: number,
    ): forge.util.ByteStringBuffer;
  };
  it('K1: PKCS#12 KDF matches the Henson vectors', () => {
    const k = (pw: string, salt: string, id: number, iter: number, n: number) =>
      p12
        .generateKey(pw, forge.util.createBuffer(hex(salt)), id, iter, n)
        .toHex()
        .toUpperCase();
    expect(k('smeg', '0A58CF64530D823F', 1, 1, 24)).toBe(
      '8AAAE6297B6CB04642AB5B077851284EB7128F1A2A7FBCA3',
    );
    expect(k('smeg', '0A58CF64530D823F', 2, 1, 8)).toBe('79993DFE048D3B76');
    expect(k('smeg', '3D83C0E4546AC140', 3, 1, 20)).toBe(
      '8D967D88F6CAA9D714800AB3D48051D63F73A312',
    );
    expect(k('queeg', '05DEC959ACFF72F7', 1, 1000, 24)).toBe(
      'ED2034E36328830FF09DF1E1A07DD357185DAC0D4F9EB3D4',
    );
  });
  it('K2: PBKDF2-HMAC-SHA1 matches RFC 6070', () => {
    expect(forge.util.bytesToHex(forge.pkcs5.pbkdf2('password', 'salt', 1, 20))).toBe(
      '0c60c80f961f0e71f3a9b524af6012062fe037a6',
    );
    expect(forge.util.bytesToHex(forge.pkcs5.pbkdf2('password', 'salt', 4096, 20))).toBe(
      '4b007901b765489abead49d926f721d065a429c1',
    );
  });
  it('K3: SHA-256("abc")', () => {
    const md = forge.md.sha256.create();
    md.update('abc');
    expect(md.digest().toHex()).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});
