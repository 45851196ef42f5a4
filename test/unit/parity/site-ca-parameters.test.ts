import { spawnSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../cli/main';
import { siteCaPermittedDns, siteCaPolicy } from '../../../core/certificates/site-ca';
import forge from 'node-forge';
import { certificateMetadata } from '../../../electron/services/pki/metadata';
import type { CertMetadata } from '../../../core/certificates/metadata';
import { contract } from '../../../core/ipc/contract';
import { planFor } from '../../../core/plan';
import { siteSchema, type Site } from '../../../core/site';
import { createHandlers } from '../../../electron/services/channels';
import { fixtureSite } from '../../helpers/fixture-site';
import { testHandlerDeps } from '../../helpers/handler-deps';

/**
 * The site CA is made in three places: the app (cert:generate), the printed openssl listing and
 * the CLI bundle. Each must make the root core's `siteCaPolicy` describes: same name, validity
 * and key size. The site asks for 3072-bit hub keys valid 730 days, where the three used to
 * differ (1825 days / validity + 365 days; 3072 / 3072 / a fixed 2048 bits).
 */
const PW = 'Site-Ca-Parity-Password-4';
const dir = mkdtempSync(join(tmpdir(), 'site-ca-parity-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const DAY = 86_400_000;

const base = fixtureSite('2016-2019-se-multi', { siteCa: true });
const site: Site = siteSchema.parse({
  ...base,
  certificate: { ...base.certificate, keySize: 3072, validityDays: 730 },
});
const policy = siteCaPolicy(site);

interface Made {
  readonly subject: string;
  readonly bits: number;
  readonly days: number;
  readonly permittedDns: readonly string[] | undefined;
  readonly eku: readonly string[];
}

/** Subject, key size, whole days of validity (the app back-dates by five minutes), constraints. */
function fromMetadata(m: CertMetadata): Made {
  const span = Date.parse(m.notAfter) - Date.parse(m.notBefore);
  return {
    subject: m.subject,
    bits: m.keyBits,
    days: Math.round(span / DAY),
    permittedDns: m.permittedDns,
    eku: m.extKeyUsage,
  };
}

/** What core's policy says the root must be. */
const wanted: Made = {
  subject: `CN=${policy.commonName}`,
  bits: policy.keySize,
  days: policy.validityDays,
  permittedDns: policy.permittedDns,
  eku: policy.extendedKeyUsage,
};

describe('site CA parameters: app, openssl listing and CLI make the same root', () => {
  it('the policy: the site name, a year longer than the hubs but at least five years, at least 2048 bits', () => {
    expect(policy).toEqual({
      commonName: 'Secure SMTP CA Amsterdam and Fabrikam partner link',
      validityDays: 1825,
      keySize: 3072,
      permittedDns: siteCaPermittedDns(site),
      extendedKeyUsage: ['serverAuth', 'clientAuth'],
      nameConstraintsCritical: false,
    });
    expect(policy.permittedDns.length).toBeGreaterThan(1);
    const long = siteSchema.parse({
      ...site,
      certificate: { ...site.certificate, validityDays: 3000 },
    });
    expect(siteCaPolicy(long).validityDays).toBe(3365);
    const small = siteSchema.parse({
      ...site,
      certificate: { ...site.certificate, keySize: 1024, legacyKeyAllowed: true },
    });
    expect(siteCaPolicy(small).keySize).toBe(2048);
  });

  it('the app (cert:generate)', async () => {
    const h = createHandlers(testHandlerDeps(dir));
    const gen = await h['cert:generate'](
      contract['cert:generate'].args.parse({
        site,
        hubIds: ['hub-1'],
        password: PW,
        passwordRepeat: PW,
      }),
    );
    expect(fromMetadata(gen.siteCa!)).toEqual(wanted);
  });

  it('the openssl listing, run with OpenSSL 3', () => {
    const step = planFor(site).hubs[0]!.steps.find((s) => s.stepId === 'certificate-generate')!;
    const command = step.commands.find((c) => c.label.startsWith('Site CA'))?.command;
    expect(command, 'the listing makes the site CA').toBeDefined();
    const work = mkdtempSync(join(dir, 'openssl-'));
    const r = spawnSync('sh', ['-c', command!], { cwd: work, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const pem = readFileSync(join(work, 'site-ca.crt'), 'utf8');
    const cert = new X509Certificate(pem);
    const span = Date.parse(cert.validTo) - Date.parse(cert.validFrom);
    const m = certificateMetadata(forge.pki.certificateFromPem(pem));
    expect({
      subject: cert.subject.replace(/\n/gu, ', '),
      bits: cert.publicKey.asymmetricKeyDetails?.modulusLength,
      days: Math.round(span / DAY),
      permittedDns: m.permittedDns,
      eku: m.extKeyUsage,
    }).toEqual(wanted);
  });

  it('the CLI (smtp-runbook bundle --site-ca --ca-dir)', async () => {
    const file = join(dir, 'site.json');
    writeFileSync(
      file,
      JSON.stringify({ ...site, certificate: { ...site.certificate, siteCa: false } }),
    );
    writeFileSync(join(dir, 'pw.txt'), `${PW}\n`);
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(
      [
        'bundle',
        '--site',
        file,
        '--password-file',
        join(dir, 'pw.txt'),
        '--out',
        join(dir, 'stick'),
        '--site-ca',
        '--ca-dir',
        join(dir, 'ca'),
        '--json',
      ],
      { out: (l) => out.push(l), err: (l) => err.push(l), now: () => new Date() },
    );
    expect(code, err.join('\n')).toBe(0);
    const res = JSON.parse(out[0]!) as { siteCa: CertMetadata };
    expect(fromMetadata(res.siteCa)).toEqual(wanted);
  });
});
