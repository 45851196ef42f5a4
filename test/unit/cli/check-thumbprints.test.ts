import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/main';
import type { HubCertView } from '../../../core/certificates/metadata';
import { siteSchema } from '../../../core/site';
import { buildSiteFile, serializeSiteFile } from '../../../core/site-file/build';
import { fixtureThumbprints } from '../../fixtures/server-states/states';

/*
 * `check` without --bundle or --thumbprint: the engineer ran the collector from the stick, so the
 * state file sits in the hub's folder beside the hub's certificate, and a site file exported by
 * the app carries each certificate's public facts. Either is enough to check the certificate.
 */
const repo = fileURLToPath(new URL('../../../', import.meta.url));
const sitePath = join(repo, 'test/fixtures/sites/2010-sp1-multi.json');
const statePath = join(repo, 'test/fixtures/server-states/state-EX01-2010-after.xml');
const now = () => new Date('2026-12-05T11:00:00Z');

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t), now });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const fact = (hubId: string, thumbprint: string): HubCertView =>
  ({
    hubId,
    profile: 'windows-legacy',
    friendlyName: hubId,
    signedBy: null,
    metadata: {
      subject: 'CN=x',
      issuer: 'CN=x',
      sans: [],
      notBefore: '2026-11-01T00:00:00.000Z',
      notAfter: '2028-11-01T00:00:00.000Z',
      keyBits: 2048,
      thumbprint,
      sha256: 'A'.repeat(64),
      serialHex: '01',
      selfSigned: true,
      isCa: false,
      extKeyUsage: ['serverAuth'],
    },
  }) as HubCertView;

/** A real certificate (DER) that is not the one the fixture state shows, made by openssl. */
function otherCertificate(path: string): void {
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      `${path}.key`,
      '-subj',
      '/CN=ex01.contoso.local',
      '-days',
      '2',
      '-outform',
      'DER',
      '-out',
      path,
    ],
    { stdio: 'ignore' },
  );
}

const certLine =
  /^ {2}(PASS|FAIL|NOT SHOWN) +Our certificate for ex01\.contoso\.local is installed/mu;

describe('smtp-runbook check finds the expected thumbprints by itself', () => {
  it('from the stick: the state file in the hub folder the collector ran from', async () => {
    const stick = mkdtempSync(join(tmpdir(), 'runbook-check-stick-'));
    const hubDir = join(stick, 'ex01.contoso.local');
    mkdirSync(join(hubDir, 'public'), { recursive: true });
    // A real certificate, not the one the state shows: this must FAIL.
    otherCertificate(join(hubDir, 'public', 'ex01.contoso.local.cer'));
    const beside = join(hubDir, 'state-EX01-20261205-1040.xml');
    copyFileSync(statePath, beside);
    const r = await run('check', '--site', sitePath, '--state', beside);
    expect(certLine.exec(r.out)?.[1]).toBe('FAIL');
    expect(r.out).toContain(`thumbprints: ex01.contoso.local from the stick (${stick})`);
    expect(r.code).toBe(1);
  });

  it('from the certificate facts of a site file the app exported', async () => {
    const site = siteSchema.parse(JSON.parse(readFileSync(sitePath, 'utf8')));
    const file = buildSiteFile(site, {}, now(), {
      hubs: [fact('hub-1', fixtureThumbprints.ours), fact('hub-2', fixtureThumbprints.peer)],
      siteCa: null,
    });
    const dir = mkdtempSync(join(tmpdir(), 'runbook-check-site-'));
    const path = join(dir, 'site.smtprunbook');
    writeFileSync(path, serializeSiteFile(file));
    const r = await run('check', '--site', path, '--state', statePath);
    expect(r.err).toBe('');
    expect(certLine.exec(r.out)?.[1]).toBe('PASS');
    expect(r.out).toContain(
      'thumbprints: ex01.contoso.local, mx1.fabrikam.local from the site file',
    );
    expect(r.code).toBe(0);
  });

  it('never lets the stick override the certificate the site file records, nor a file that is no certificate', async () => {
    const site = siteSchema.parse(JSON.parse(readFileSync(sitePath, 'utf8')));
    const dir = mkdtempSync(join(tmpdir(), 'runbook-check-attack-'));
    // The site file records another certificate for EX01 than the one the server shows.
    const file = buildSiteFile(site, {}, now(), {
      hubs: [fact('hub-1', 'B'.repeat(40)), fact('hub-2', fixtureThumbprints.peer)],
      siteCa: null,
    });
    const path = join(dir, 'site.smtprunbook');
    writeFileSync(path, serializeSiteFile(file));
    // A crafted stick whose .cer has the SHA-1 the (crafted) state claims.
    const hubDir = join(dir, 'stick', 'ex01.contoso.local');
    mkdirSync(join(hubDir, 'public'), { recursive: true });
    otherCertificate(join(hubDir, 'public', 'ex01.contoso.local.cer'));
    const beside = join(hubDir, 'state-EX01-20261205-1040.xml');
    copyFileSync(statePath, beside);
    const r = await run('check', '--site', path, '--state', beside);
    expect(certLine.exec(r.out)?.[1]).toBe('FAIL');
    expect(r.err).toMatch(
      /holds another certificate for ex01\.contoso\.local .* the recorded one is expected/u,
    );
    expect(r.code).toBe(1);
    // Bytes that are no certificate give no thumbprint at all.
    writeFileSync(join(hubDir, 'public', 'ex01.contoso.local.cer'), 'attacker');
    const bare = await run('check', '--site', sitePath, '--state', beside);
    expect(certLine.exec(bare.out)?.[1]).toBe('NOT SHOWN');
  });

  it('a bare site with the state outside a stick still says what to give', async () => {
    const r = await run('check', '--site', sitePath, '--state', statePath);
    expect(certLine.exec(r.out)?.[1]).toBe('NOT SHOWN');
    expect(r.out).toContain('thumbprints: none known');
    expect(r.code).toBe(3);
  });
});
