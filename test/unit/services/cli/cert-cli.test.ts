import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../../cli/main';
import { certificateFriendlyName, hostNameOf } from '../../../../core/certificates/spec';
import { openPfx } from '../../../../electron/services/pki/pfx-read';

const dir = mkdtempSync(join(tmpdir(), 'cli-cert-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const PW = 'Cli-Test-Password-9';
writeFileSync(join(dir, 'pw.txt'), `${PW}\n`);
writeFileSync(join(dir, 'bad-pw.txt'), 'pässwörd-Ω-long-enough\n');

const CLOCK = `${new Date().getUTCFullYear() + 1}-03-01T08:00:00.000Z`;

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: {
      out: (l: string) => out.push(l),
      err: (l: string) => err.push(l),
      // A fixed clock, a year from now: what the commands stamp must come from it.
      now: () => new Date(CLOCK),
    },
    out,
    err,
  };
}

describe('smtp-runbook cert new: friendly name and profile as the app makes them', () => {
  const make = async (outName: string, ...extra: string[]) => {
    const c = capture();
    const code = await main(
      [
        'cert',
        'new',
        '--password-file',
        join(dir, 'pw.txt'),
        '--out',
        join(dir, outName),
        '--json',
        ...extra,
      ],
      c.io,
    );
    return { code, c };
  };

  it("--netbios names the friendly name when it is not the FQDN's first label; --windows picks the profile", async () => {
    const fqdn = 'exchange-hub-amsterdam-01.contoso.local';
    const { code, c } = await make(
      'nb',
      '--fqdn',
      fqdn,
      '--netbios',
      'exhubams01',
      '--windows',
      '2019',
    );
    expect(code, c.err.join('\n') + c.out.join('\n')).toBe(0);
    const pfx = openPfx(readFileSync(join(dir, 'nb', `${fqdn}.pfx`)), PW);
    expect(pfx.friendlyName).toBe(certificateFriendlyName({ netbiosName: 'EXHUBAMS01' }));
    expect((JSON.parse(c.out[0]!) as { profile: string }).profile).toBe('windows-modern');
    const old = await make('nb-old', '--fqdn', 'hub9.contoso.local', '--windows', '2012r2');
    expect((JSON.parse(old.c.out[0]!) as { profile: string }).profile).toBe('windows-legacy');
  });

  it('a first label that cannot be a NetBIOS name asks for --netbios instead of inventing one', async () => {
    const { code, c } = await make('long', '--fqdn', `${'a'.repeat(51)}.contoso.local`);
    expect(code).toBe(2);
    expect(c.err.join('\n')).toMatch(/not a NetBIOS name .*--netbios/u);
    expect(
      await make('bad-win', '--fqdn', 'hub1.contoso.local', '--windows', '1999').then(
        (r) => r.code,
      ),
    ).toBe(2);
  });
});

describe('smtp-runbook cert', () => {
  it('cert new writes PFX (0600), DER .cer and PEM .crt and prints metadata only', async () => {
    const c = capture();
    const out = join(dir, 'out');
    const code = await main(
      [
        'cert',
        'new',
        '--fqdn',
        'hub01.contoso.local',
        '--san',
        'contoso.local',
        '--profile',
        'modern',
        '--password-file',
        join(dir, 'pw.txt'),
        '--out',
        out,
        '--json',
      ],
      c.io,
    );
    expect(code, c.err.join('\n')).toBe(0);
    const res = JSON.parse(c.out[0]!) as {
      metadata: { thumbprint: string; sans: string[]; notBefore: string };
      profile: string;
    };
    expect(res.profile).toBe('windows-modern');
    // Valid from the injected clock (back-dated five minutes for clock skew), not the machine's.
    expect(new Date(CLOCK).getTime() - new Date(res.metadata.notBefore).getTime()).toBe(300_000);
    // The app's friendly-name rule, with the FQDN's host name standing in for the NetBIOS name.
    const pfx = openPfx(readFileSync(join(out, 'hub01.contoso.local.pfx')), PW);
    expect(pfx.friendlyName).toBe(
      certificateFriendlyName({ netbiosName: hostNameOf('hub01.contoso.local') }),
    );
    expect(res.metadata.sans).toEqual(['hub01.contoso.local', 'contoso.local']);
    expect(readdirSync(out).sort()).toEqual([
      'hub01.contoso.local.cer',
      'hub01.contoso.local.crt',
      'hub01.contoso.local.pfx',
    ]);
    expect(statSync(join(out, 'hub01.contoso.local.pfx')).mode & 0o777).toBe(0o600);
    expect(c.out.join('\n')).not.toContain(PW);

    const again = capture();
    expect(
      await main(
        [
          'cert',
          'new',
          '--fqdn',
          'hub01.contoso.local',
          '--password-file',
          join(dir, 'pw.txt'),
          '--out',
          out,
        ],
        again.io,
      ),
    ).toBe(1);
    expect(again.err.join('\n')).toMatch(/already exists/);

    const ins = capture();
    expect(
      await main(
        [
          'cert',
          'inspect',
          join(out, 'hub01.contoso.local.pfx'),
          '--password-file',
          join(dir, 'pw.txt'),
          '--target',
          'modern',
          '--json',
        ],
        ins.io,
      ),
    ).toBe(0);
    const rep = JSON.parse(ins.out[0]!) as {
      report: {
        passwordOk: boolean;
        keyMatchesCert: boolean;
        certificates: { thumbprint: string }[];
      };
    };
    expect(rep.report.passwordOk).toBe(true);
    expect(rep.report.keyMatchesCert).toBe(true);
    expect(rep.report.certificates[0]?.thumbprint).toBe(res.metadata.thumbprint);
    const old = capture();
    expect(
      await main(
        ['cert', 'inspect', join(out, 'hub01.contoso.local.pfx'), '--target', 'legacy'],
        old.io,
      ),
    ).toBe(1);
    expect(old.out.join('\n')).toMatch(/Windows Server 2016 and older reject it/);
  });

  it('refuses a non-ASCII password file and bad usage', async () => {
    const c = capture();
    expect(
      await main(
        [
          'cert',
          'new',
          '--fqdn',
          'hub02.contoso.local',
          '--password-file',
          join(dir, 'bad-pw.txt'),
          '--out',
          dir,
        ],
        c.io,
      ),
    ).toBe(1);
    expect(c.err.join('\n')).toMatch(/printable ASCII/);
    expect(await main(['cert', 'new', '--fqdn', 'x.y'], capture().io)).toBe(2);
    expect(await main(['cert', 'frobnicate'], capture().io)).toBe(2);
    expect(await main(['cert', 'new', '--nope'], capture().io)).toBe(2);
  });
});
