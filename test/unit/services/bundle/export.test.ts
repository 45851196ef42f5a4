import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  appendFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
  mkdirSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { certificateRequestFor } from '../../../../core/certificates/request';
import { certificateStaleness } from '../../../../core/certificates/stale';
import { pfxProfileLabel } from '../../../../core/certificates/profile';
import { siteCaPolicy } from '../../../../core/certificates/site-ca';
import { AppErrorException } from '../../../../core/errors';
import { installScript } from '../../../../core/plan';
import { asciiComment } from '../../../../core/quote';
import { validateSite } from '../../../../core/site';
import type { Site } from '../../../../core/site';
import { exportBundle, type BundleOptions } from '../../../../electron/services/bundle/export';
import { verifyBundle } from '../../../../electron/services/bundle/verify';
import { buildCertificate } from '../../../../electron/services/pki/certificate';
import { certificateMetadata } from '../../../../electron/services/pki/metadata';
import { generateHub, generateSiteCa } from '../../../../electron/services/pki/generate';
import { unavailableProtector } from '../../../../electron/services/vault/protector';
import { KeyVault, viewOf, type VaultEntry } from '../../../../electron/services/vault/vault';
import { faultFs } from '../files/fault-fs';

const PW = 'Bundle-Test-Password-5';
const fx = {
  now: () => new Date('2026-11-28T12:00:00Z'),
  randomBytes: (n: number) => randomBytes(n),
};
let site: Site;
const vault = new KeyVault({ protector: unavailableProtector, dir: tmpdir() });
let out: string;

beforeAll(async () => {
  const parsed = validateSite(
    JSON.parse(readFileSync('test/fixtures/sites/2016-2019-se-multi.json', 'utf8')),
  );
  if (!parsed.ok) throw new Error(parsed.error.message);
  site = parsed.value;
  await Promise.all(
    site.hubs.map(async (h) => {
      const hub = await generateHub(certificateRequestFor(site, h), PW, fx);
      vault.put(h.id, hub, PW);
    }),
  );
});
beforeEach(() => {
  out = mkdtempSync(join(tmpdir(), 'bundle-'));
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

const opts = (over: Partial<BundleOptions> = {}): BundleOptions => ({
  folder: out,
  hubIds: [],
  overwrite: false,
  includePemKey: false,
  pemKeyUnencrypted: false,
  ...over,
});
const allFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)))
    .sort();
async function errorOf(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppErrorException) return e.appError;
    throw e;
  }
  throw new Error('expected a failure');
}

describe('USB bundle export', () => {
  it('writes the layout, partner certificates, install scripts, READMEs and checksums that sha256sum accepts', async () => {
    const r = await exportBundle(site, vault, opts({ includePemKey: true }), { now: fx.now });
    const [a, b] = site.hubs;
    expect(allFiles(out)).toEqual(
      [
        'README.txt',
        'SHA256SUMS',
        `${a!.fqdn}/README.txt`,
        `${a!.fqdn}/SHA256SUMS`,
        `${a!.fqdn}/collect-${a!.netbiosName.toLowerCase()}.ps1`,
        `${a!.fqdn}/install-${a!.netbiosName.toLowerCase()}.ps1`,
        `${a!.fqdn}/private/${a!.fqdn}.key`,
        `${a!.fqdn}/private/${a!.fqdn}.pfx`,
        `${a!.fqdn}/public/${a!.fqdn}.cer`,
        `${a!.fqdn}/public/${a!.fqdn}.crt`,
        `${a!.fqdn}/public/${b!.fqdn}.cer`,
        `${b!.fqdn}/README.txt`,
        `${b!.fqdn}/SHA256SUMS`,
        `${b!.fqdn}/collect-${b!.netbiosName.toLowerCase()}.ps1`,
        `${b!.fqdn}/install-${b!.netbiosName.toLowerCase()}.ps1`,
        `${b!.fqdn}/private/${b!.fqdn}.key`,
        `${b!.fqdn}/private/${b!.fqdn}.pfx`,
        `${b!.fqdn}/public/${a!.fqdn}.cer`,
        `${b!.fqdn}/public/${b!.fqdn}.cer`,
        `${b!.fqdn}/public/${b!.fqdn}.crt`,
      ].sort(),
    );
    expect(r.files.filter((f) => f.secret)).toHaveLength(4);
    for (const f of r.files.filter((x) => x.secret))
      expect(statSync(f.path).mode & 0o777).toBe(0o600);
    expect(spawnSync('sha256sum', ['-c', '--quiet', 'SHA256SUMS'], { cwd: out }).status).toBe(0);
    expect(
      spawnSync('sha256sum', ['-c', '--quiet', 'SHA256SUMS'], { cwd: join(out, a!.fqdn) }).status,
    ).toBe(0);
    const readme = readFileSync(join(out, b!.fqdn, 'README.txt'), 'utf8');
    expect(readme).toContain(vault.get(b!.id)!.metadata.thumbprint);
    expect(readme).toContain(pfxProfileLabel('windows-legacy'));
    const env = { ...process.env, PFXPW: PW };
    const info = spawnSync(
      'openssl',
      [
        'pkcs12',
        '-in',
        join(out, b!.fqdn, 'private', `${b!.fqdn}.pfx`),
        '-passin',
        'env:PFXPW',
        '-info',
        '-noout',
      ],
      { env, encoding: 'utf8' },
    );
    expect(info.stderr).toMatch(/pbeWithSHA1And3-KeyTripleDES-CBC/);
    const key = spawnSync(
      'openssl',
      [
        'pkey',
        '-in',
        join(out, a!.fqdn, 'private', `${a!.fqdn}.key`),
        '-passin',
        'env:PFXPW',
        '-check',
        '-noout',
      ],
      { env, encoding: 'utf8' },
    );
    expect(key.stdout + key.stderr).toMatch(/Key is valid/);
    expect((await verifyBundle(out, vault)).ok).toBe(true);
  });

  it('no secret leaves the private/ folders or reaches the result: no key PEM, no password', async () => {
    const r = await exportBundle(site, vault, opts({ includePemKey: true }), { now: fx.now });
    expect(JSON.stringify(r)).not.toContain(PW);
    const open = allFiles(out).filter((p) => !p.includes('/private/'));
    expect(open.length).toBeGreaterThan(0);
    for (const f of open) {
      const text = readFileSync(join(out, f)).toString('latin1');
      expect(text, f).not.toMatch(/PRIVATE KEY/);
      expect(text, f).not.toContain(PW);
    }
    const key = readFileSync(
      join(out, site.hubs[0]!.fqdn, 'private', `${site.hubs[0]!.fqdn}.key`),
      'utf8',
    );
    expect(key).toContain('BEGIN ENCRYPTED PRIVATE KEY');
  });

  it('verify after re-insertion reports a changed and a missing file', async () => {
    await exportBundle(site, vault, opts(), { now: fx.now });
    const a = site.hubs[0]!.fqdn;
    appendFileSync(join(out, a, 'public', `${a}.crt`), 'x');
    rmSync(join(out, a, 'README.txt'));
    const v = await verifyBundle(out, vault);
    expect(v.ok).toBe(false);
    expect(v.mismatched).toEqual([`${a}/public/${a}.crt`]);
    expect(v.missing).toEqual([`${a}/README.txt`]);
  });

  it('verify does not accept a file replaced by a link to an intact copy', async () => {
    await exportBundle(site, vault, opts(), { now: fx.now });
    const a = site.hubs[0]!.fqdn;
    const file = join(out, a, 'public', `${a}.cer`);
    const copy = join(mkdtempSync(join(tmpdir(), 'elsewhere-')), 'copy.cer');
    writeFileSync(copy, readFileSync(file));
    rmSync(file);
    symlinkSync(copy, file);
    const v = await verifyBundle(out, vault);
    expect(v.ok).toBe(false);
    expect(v.mismatched).toEqual([`${a}/public/${a}.cer`]);
  });

  it('an existing file is never overwritten without asking, and nothing is written', async () => {
    writeFileSync(join(out, 'README.txt'), 'mine');
    const e = await errorOf(exportBundle(site, vault, opts(), { now: fx.now }));
    expect(e.code).toBe('file-exists');
    expect(e.message).toMatch(/README\.txt already exists.*Nothing was written/);
    expect(allFiles(out)).toEqual(['README.txt']);
    expect(readFileSync(join(out, 'README.txt'), 'utf8')).toBe('mine');
    await exportBundle(site, vault, opts({ overwrite: true }), { now: fx.now });
    expect(readFileSync(join(out, 'README.txt'), 'utf8')).toContain('Secure SMTP Runbook bundle');
  });

  it('too little free space: refused before writing', async () => {
    const e = await errorOf(
      exportBundle(site, vault, opts(), { now: fx.now, freeBytes: async () => 1000 }),
    );
    expect(e.code).toBe('disk-full');
    expect(allFiles(out)).toEqual([]);
  });

  it('the stick fills up mid-export: clear message, earlier files removed, no partial or temp file', async () => {
    let writes = 0;
    const fs = faultFs({});
    const open = fs.open.bind(fs);
    fs.open = async (p, flags, mode) => {
      if (flags === 'wx' && ++writes === 6)
        throw Object.assign(new Error('full'), { code: 'ENOSPC' });
      return open(p, flags, mode);
    };
    const e = await errorOf(exportBundle(site, vault, opts(), { now: fx.now, fs }));
    expect(e.code).toBe('disk-full');
    expect(e.message).toMatch(/Not enough space.*Nothing on the stick was changed/);
    expect(allFiles(out)).toEqual([]);
  });

  it('read-only media names the problem', async () => {
    const e = await errorOf(
      exportBundle(site, vault, opts(), { now: fx.now, fs: faultFs({ open: { code: 'EROFS' } }) }),
    );
    expect(e.code).toBe('read-only');
    expect(allFiles(out)).toEqual([]);
  });

  it('the folder removed mid-export (stick pulled) says the stick was removed and leaves no half-written file', async () => {
    let writes = 0;
    const fs = faultFs({});
    const open = fs.open.bind(fs);
    fs.open = async (p, flags, mode) => {
      if (flags === 'wx' && ++writes === 4) rmSync(out, { recursive: true, force: true });
      return open(p, flags, mode);
    };
    const e = await errorOf(exportBundle(site, vault, opts(), { now: fx.now, fs }));
    expect(e.code).toBe('stick-removed');
    expect(e.message).toMatch(/stick was removed/);
    expect(existsSync(out)).toBe(false); // never re-created behind the user's back
    mkdirSync(out, { recursive: true });
  });

  it('an expired certificate is refused, naming it, and nothing is written; one expiring soon is written with a warning', async () => {
    const first = vault.list()[0]!;
    const hub = site.hubs.find((h) => h.id === first.hubId)!;
    const notAfter = Date.parse(first.metadata.notAfter);
    const e = await errorOf(
      exportBundle(site, vault, opts(), { now: () => new Date(notAfter + 86_400_000) }),
    );
    expect(e.code).toBe('certificate-expired');
    expect(e.message).toContain(`The certificate of ${hub.fqdn} expired on`);
    expect(e.message).toContain('Nothing was written.');
    expect(allFiles(out)).toEqual([]);
    const soon = await exportBundle(site, vault, opts(), {
      now: () => new Date(notAfter - 10 * 86_400_000),
    });
    const warned = soon.warnings.join('\n');
    expect(warned).toContain(`The certificate of ${hub.fqdn} expires on`);
    expect(warned).toMatch(/\(\d+ days left\): plan its renewal now/u);
  });

  it('a hub without a certificate is named', async () => {
    const e = await errorOf(
      exportBundle(site, new KeyVault({ protector: unavailableProtector, dir: out }), opts(), {
        now: fx.now,
      }),
    );
    expect(e.code).toBe('no-certificates');
  });

  it('refuses self-signed certificates when the site uses a site CA, and writes nothing', async () => {
    const caSite: Site = { ...site, certificate: { ...site.certificate, siteCa: true } };
    const e = await errorOf(exportBundle(caSite, vault, opts(), { now: fx.now }));
    expect(e.code).toBe('certificate-stale');
    expect(e.message).toMatch(
      /self-signed but the site uses one site CA.*Generate (it|them) again. Nothing was written/,
    );
    expect(readdirSync(out)).toEqual([]);
  });

  it('refuses a certificate made for an earlier FQDN and writes nothing', async () => {
    const renamed: Site = {
      ...site,
      hubs: site.hubs.map((h, i) => (i === 0 ? { ...h, fqdn: 'exnew.contoso.local' } : h)),
    };
    const e = await errorOf(exportBundle(renamed, vault, opts(), { now: fx.now }));
    expect(e.code).toBe('certificate-stale');
    expect(e.field).toBe('hubIds');
    expect(e.message).toMatch(
      /^exnew\.contoso\.local: its certificate was made for ex01\.contoso\.local, not exnew\.contoso\.local; its certificate names ex01\.contoso\.local, contoso\.com but the site needs exnew\.contoso\.local, contoso\.com\. Generate it again\. Nothing was written\.$/,
    );
    expect(readdirSync(out)).toEqual([]);
  });

  it('refuses a certificate whose SMTP-domain SAN or PFX profile no longer matches, naming each hub', async () => {
    const changed: Site = {
      ...site,
      certificate: { ...site.certificate, pfxProfile: 'windows-legacy' },
      hubs: site.hubs.map((h, i) => (i === 1 ? { ...h, smtpDomain: 'fabrikam.net' } : h)),
    };
    const e = await errorOf(exportBundle(changed, vault, opts(), { now: fx.now }));
    expect(e.code).toBe('certificate-stale');
    expect(e.message).toContain(
      'ex01.contoso.local: its PFX profile is Windows modern but the site needs Windows legacy.',
    );
    expect(e.message).toContain(
      'mx1.fabrikam.local: its certificate names mx1.fabrikam.local, fabrikam.com but the site needs mx1.fabrikam.local, fabrikam.net.',
    );
    expect(e.message).toMatch(/Generate them again\. Nothing was written\.$/);
    expect(readdirSync(out)).toEqual([]);
  });

  it('a stale partner certificate is not handed out to the hubs that trust it', async () => {
    const renamed: Site = {
      ...site,
      hubs: site.hubs.map((h, i) => (i === 0 ? { ...h, fqdn: 'exnew.contoso.local' } : h)),
    };
    const b = renamed.hubs[1]!;
    const r = await exportBundle(renamed, vault, opts({ hubIds: [b.id] }), { now: fx.now });
    expect(r.warnings.join('\n')).toMatch(
      /mx1\.fabrikam\.local must trust exnew\.contoso\.local, whose certificate no longer matches the site/,
    );
    expect(allFiles(out).filter((f) => f.includes('ex01') || f.includes('exnew'))).toEqual([]);
    const script = readFileSync(join(out, b.fqdn, `install-${b.netbiosName.toLowerCase()}.ps1`));
    expect(script.toString('utf8')).not.toContain(vault.get(site.hubs[0]!.id)!.metadata.thumbprint);
  });

  it('install scripts are UTF-8 with a BOM and CRLF, so Windows PowerShell 5.1 does not read them as cp1252', async () => {
    const name = 'Wrocław ‚Süd‘ – Ærø GmbH';
    const parsed = validateSite({ ...site, customer: { ...site.customer, name } });
    if (!parsed.ok) throw new Error(parsed.error.message);
    const intl = parsed.value;
    const a = intl.hubs[0]!;
    const expected = installScript(intl, a.id, {
      now: fx.now(),
      thumbprints: Object.fromEntries(
        intl.hubs.map((h) => [h.id, vault.get(h.id)!.metadata.thumbprint]),
      ),
    });
    if (!expected.ok) throw new Error(expected.error.message);
    // The name is in the header comment, written as ASCII like every line of the script.
    expect(expected.value.content).toContain(asciiComment(name));
    await exportBundle(intl, vault, opts(), { now: fx.now });
    const scripts = allFiles(out).filter((x) => /\/install-[^/]+\.ps1$/u.test(x));
    expect(scripts).toHaveLength(intl.hubs.length);
    // The read-only collectors sit beside them with the same encoding.
    const collectors = allFiles(out).filter((x) => /\/collect-[^/]+\.ps1$/u.test(x));
    expect(collectors).toHaveLength(intl.hubs.length);
    for (const f of collectors) {
      const bytes = readFileSync(join(out, f));
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes.subarray(3).toString('utf8')).toMatch(
        /^# collect-[a-z0-9-]+\.ps1: reads the state/u,
      );
    }
    for (const f of scripts) {
      const bytes = readFileSync(join(out, f));
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const body = bytes.subarray(3);
      // The rest is valid UTF-8 (a fatal decoder throws otherwise), CRLF only, no second BOM.
      const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
      expect(text.startsWith('\uFEFF')).toBe(false);
      expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
      if (f.startsWith(`${a.fqdn}/`)) {
        expect(text).toBe(expected.value.content.replace(/\r?\n/g, '\r\n'));
        expect(text).toContain(asciiComment(name));
        // The whole script is ASCII, so PowerShell 5.1 reads the same text whether or not it
        // honours the BOM (as cp1252 the UTF-8 bytes of the raw name would hold quote look-alikes).
        expect(cp1252(body)).toBe(text);
      }
    }
    expect(spawnSync('sha256sum', ['-c', '--quiet', 'SHA256SUMS'], { cwd: out }).status).toBe(0);
  });

  it('DNS names are compared order- and case-insensitively', async () => {
    const a = site.hubs[0]!;
    const entry = vault.get(a.id)!;
    const stale = (e: VaultEntry) => certificateStaleness(site, a, viewOf(e), null);
    const cert = await buildCertificate(
      {
        commonName: a.fqdn,
        dnsNames: [a.smtpDomain.toUpperCase(), a.fqdn],
        days: 730,
        kind: 'self-signed-leaf',
      },
      entry.key,
      null,
      fx,
    );
    const reshuffled = { ...entry, chain: [cert], metadata: certificateMetadata(cert) };
    expect(stale(reshuffled)).toEqual([]);
    const extra = await buildCertificate(
      {
        commonName: a.fqdn,
        dnsNames: [a.fqdn, a.smtpDomain, 'old.contoso.com'],
        days: 730,
        kind: 'self-signed-leaf',
      },
      entry.key,
      null,
      fx,
    );
    const more = { ...entry, chain: [extra], metadata: certificateMetadata(extra) };
    expect(stale(more)[0]?.message).toMatch(/old\.contoso\.com/);
  });

  it("in site CA mode, a certificate signed by another site's CA is stale", async () => {
    const a = site.hubs[0]!;
    const caSite: Site = { ...site, certificate: { ...site.certificate, siteCa: true } };
    const policy = siteCaPolicy(caSite);
    const ours = await generateSiteCa(policy, fx);
    const theirs = await generateSiteCa(policy, fx);
    const request = certificateRequestFor(caSite, a);
    const signedByOurs = await generateHub(request, PW, fx, ours);
    const signedByTheirs = await generateHub(request, PW, fx, theirs);
    const v = new KeyVault({ protector: unavailableProtector, dir: tmpdir() });
    v.put(a.id, signedByOurs, PW);
    const mine = viewOf(v.get(a.id)!);
    v.put(a.id, signedByTheirs, PW);
    const other = viewOf(v.get(a.id)!);
    expect(certificateStaleness(caSite, a, mine, ours.metadata)).toEqual([]);
    expect(certificateStaleness(caSite, a, other, ours.metadata)[0]?.message).toMatch(/another CA/);
  });

  describe('links on the stick', () => {
    let elsewhere: string;
    beforeEach(() => {
      elsewhere = mkdtempSync(join(tmpdir(), 'elsewhere-'));
    });
    afterEach(() => rmSync(elsewhere, { recursive: true, force: true }));

    it('a hub folder that is a symlink is refused, naming it, and nothing is written through it', async () => {
      const a = site.hubs[0]!;
      symlinkSync(elsewhere, join(out, a.fqdn), 'dir');
      const e = await errorOf(exportBundle(site, vault, opts(), { now: fx.now }));
      expect(e.code).toBe('folder-not-plain');
      expect(e.field).toBe('folder');
      expect(e.message).toContain(join(out, a.fqdn));
      expect(e.message).toMatch(/link.*Nothing was written/);
      expect(readdirSync(elsewhere)).toEqual([]);
      expect(readdirSync(out)).toEqual([a.fqdn]);
    });

    it('a private/ folder that is a symlink is refused even with overwrite on', async () => {
      const b = site.hubs[1]!;
      mkdirSync(join(out, b.fqdn));
      symlinkSync(elsewhere, join(out, b.fqdn, 'private'), 'dir');
      const e = await errorOf(
        exportBundle(site, vault, opts({ overwrite: true }), { now: fx.now }),
      );
      expect(e.code).toBe('folder-not-plain');
      expect(e.message).toContain(join(out, b.fqdn, 'private'));
      expect(readdirSync(elsewhere)).toEqual([]);
      expect(allFiles(out)).toEqual([]);
    });

    it('a file where a bundle folder belongs is refused', async () => {
      const a = site.hubs[0]!;
      writeFileSync(join(out, a.fqdn), 'not a folder');
      const e = await errorOf(
        exportBundle(site, vault, opts({ overwrite: true }), { now: fx.now }),
      );
      expect(e.code).toBe('folder-not-plain');
      expect(e.message).toContain('is not a folder');
      expect(readFileSync(join(out, a.fqdn), 'utf8')).toBe('not a folder');
    });

    it('a folder whose real path leaves the export folder is refused', async () => {
      const a = site.hubs[0]!;
      const fs = faultFs({});
      const real = fs.realpath.bind(fs);
      fs.realpath = async (p) => (p === join(out, a.fqdn) ? elsewhere : real(p));
      const e = await errorOf(exportBundle(site, vault, opts(), { now: fx.now, fs }));
      expect(e.code).toBe('folder-not-plain');
      expect(e.message).toContain(`leads outside ${out}`);
      expect(allFiles(out)).toEqual([]);
    });

    it('the chosen export folder itself may be a link (the user picked it)', async () => {
      const link = join(elsewhere, 'stick');
      symlinkSync(out, link, 'dir');
      const r = await exportBundle(site, vault, opts({ folder: link }), { now: fx.now });
      expect(r.files.length).toBeGreaterThan(10);
      expect(spawnSync('sha256sum', ['-c', '--quiet', 'SHA256SUMS'], { cwd: out }).status).toBe(0);
    });
  });
});

/** Windows-1252: Latin-1 except 0x80–0x9F (undefined bytes map to U+FFFD here). */
const CP1252_80_9F = [
  0x20ac, 0xfffd, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
  0x0152, 0xfffd, 0x017d, 0xfffd, 0xfffd, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0xfffd, 0x017e, 0x0178,
];
function cp1252(bytes: Buffer): string {
  return String.fromCharCode(
    ...[...bytes].map((b) => (b >= 0x80 && b <= 0x9f ? CP1252_80_9F[b - 0x80]! : b)),
  );
}
