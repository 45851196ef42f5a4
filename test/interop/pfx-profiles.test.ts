import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateHub, type GeneratedHub } from '../../electron/services/pki/generate';
import { SCHANNEL_CSP } from '../../electron/services/pki/pfx-build';
import type { PfxProfile } from '../../core/certificates/profile';
import type { CertRequest } from '../../core/certificates/request';
import type { KeySize } from '../../core/site';
import { fx, PW, requireTool, run, scratch, writeHub } from './tools';

interface Case {
  readonly name: string;
  readonly profile: PfxProfile;
  readonly bits: KeySize;
}
const CASES: Case[] = [
  { name: 'legacy-2048', profile: 'windows-legacy', bits: 2048 },
  { name: 'modern-2048', profile: 'windows-modern', bits: 2048 },
  { name: 'modern-3072', profile: 'windows-modern', bits: 3072 },
  { name: 'legacy-4096', profile: 'windows-legacy', bits: 4096 },
];
const FQDN = 'hub01.contoso.local';
const DAYS = 730;

function request(c: Case): CertRequest {
  return {
    fqdn: FQDN,
    sans: ['contoso.local', 'mail.contoso.local'],
    bits: c.bits,
    days: DAYS,
    profile: c.profile,
    friendlyName: `Riverbed SMTP ${c.name}`,
    legacyKeyAllowed: false,
  };
}

const { dir, cleanup } = scratch();
const hubs = new Map<string, { hub: GeneratedHub; paths: ReturnType<typeof writeHub> }>();

beforeAll(async () => {
  requireTool('openssl');
  requireTool('keytool');
  requireTool('certtool');
  const made = await Promise.all(CASES.map((c) => generateHub(request(c), PW, fx)));
  made.forEach((hub, i) => {
    const c = CASES[i]!;
    hubs.set(c.name, { hub, paths: writeHub(dir, c.name, hub) });
  });
});
afterAll(cleanup);

const sha256 = (s: string | Buffer) => createHash('sha256').update(s).digest('hex');

describe.each(CASES)('PFX profile $name', (c) => {
  const get = () => hubs.get(c.name)!;

  it('I1: openssl pkcs12 -info reads it without -legacy and shows the profile algorithms', () => {
    const r = run('openssl', [
      'pkcs12',
      '-in',
      get().paths.pfx,
      '-passin',
      'env:PFXPW',
      '-info',
      '-noout',
    ]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/:error:/);
    const out = r.stdout + r.stderr;
    expect(out).toMatch(/MAC: sha1, Iteration 2048/);
    if (c.profile === 'windows-legacy') {
      expect(out).toMatch(/Shrouded Keybag: pbeWithSHA1And3-KeyTripleDES-CBC, Iteration 2048/);
    } else {
      expect(out).toMatch(
        /Shrouded Keybag: PBES2, PBKDF2, AES-256-CBC, Iteration 2048, PRF hmacWithSHA256/,
      );
    }
  });

  it('I1 (legacy provider): openssl pkcs12 -legacy reads it too', () => {
    const r = run('openssl', [
      'pkcs12',
      '-legacy',
      '-in',
      get().paths.pfx,
      '-passin',
      'env:PFXPW',
      '-info',
      '-noout',
    ]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(/:error:/);
  });

  it('bag attributes: friendly name and localKeyId everywhere, the SChannel CSP name only in legacy', () => {
    const r = run('openssl', [
      'pkcs12',
      '-in',
      get().paths.pfx,
      '-passin',
      'env:PFXPW',
      '-nocerts',
      '-noenc',
    ]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(`friendlyName: Riverbed SMTP ${c.name}`);
    expect(r.stdout).toMatch(/localKeyID: ([0-9A-F]{2} ){20}/);
    if (c.profile === 'windows-legacy')
      expect(r.stdout).toContain(`Microsoft CSP Name: ${SCHANNEL_CSP}`);
    else expect(r.stdout).not.toContain('Microsoft CSP Name');
  });

  it('I2 + I3: the key inside the PFX is valid and matches the certificate', () => {
    const p = get().paths;
    const key = run('openssl', [
      'pkcs12',
      '-in',
      p.pfx,
      '-passin',
      'env:PFXPW',
      '-nocerts',
      '-noenc',
    ]);
    const check = run('openssl', ['pkey', '-check', '-noout'], { stdin: key.stdout });
    expect(check.stdout + check.stderr).toMatch(/Key is valid/);
    const keyPub = run('openssl', ['pkey', '-pubout', '-outform', 'PEM'], { stdin: key.stdout });
    const certPub = run('openssl', ['x509', '-in', p.pem, '-pubkey', '-noout']);
    expect(keyPub.stdout.length).toBeGreaterThan(100);
    expect(sha256(keyPub.stdout)).toBe(sha256(certPub.stdout));
  });

  it('I4: openssl verify accepts the self-signed cert for server and client use and the right host only', () => {
    const pem = get().paths.pem;
    for (const purpose of ['sslserver', 'sslclient']) {
      const r = run('openssl', [
        'verify',
        '-x509_strict',
        '-purpose',
        purpose,
        '-verify_hostname',
        FQDN,
        '-CAfile',
        pem,
        pem,
      ]);
      expect(r.status, r.stdout + r.stderr).toBe(0);
    }
    const wrong = run('openssl', [
      'verify',
      '-x509_strict',
      '-verify_hostname',
      'other.contoso.local',
      '-CAfile',
      pem,
      pem,
    ]);
    expect(wrong.status).not.toBe(0);
  });

  it('I5 + I6: openssl x509 shows the profile: positive serial, SANs, EKU, KU, CA:TRUE, explicit validity', () => {
    const p = get().paths;
    expect(run('openssl', ['x509', '-in', p.pem, '-checkend', '0']).status).toBe(0);
    expect(
      run('openssl', ['x509', '-in', p.pem, '-checkend', String((DAYS + 1) * 86400)]).status,
    ).toBe(1);
    const r = run('openssl', [
      'x509',
      '-inform',
      'DER',
      '-in',
      p.der,
      '-noout',
      '-serial',
      '-subject',
      '-text',
    ]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^serial=[0-9A-F]+$/m);
    expect(r.stdout).toContain(`Public-Key: (${c.bits} bit)`);
    expect(r.stdout).toContain('Signature Algorithm: sha256WithRSAEncryption');
    expect(r.stdout).toContain(`subject=CN = ${FQDN}`);
    expect(r.stdout).toContain(`DNS:${FQDN}, DNS:contoso.local, DNS:mail.contoso.local`);
    expect(r.stdout).toContain('TLS Web Server Authentication, TLS Web Client Authentication');
    expect(r.stdout).toContain('Digital Signature, Key Encipherment, Certificate Sign');
    expect(r.stdout).toMatch(/Basic Constraints: critical\s+CA:TRUE/);
  });

  it("the SHA-1 thumbprint we report equals openssl's fingerprint (Exchange form)", () => {
    const r = run('openssl', ['x509', '-in', get().paths.pem, '-noout', '-fingerprint', '-sha1']);
    const fp = r.stdout.trim().split('=')[1]!.replace(/:/g, '');
    expect(get().hub.metadata.thumbprint).toBe(fp);
    expect(get().hub.metadata.thumbprint).toMatch(/^[0-9A-F]{40}$/);
  });

  it('I7: keytool lists one PrivateKeyEntry named by the friendly name', () => {
    const r = run('keytool', [
      '-list',
      '-v',
      '-storetype',
      'PKCS12',
      '-keystore',
      get().paths.pfx,
      '-storepass:env',
      'PFXPW',
    ]);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('Entry type: PrivateKeyEntry');
    expect(r.stdout.toLowerCase()).toContain(`alias name: riverbed smtp ${c.name}`);
    expect(r.stdout).toContain('Certificate chain length: 1');
  });

  it('I10: GnuTLS certtool --p12-info reads it (password on stdin) and verifies the cert as its own anchor', () => {
    const p = get().paths;
    const info = run('certtool', ['--p12-info', '--inder', '--infile', p.pfx], {
      stdin: `${PW}\n`,
    });
    expect(info.status, info.stderr).toBe(0);
    expect(info.stdout).toContain(
      c.profile === 'windows-legacy' ? 'PKCS12-3DES-SHA1' : 'PBES2-AES256-CBC',
    );
    expect(info.stdout).toContain(`Friendly name: Riverbed SMTP ${c.name}`);
    const v = run('certtool', [
      '--verify',
      '--load-ca-certificate',
      p.pem,
      '--infile',
      p.pem,
      '--verify-hostname',
      FQDN,
    ]);
    expect(v.status, v.stdout + v.stderr).toBe(0);
  });

  it('I11: the wrong password is refused by openssl, keytool and certtool', () => {
    const p = get().paths;
    const bad = 'Not-The-Password-99';
    expect(
      run('openssl', ['pkcs12', '-in', p.pfx, '-passin', 'env:PFXPW', '-info', '-noout'], {
        password: bad,
      }).status,
    ).not.toBe(0);
    expect(
      run(
        'keytool',
        ['-list', '-storetype', 'PKCS12', '-keystore', p.pfx, '-storepass:env', 'PFXPW'],
        { password: bad },
      ).status,
    ).not.toBe(0);
    expect(
      run('certtool', ['--p12-info', '--inder', '--infile', p.pfx], { stdin: `${bad}\n` }).status,
    ).not.toBe(0);
  });
});
