import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { certificateRequestFor } from '../../../../core/certificates/request';
import { siteCaPolicy } from '../../../../core/certificates/site-ca';
import { certificateSpecFor } from '../../../../core/certificates/spec';
import { opensslCommands } from '../../../../core/commands';
import type { Site } from '../../../../core/site';
import { generateHub, generateSiteCa } from '../../../../electron/services/pki/generate';
import { siteFixture } from '../../core/site/load-fixture';

/*
 * Item 7 of the session-4 review: the openssl listing makes the same PFX as the app (MAC
 * algorithm, which bags are encrypted and how, the chain), checked by running the listing with
 * the real openssl here and reading both files with `openssl pkcs12 -info`.
 */

const PW = 'Listing-Parity-Pw-77';
const fx = { now: () => new Date(), randomBytes: (n: number) => randomBytes(n) };
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function run(dir: string, command: string): void {
  const r = spawnSync('sh', ['-c', command], {
    cwd: dir,
    env: { ...process.env, PFXPW: PW },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`${command}\n${r.stderr}`);
}

/** The structure `openssl pkcs12 -info` reports, without salts, names and key material. */
function structure(dir: string, file: string): string[] {
  const r = spawnSync(
    'openssl',
    ['pkcs12', '-in', file, '-info', '-noout', '-passin', 'env:PFXPW'],
    { cwd: dir, env: { ...process.env, PFXPW: PW }, encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(r.stderr);
  return `${r.stdout}${r.stderr}`
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => /^(MAC|PKCS7|Shrouded Keybag|Certificate bag|Key bag)/u.test(l))
    .map((l) => l.replace(/salt length: \d+/u, 'salt length: N'));
}

/** Runs the listing's commands for hub-1; the PFX export gets the password from the environment. */
function listingPfx(site: Site, dir: string): string {
  const spec = certificateSpecFor(site, site.hubs[0] as Site['hubs'][number]);
  const cmds = opensslCommands(spec).filter((c) => c.shell === 'sh');
  expect(cmds.length).toBeGreaterThan(2);
  for (const c of cmds) {
    const text = c.command.includes('openssl pkcs12 -export')
      ? c.command.replace(' -out ', ' -passout env:PFXPW -out ')
      : c.command;
    if (text.includes('-info -noout')) continue;
    run(dir, text);
  }
  return `${spec.commonName}.pfx`;
}

describe.each([
  ['windows-legacy (2010-sp1-multi)', '2010-sp1-multi'],
  ['windows-modern (2016-2019-se-multi)', '2016-2019-se-multi'],
  ['site CA, windows-modern (site-ca-multi)', 'site-ca-multi'],
])('%s', (_label, fixture) => {
  it('the listing and the app write PFX files of the same structure', async () => {
    const site = siteFixture(fixture);
    const hub = site.hubs[0] as Site['hubs'][number];
    const dir = mkdtempSync(join(tmpdir(), 'listing-parity-'));
    dirs.push(dir);
    const fromListing = structure(dir, listingPfx(site, dir));

    const ca = site.certificate.siteCa ? await generateSiteCa(siteCaPolicy(site), fx) : null;
    const app = await generateHub(certificateRequestFor(site, hub), PW, fx, ca);
    writeFileSync(join(dir, 'app.pfx'), app.pfx);
    const fromApp = structure(dir, 'app.pfx');

    expect(fromApp.length).toBeGreaterThan(3);
    expect(fromListing).toEqual(fromApp);
    // Site CA mode: the root travels in the PFX, so Windows can build the chain at import.
    const certBags = fromApp.filter((l) => l.startsWith('Certificate bag')).length;
    expect(certBags).toBe(site.certificate.siteCa ? 2 : 1);
    expect(readFileSync(join(dir, 'app.pfx')).length).toBeGreaterThan(0);
  }, 60_000);
});
