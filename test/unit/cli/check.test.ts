import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/main';
import { fixtureThumbprints } from '../../fixtures/server-states/states';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const site = (name: string) => join(repo, 'test/fixtures/sites', `${name}.json`);
const state = (name: string) => join(repo, 'test/fixtures/server-states', name);
const now = () => new Date('2026-12-05T11:00:00Z');
const ours = `hub-1=${fixtureThumbprints.ours}`;
const peer = `hub-2=${fixtureThumbprints.peer}`;

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t), now });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('smtp-runbook check', () => {
  it('passes every expectation of an after-state and exits 0', async () => {
    const r = await run(
      'check',
      '--site',
      site('2010-sp1-multi'),
      '--state',
      state('state-EX01-2010-after.xml'),
      '--thumbprint',
      ours,
      '--thumbprint',
      peer,
    );
    expect(r.err).toBe('');
    expect(r.out).toContain('EX01: state collected 2026-12-05 10:40 UTC, checked after the work');
    expect(r.out).toMatch(
      /^ {2}PASS +SMTP is among the services of our certificate: services SMTP$/mu,
    );
    expect(r.out).toMatch(/Checks: \d+ pass, 0 fail, 0 not shown$/u);
    expect(r.code).toBe(0);
  });

  it('prints FAIL per expectation and exits 1 on a before-state checked as after', async () => {
    const r = await run(
      'check',
      '--site',
      site('2010-sp1-multi'),
      '--state',
      state('state-EX01-2010-before.xml'),
      '--thumbprint',
      ours,
      '--thumbprint',
      peer,
    );
    expect(r.out).toMatch(
      /^ {2}FAIL +DomainSecureEnabled True on EX01\\Default EX01: DomainSecureEnabled False$/mu,
    );
    expect(r.code).toBe(1);
  });

  it('without thumbprints, the certificate checks are not shown rather than passed, and the exit code says so', async () => {
    const r = await run(
      'check',
      '--site',
      site('2010-sp1-multi'),
      '--state',
      state('state-EX01-2010-after.xml'),
    );
    expect(r.out).toMatch(/^ {2}NOT SHOWN +SMTP is among the services/mu);
    // Nothing failed, but not everything was checked: a script gating on the exit code must not
    // read that as a pass.
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/could not be checked from this file \(not a pass\)/u);
  });

  it('reads the thumbprints from an exported stick with --bundle', async () => {
    const stick = mkdtempSync(join(tmpdir(), 'runbook-cli-stick-'));
    // A real certificate (the thumbprint is the SHA-1 of its DER), not our fixture certificate.
    mkdirSync(join(stick, 'ex01.contoso.local', 'public'), { recursive: true });
    const cer = join(stick, 'ex01.contoso.local', 'public', 'ex01.contoso.local.cer');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        `${cer}.key`,
        '-subj',
        '/CN=x',
        '-days',
        '2',
        '-outform',
        'DER',
        '-out',
        cer,
      ],
      { stdio: 'ignore' },
    );
    const r = await run(
      'check',
      '--site',
      site('2010-sp1-multi'),
      '--state',
      state('state-EX01-2010-after.xml'),
      '--bundle',
      stick,
    );
    expect(r.out).toMatch(
      /^ {2}FAIL +Our certificate for ex01\.contoso\.local is installed, with its private key: no certificate with thumbprint [0-9A-F]{40}$/mu,
    );
    expect(r.code).toBe(1);
  });

  it('before the work, prints the warnings the state raises on the steps', async () => {
    const r = await run(
      'check',
      '--site',
      site('2010-sp1-multi'),
      '--state',
      state('state-EX01-2010-before-internet-facing.xml'),
      '--before',
      '--thumbprint',
      ours,
    );
    expect(r.out).toContain(
      'warning on receive-connector-permissions@hub:hub-1 [danger]: Default EX01 on EX01 lists AnonymousUsers',
    );
    expect(r.code).toBe(1);
  });

  it('refuses a hostile file and a file from another server with the reason', async () => {
    const hostile = await run(
      'check',
      '--site',
      site('2010-sp1-multi'),
      '--state',
      state('hostile-entity-expansion.xml'),
    );
    expect(hostile.err).toMatch(
      /^error \[state-unreadable\] state: cannot read this: the file declares a DTD/u,
    );
    expect(hostile.code).toBe(1);
    const wrong = await run(
      'check',
      '--site',
      site('2016-2019-se-single'),
      '--state',
      state('state-EX01-2010-after.xml'),
    );
    expect(wrong.err).toMatch(/read on EX01, which is no hub of this site/u);
    expect(wrong.code).toBe(1);
  });

  it('prints JSON with --json', async () => {
    const r = await run(
      'check',
      '--site',
      site('2013-multi'),
      '--state',
      state('state-EX01-2013-after.xml'),
      '--thumbprint',
      ours,
      '--thumbprint',
      peer,
      '--json',
    );
    const parsed = JSON.parse(r.out) as { hubId: string; results: { verdict: string }[] };
    expect(parsed.hubId).toBe('hub-1');
    expect(parsed.results.length).toBeGreaterThan(5);
    expect(parsed.results.every((x) => x.verdict === 'pass')).toBe(true);
  });

  it('needs --site and --state', async () => {
    const r = await run('check', '--site', site('2013-multi'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('--site and --state are required');
  });
});
