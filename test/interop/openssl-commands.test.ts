import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { siteCaPolicy } from '../../core/certificates/site-ca';
import { planFor } from '../../core/plan';
import { fixtureSite } from '../helpers/fixture-site';
import type { Site } from '../../core/site';
import { PW, requireTool, run, scratch } from './tools';

requireTool('openssl');

const site = (siteCa: boolean): Site => fixtureSite('2013-multi', { siteCa });

/** The openssl commands the checklist shows for making a hub's certificate, in order. */
function opensslSteps(s: Site, hubIndex: number): string[] {
  const hub = planFor(s).hubs[hubIndex]!;
  const step = hub.steps.find((x) => x.stepId === 'certificate-generate')!;
  return step.commands.filter((c) => c.shell === 'sh').map((c) => c.command);
}

/** Runs the listed commands as an engineer would paste them; the PFX password comes from $PFXPW. */
function runAll(commands: readonly string[], cwd: string): void {
  for (const command of commands) {
    // pkcs12 asks for passwords on the terminal: the test answers through the environment.
    const line = command.startsWith('openssl pkcs12 -export')
      ? `${command} -passout env:PFXPW`
      : command.startsWith('openssl pkcs12 -in')
        ? `${command} -passin env:PFXPW`
        : command;
    const r = run('sh', ['-c', line], { cwd });
    expect(r.status, `${line}\n${r.stderr}`).toBe(0);
  }
}

describe('the openssl commands the checklist prints, run for real', () => {
  const work = scratch();
  afterAll(work.cleanup);

  it('self-signed: a 3DES PFX, a certificate valid for its FQDN as server and client', () => {
    const s = site(false);
    const dir = join(work.dir, 'self');
    run('mkdir', ['-p', dir]);
    runAll(opensslSteps(s, 0), dir);
    const fqdn = s.hubs[0]!.fqdn;
    const crt = `${fqdn}.crt`;
    for (const purpose of ['sslserver', 'sslclient']) {
      const r = run(
        'openssl',
        [
          'verify',
          '-x509_strict',
          '-purpose',
          purpose,
          '-verify_hostname',
          fqdn,
          '-CAfile',
          crt,
          crt,
        ],
        { cwd: dir },
      );
      expect(r.stdout + r.stderr).toContain(': OK');
    }
    const info = run(
      'openssl',
      ['pkcs12', '-in', `${fqdn}.pfx`, '-info', '-noout', '-passin', 'env:PFXPW'],
      { cwd: dir, password: PW },
    );
    expect(info.status, info.stderr).toBe(0);
    expect(info.stderr).toMatch(/3DES|TripleDES/iu);
  });

  it('site CA mode: one root made once, every hub certificate chains to it and is not a CA', () => {
    const s = site(true);
    const dir = join(work.dir, 'ca');
    run('mkdir', ['-p', dir]);
    runAll(opensslSteps(s, 0), dir);
    const rootBefore = readFileSync(join(dir, 'site-ca.crt'), 'utf8');
    runAll(opensslSteps(s, 1), dir); // the second hub's listing must not replace the root
    expect(readFileSync(join(dir, 'site-ca.crt'), 'utf8')).toBe(rootBefore);
    for (const hub of s.hubs.slice(0, 2)) {
      const crt = `${hub.fqdn}.crt`;
      const verify = run(
        'openssl',
        [
          'verify',
          '-x509_strict',
          '-purpose',
          'sslclient',
          '-verify_hostname',
          hub.fqdn,
          '-CAfile',
          'site-ca.crt',
          crt,
        ],
        { cwd: dir },
      );
      expect(verify.stdout + verify.stderr).toContain(': OK');
      const text = run('openssl', ['x509', '-in', crt, '-noout', '-text'], { cwd: dir }).stdout;
      expect(text).toContain('CA:FALSE');
      expect(text).toContain(`DNS:${hub.fqdn}`);
      expect(text).toMatch(/TLS Web Server Authentication, TLS Web Client Authentication/u);
      // A hub certificate cannot vouch for another hub.
      const other = s.hubs.find((h) => h.id !== hub.id)!;
      const cross = run(
        'openssl',
        ['verify', '-x509_strict', '-CAfile', crt, `${other.fqdn}.crt`],
        { cwd: dir },
      );
      expect(cross.status).not.toBe(0);
    }
  });

  it("site CA mode: a root already in the folder is reused only if it is this site's and outlives the new certificate", () => {
    const s = site(true);
    const caCommand = opensslSteps(s, 0)[0]!;
    expect(caCommand).toMatch(/^if \[ -e site-ca.key \]/u);
    const cn = `/CN=${siteCaPolicy(s).commonName}`;
    const rootWith = (name: string, subj: string, days: number, bits = 2048) => {
      const dir = join(work.dir, name);
      run('mkdir', ['-p', dir]);
      const made = run(
        'openssl',
        [
          'req',
          '-x509',
          '-newkey',
          `rsa:${bits}`,
          '-noenc',
          '-keyout',
          'site-ca.key',
          '-out',
          'site-ca.crt',
          '-subj',
          subj,
          '-days',
          String(days),
        ],
        { cwd: dir },
      );
      expect(made.status, made.stderr).toBe(0);
      return dir;
    };
    // Another site's root, this site's name on a root that ends in 10 days, and on a root with a
    // smaller key than the site needs: each stops.
    for (const dir of [
      rootWith('other-root', '/CN=Some Other CA', 4000),
      rootWith('short-root', cn, 10),
      rootWith('small-root', cn, 4000, 1024),
    ]) {
      const r = run('sh', ['-c', caCommand], { cwd: dir });
      expect(r.status).not.toBe(0);
      expect(r.stderr).toContain('STOP: site-ca.crt is not this site');
    }
    // This site's root with years left is reused as it is.
    const good = rootWith('good-root', cn, 4000);
    const before = readFileSync(join(good, 'site-ca.crt'), 'utf8');
    const r = run('sh', ['-c', caCommand], { cwd: good });
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(join(good, 'site-ca.crt'), 'utf8')).toBe(before);
  });
});
