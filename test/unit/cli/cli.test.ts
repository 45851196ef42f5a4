import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/main';
import { siteSchema } from '../../../core/site';
import { buildSiteFile, serializeSiteFile } from '../../../core/site-file/build';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
const site = (name: string) => join(repo, 'test/fixtures/sites', `${name}.json`);
const golden = (path: string) => readFileSync(join(repo, 'test/fixtures/golden', path), 'utf8');
const now = () => new Date('2026-11-28T21:00:00Z');

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t), now });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('smtp-runbook plan', () => {
  it('prints the multi-domain plan with the trust matrix as a grid', async () => {
    const r = await run('plan', '--site', site('2016-2019-se-multi'));
    expect(r.code).toBe(0);
    expect(r.out).toContain('trusts \\ cert of  EX01  MX1');
    expect(r.out).toContain('    EX01              .     X');
    expect(r.out).toContain('contoso.local: add fabrikam.com');
    expect(`${r.out}\n`).toBe(golden('2016-2019-se-multi/plan.txt'));
  });

  it('prints JSON with --json, including step keys and the trust matrix', async () => {
    const r = await run('plan', '--site', site('2013-multi'), '--json');
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.out) as {
      trust: { edges: unknown[] };
      hubs: { steps: { key: string }[] }[];
    };
    expect(plan.trust.edges).toHaveLength(4);
    expect(plan.hubs[0]?.steps[0]?.key).toBe('certificate-generate@hub:hub-1');
  });

  it('names the field and the fix for an invalid site file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'smtp-cli-'));
    const bad = JSON.parse(readFileSync(site('2010-sp1-single'), 'utf8')) as {
      hubs: { fqdn: string }[];
    };
    bad.hubs[1]!.fqdn = 'hub 01';
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify(bad));
    const r = await run('plan', '--site', file);
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      "error [invalid-site] hubs.1.fqdn: Hub 2 FQDN 'hub 01' contains a space: use a DNS name such as hub01.contoso.local",
    );
  });

  it('reports a missing or non-JSON site file', async () => {
    expect((await run('plan', '--site', '/nonexistent/site.json')).err).toContain(
      'Cannot read the site file',
    );
    const dir = mkdtempSync(join(tmpdir(), 'smtp-cli-'));
    writeFileSync(join(dir, 'x.json'), '{not json');
    expect((await run('plan', '--site', join(dir, 'x.json'))).err).toContain('not valid JSON');
  });
});

describe('smtp-runbook commands', () => {
  it('prints the install script for a server named by NetBIOS name, FQDN or id', async () => {
    for (const server of ['EX01', 'ex01.contoso.local', 'hub-1']) {
      const r = await run('commands', '--site', site('2010-sp1-multi'), '--server', server);
      expect(r.code).toBe(0);
      expect(`${r.out}\r\n`).toBe(golden('2010-sp1-multi/install-ex01.ps1'));
    }
  });

  it('prints the cmd and sh listings', async () => {
    const cmd = await run(
      'commands',
      '--site',
      site('2007-multi'),
      '--server',
      'mx1',
      '--shell',
      'cmd',
    );
    expect(`${cmd.out}\r\n`).toBe(golden('2007-multi/mx1.cmd.txt'));
    const sh = await run(
      'commands',
      '--site',
      site('2007-multi'),
      '--server',
      'mx1',
      '--shell',
      'sh',
    );
    expect(`${sh.out}\n`).toBe(golden('2007-multi/mx1.sh.txt'));
  });

  it('refuses an unknown server and an unknown shell', async () => {
    const r = await run('commands', '--site', site('2007-multi'), '--server', 'nope');
    expect(r.code).toBe(1);
    expect(r.err).toContain('use one of EX01, MX1');
    expect(
      (await run('commands', '--site', site('2007-multi'), '--server', 'ex01', '--shell', 'bash'))
        .code,
    ).toBe(2);
  });
});

describe('dispatcher', () => {
  it('lists the subcommands and returns 2 for unknown ones or bad options', async () => {
    const help = await run('--help');
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/plan\s+print the tailored plan/u);
    expect(help.out).toMatch(/commands\s+print one hub/u);
    expect((await run('frobnicate')).code).toBe(2);
    expect((await run('plan', '--site', site('2007-multi'), '--bogus')).code).toBe(2);
    expect((await run('plan')).code).toBe(2);
  });

  it.each([
    ['plan', ['plan'], '--site is required'],
    ['plan', ['plan', '--site', 'x.json', '--bogus'], "Unknown option '--bogus'"],
    ['commands', ['commands', '--site', 'x.json'], '--site and --server are required'],
    [
      'commands',
      ['commands', '--site', 'x', '--server', 'y', '--shell', 'bash'],
      '--shell must be',
    ],
    ['cert', ['cert'], "choose 'cert new' or 'cert inspect'"],
    ['cert', ['cert', 'new', '--fqdn', 'x.y'], '--fqdn, --password-file and --out are required'],
    ['cert', ['cert', 'new', '--nope'], "Unknown option '--nope'"],
    ['cert', ['cert', 'inspect'], 'name the file to inspect'],
    ['bundle', ['bundle', '--site', 'x.json'], '--site, --password-file and --out are required'],
    ['bundle', ['bundle', '--bogus'], "Unknown option '--bogus'"],
  ])(
    'reports a usage error of %s one way: the message, its usage, exit 2 (%j)',
    async (name, argv, message) => {
      const r = await run(...argv);
      const usage = (await run(name, '--help')).out;
      expect(usage).toMatch(/^usage:/u);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toBe(`${r.err.split('\n')[0]}\n${usage}`);
      expect(r.err.split('\n')[0]).toContain(message);
    },
  );

  it('stamps the injected clock, not the machine clock, into what it writes', async () => {
    const r = await run('commands', '--site', site('2013-multi'), '--server', 'EX01');
    expect(r.out).toContain('# Generated: 2026-11-28 21:00 UTC for ');
  });

  it('runs as a real process through tsx', () => {
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'cli/index.ts', 'plan', '--site', site('2010-sp1-multi')],
      {
        cwd: repo,
        encoding: 'utf8',
      },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Trust matrix');
  });
});

describe('smtp-runbook reads the app export format', () => {
  it('plans from a site file exported by the app (site + progress)', async () => {
    const site = siteSchema.parse(
      JSON.parse(readFileSync('test/fixtures/sites/2013-multi.json', 'utf8')),
    );
    const file = join(mkdtempSync(join(tmpdir(), 'cli-export-')), 'site.json');
    writeFileSync(
      file,
      serializeSiteFile(buildSiteFile(site, {}, new Date('2026-11-28T10:00:00Z'))),
    );
    const r = await run('plan', '--site', file);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Trust matrix');
  });
});
