import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  generateSiteCa,
  generateSite,
  type GeneratedHub,
  type SiteCa,
} from '../../electron/services/pki/generate';
import type { PfxProfile } from '../../core/certificates/profile';
import type { CertRequest } from '../../core/certificates/request';
import { certificateFriendlyName, hostNameOf } from '../../core/certificates/spec';
import { fx, pemOf, PW, requireTool, run, scratch, writeHub } from './tools';

const { dir, cleanup } = scratch();
let ca: SiteCa;
let caPem: string;
const paths: Record<string, ReturnType<typeof writeHub>> = {};
const hubs: Record<string, GeneratedHub> = {};

const req = (fqdn: string, profile: PfxProfile): CertRequest => ({
  fqdn,
  sans: ['contoso.local'],
  bits: 2048,
  days: 365,
  profile,
  friendlyName: certificateFriendlyName({ netbiosName: hostNameOf(fqdn) }),
  legacyKeyAllowed: false,
});

beforeAll(async () => {
  requireTool('openssl');
  requireTool('keytool');
  requireTool('certtool');
  ca = await generateSiteCa(
    {
      commonName: 'Contoso SMTP site CA',
      validityDays: 1825,
      keySize: 2048,
      permittedDns: ['contoso.local'],
      extendedKeyUsage: ['serverAuth', 'clientAuth'],
      nameConstraintsCritical: false,
    },
    fx,
  );
  caPem = join(dir, 'site-ca.crt');
  writeFileSync(caPem, pemOf(ca.cert));
  const events: string[] = [];
  const result = await generateSite(
    [
      { hubId: 'h1', request: req('hub01.contoso.local', 'windows-legacy') },
      { hubId: 'h2', request: req('hub02.contoso.local', 'windows-modern') },
    ],
    PW,
    fx,
    ca,
    (p) => events.push(`${p.hubId}:${p.stage}`),
  );
  for (const [id, hub] of result) {
    if ('code' in hub) throw new Error(hub.message);
    hubs[id] = hub;
    paths[id] = writeHub(dir, id, hub);
  }
  expect(events.filter((e) => e.endsWith(':done'))).toHaveLength(2);
});
afterAll(cleanup);

describe('site CA mode', () => {
  it('the root is CA:TRUE, pathlen 0, keyCertSign + cRLSign; leaves are CA:FALSE without certificate signing', () => {
    const root = run('openssl', ['x509', '-in', caPem, '-noout', '-text']);
    expect(root.stdout).toMatch(/CA:TRUE, pathlen:0/);
    expect(root.stdout).toContain('Certificate Sign, CRL Sign');
    // Exactly CN=<name>: Windows looks the root up by subject, so no O= attribute.
    expect(root.stdout).toMatch(/Subject: CN = Contoso SMTP site CA\n/);
    const leaf = run('openssl', ['x509', '-in', paths.h1!.pem, '-noout', '-text']);
    expect(leaf.stdout).toMatch(/Basic Constraints: critical\s+CA:FALSE/);
    expect(leaf.stdout).toContain('Digital Signature, Key Encipherment\n');
    expect(leaf.stdout).toContain('Issuer: CN = Contoso SMTP site CA');
  });

  it('the root is limited to server and client TLS and to the site domains (no IP addresses)', () => {
    const root = run('openssl', ['x509', '-in', caPem, '-noout', '-text']).stdout;
    expect(root).toMatch(
      /X509v3 Extended Key Usage: \n\s+TLS Web Server Authentication, TLS Web Client Authentication\n/u,
    );
    expect(root).toMatch(
      /X509v3 Name Constraints: \n\s+Permitted:\n\s+DNS:contoso\.local\n\s+Excluded:\n\s+IP:0\.0\.0\.0\/0\.0\.0\.0\n\s+IP:0:0:0:0:0:0:0:0\/0:0:0:0:0:0:0:0\n/u,
    );
    expect(ca.metadata.permittedDns).toEqual(['contoso.local']);
    // keytool reads the extension too (Java's X.509 parser).
    const k = run('keytool', ['-printcert', '-file', caPem]);
    expect(k.status, k.stderr).toBe(0);
    expect(k.stdout).toMatch(/NameConstraints: \[[\s\S]*DNSName: contoso\.local/u);
  });

  it('a certificate the root signs for a name outside its constraints fails verification', async () => {
    const result = await generateSite(
      [{ hubId: 'evil', request: { ...req('mail.fabrikam.com', 'windows-modern'), sans: [] } }],
      PW,
      fx,
      ca,
    );
    const evil = result.get('evil');
    if (!evil || 'code' in evil) throw new Error('no certificate');
    const p = writeHub(dir, 'evil', evil);
    const o = run('openssl', [
      'verify',
      '-x509_strict',
      '-purpose',
      'sslserver',
      '-CAfile',
      caPem,
      p.pem,
    ]);
    expect(o.status).not.toBe(0);
    expect(o.stdout + o.stderr).toMatch(/permitted subtree violation/u);
    const g = run('certtool', ['--verify', '--load-ca-certificate', caPem, '--infile', p.pem]);
    expect(g.status).not.toBe(0);
    expect(g.stdout + g.stderr).toMatch(/constraint/iu);
  });

  it('openssl verify accepts each leaf against the one site root, for server and client use', () => {
    for (const id of ['h1', 'h2']) {
      for (const purpose of ['sslserver', 'sslclient']) {
        const r = run('openssl', [
          'verify',
          '-x509_strict',
          '-purpose',
          purpose,
          '-CAfile',
          caPem,
          paths[id]!.pem,
        ]);
        expect(r.status, r.stdout + r.stderr).toBe(0);
      }
    }
  });

  it('a leaf cannot act as a trust anchor for another leaf', () => {
    const r = run('openssl', ['verify', '-x509_strict', '-CAfile', paths.h1!.pem, paths.h2!.pem]);
    expect(r.status).not.toBe(0);
  });

  it('GnuTLS certtool verifies each leaf against the site root', () => {
    for (const id of ['h1', 'h2']) {
      const r = run('certtool', [
        '--verify',
        '--load-ca-certificate',
        caPem,
        '--infile',
        paths[id]!.pem,
      ]);
      expect(r.status, r.stdout + r.stderr).toBe(0);
    }
  });

  it('each PFX carries the leaf and the root; keytool sees a chain of two', () => {
    for (const id of ['h1', 'h2']) {
      const certs = run('openssl', [
        'pkcs12',
        '-in',
        paths[id]!.pfx,
        '-passin',
        'env:PFXPW',
        '-nokeys',
      ]);
      expect(certs.stdout.match(/BEGIN CERTIFICATE/g)).toHaveLength(2);
      const k = run('keytool', [
        '-list',
        '-v',
        '-storetype',
        'PKCS12',
        '-keystore',
        paths[id]!.pfx,
        '-storepass:env',
        'PFXPW',
      ]);
      expect(k.status, k.stderr).toBe(0);
      expect(k.stdout).toContain('Certificate chain length: 2');
    }
  });

  it('certtool --p12-info reads both profiles of the CA-signed PFX', () => {
    expect(
      run('certtool', ['--p12-info', '--inder', '--infile', paths.h1!.pfx], { stdin: `${PW}\n` })
        .stdout,
    ).toContain('PKCS12-3DES-SHA1');
    expect(
      run('certtool', ['--p12-info', '--inder', '--infile', paths.h2!.pfx], { stdin: `${PW}\n` })
        .stdout,
    ).toContain('PBES2-AES256-CBC');
  });

  it('metadata names the site root as issuer', () => {
    expect(hubs.h1!.metadata.issuer).toBe(ca.metadata.subject);
    expect(hubs.h1!.metadata.isCa).toBe(false);
    expect(ca.metadata.isCa).toBe(true);
  });
});
