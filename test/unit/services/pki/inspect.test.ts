import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import forge from 'node-forge';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certificateDer } from '../../../../electron/services/pki/certificate';
import { generateHub, type GeneratedHub } from '../../../../electron/services/pki/generate';
import { inspectBytes, type InspectReport } from '../../../../electron/services/pki/inspect';
import type { PfxProfile } from '../../../../core/certificates/profile';
import type { CertRequest } from '../../../../core/certificates/request';

const now = new Date();
const fx = { now: () => now, randomBytes: (n: number) => randomBytes(n) };
const PW = 'Inspect-Test-Pw-42';
const req = (profile: PfxProfile): CertRequest => ({
  fqdn: 'hub01.contoso.local',
  sans: ['contoso.local'],
  bits: 2048,
  days: 730,
  profile,
  friendlyName: 'hub01',
  legacyKeyAllowed: false,
});
const dir = mkdtempSync(join(tmpdir(), 'inspect-'));
let legacy: GeneratedHub;
let modern: GeneratedHub;

function ossl(args: string[]): void {
  const r = spawnSync('openssl', args, {
    cwd: dir,
    env: { ...process.env, PFXPW: PW },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`openssl ${args.join(' ')}: ${r.stderr}`);
}
function report(
  bytes: Buffer,
  name: string,
  password?: string,
  target: PfxProfile | null = null,
): InspectReport {
  const r = inspectBytes(bytes, name, { password, target, now });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
const codes = (r: InspectReport) => r.lint.map((l) => l.code);

beforeAll(async () => {
  [legacy, modern] = await Promise.all([
    generateHub(req('windows-legacy'), PW, fx),
    generateHub(req('windows-modern'), PW, fx),
  ]);
  writeFileSync(join(dir, 'k.pem'), legacy.key.privateKeyPem);
  writeFileSync(join(dir, 'c.pem'), forge.pki.certificateToPem(legacy.cert));
  ossl([
    'pkcs12',
    '-export',
    '-inkey',
    'k.pem',
    '-in',
    'c.pem',
    '-passout',
    'env:PFXPW',
    '-out',
    'ossl-default.pfx',
  ]);
  ossl([
    'pkcs12',
    '-export',
    '-legacy',
    '-inkey',
    'k.pem',
    '-in',
    'c.pem',
    '-passout',
    'env:PFXPW',
    '-out',
    'ossl-legacy.pfx',
  ]);
  ossl([
    'req',
    '-x509',
    '-newkey',
    'rsa:1024',
    '-noenc',
    '-keyout',
    'seed.key',
    '-out',
    'seed.pem',
    '-subj',
    '/CN=hub01.contoso.local',
  ]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('inspector', () => {
  it('our legacy PFX: password ok, key matches, 3DES + CSP name, clean for an old Windows target', () => {
    const r = report(legacy.pfx, 'hub01.pfx', PW, 'windows-legacy');
    expect(r.kind).toBe('pfx');
    expect(r.passwordOk).toBe(true);
    expect(r.keyMatchesCert).toBe(true);
    expect(r.pfx?.cspName).toBe('Microsoft RSA SChannel Cryptographic Provider');
    expect(r.pfx?.friendlyName).toBe('hub01');
    expect(r.certificates[0]?.thumbprint).toBe(legacy.metadata.thumbprint);
    expect(r.certificates[0]?.expiry).toBe('green');
    expect(r.lint.filter((l) => l.severity !== 'info')).toEqual([]);
  });

  it('without a password it still shows the certificate and the algorithms', () => {
    const r = report(legacy.pfx, 'hub01.pfx');
    expect(r.passwordOk).toBeNull();
    expect(r.certificates).toHaveLength(1);
    expect(r.pfx?.keyBagAlgorithms).toEqual(['pbeWithSHA1And3-KeyTripleDES-CBC']);
  });

  it('flags an AES PFX meant for Windows Server 2016 or older', () => {
    expect(codes(report(modern.pfx, 'm.pfx', PW, 'windows-legacy'))).toContain(
      'aes-for-old-windows',
    );
    expect(codes(report(modern.pfx, 'm.pfx', PW, 'windows-modern'))).not.toContain(
      'aes-for-old-windows',
    );
  });

  it('refuses the wrong password', () => {
    const r = report(legacy.pfx, 'hub01.pfx', 'Wrong-Password-99');
    expect(r.passwordOk).toBe(false);
    expect(codes(r)).toContain('wrong-password');
  });

  it('reads OpenSSL 3 default (AES, SHA-256 MAC) and -legacy (RC2-40) files', () => {
    const def = report(readFileSync(join(dir, 'ossl-default.pfx')), 'd.pfx', PW, 'windows-legacy');
    expect(def.passwordOk).toBe(true);
    expect(def.keyMatchesCert).toBe(true);
    expect(def.pfx?.macAlgorithm).toBe('sha256');
    expect(def.pfx?.certBagAlgorithm).toBe('PBES2/PBKDF2-hmacWithSHA256/AES-256-CBC');
    expect(codes(def)).toContain('aes-for-old-windows');
    const leg = report(readFileSync(join(dir, 'ossl-legacy.pfx')), 'l.pfx', PW, 'windows-legacy');
    expect(leg.pfx?.certBagAlgorithm).toBe('pbeWithSHA1And40BitRC2-CBC');
    expect(codes(leg)).toContain('rc2-40');
  });

  it('lints the seed OpenSSL certificate: 1024-bit, no SAN, 30 days, no EKU', () => {
    const r = report(readFileSync(join(dir, 'seed.pem')), 'seed.pem');
    expect(codes(r)).toEqual(
      expect.arrayContaining(['key-too-small', 'no-san', 'short-validity', 'no-eku']),
    );
    expect(r.certificates[0]?.expiry).not.toBe('green');
  });

  it('PEM with a key that belongs to another certificate: mismatch; unencrypted key warned', () => {
    const pem = forge.pki.certificateToPem(legacy.cert) + modern.key.privateKeyPem;
    const r = report(Buffer.from(pem), 'pair.pem');
    expect(r.keyMatchesCert).toBe(false);
    expect(codes(r)).toEqual(expect.arrayContaining(['key-mismatch', 'unencrypted-key']));
  });

  it('DER .cer files and refusals for garbage, empty and oversized input', () => {
    expect(report(certificateDer(legacy.cert), 'hub01.cer').kind).toBe('der');
    const bad = inspectBytes(Buffer.from('hello world'), 'x.pfx', { now });
    expect(!bad.ok && bad.error.code).toBe('file-unreadable');
    const empty = inspectBytes(Buffer.alloc(0), 'x.pfx', { now });
    expect(!empty.ok && empty.error.code).toBe('file-empty');
    const big = inspectBytes(Buffer.alloc(2 * 1024 * 1024), 'x.pfx', { now });
    expect(!big.ok && big.error.code).toBe('file-too-large');
  });

  it('never returns key material or the password', () => {
    const json = JSON.stringify(report(legacy.pfx, 'hub01.pfx', PW));
    expect(json).not.toContain(PW);
    expect(json).not.toMatch(/PRIVATE KEY|BEGIN/);
  });
});
