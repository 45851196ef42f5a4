import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../../../cli/main';

const dir = mkdtempSync(join(tmpdir(), 'cli-bundle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const PW = 'Cli-Bundle-Password-3';
writeFileSync(join(dir, 'pw.txt'), `${PW}\n`);

describe('smtp-runbook bundle', () => {
  it('generates every hub from the site file and writes a bundle that sha256sum -c accepts', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const io = {
      out: (l: string) => out.push(l),
      err: (l: string) => err.push(l),
      now: () => new Date(),
    };
    const code = await main(
      [
        'bundle',
        '--site',
        'test/fixtures/sites/2016-2019-se-multi.json',
        '--password-file',
        join(dir, 'pw.txt'),
        '--out',
        join(dir, 'stick'),
        '--site-ca',
        '--ca-dir',
        join(dir, 'ca'),
        '--json',
      ],
      io,
    );
    expect(code, err.join('\n') + out.join('\n')).toBe(0);
    const res = JSON.parse(out[0]!) as {
      hubs: { profile: string }[];
      files: { path: string }[];
      siteCa: { isCa: boolean };
    };
    expect(res.hubs.map((h) => h.profile).sort()).toEqual(['windows-legacy', 'windows-modern']);
    expect(res.siteCa.isCa).toBe(true);
    expect(res.files.some((f) => f.path.endsWith('site-ca.cer'))).toBe(true);
    expect(out.join('\n')).not.toContain(PW);
    expect(
      spawnSync('sha256sum', ['-c', '--quiet', 'SHA256SUMS'], { cwd: join(dir, 'stick') }).status,
    ).toBe(0);
    const again = await main(
      [
        'bundle',
        '--site',
        'test/fixtures/sites/2016-2019-se-multi.json',
        '--password-file',
        join(dir, 'pw.txt'),
        '--out',
        join(dir, 'stick'),
      ],
      io,
    );
    expect(again).toBe(1);
    expect(err.join('\n')).toMatch(/already exist/);
  });

  it('site CA mode: every run signs with the root kept in --ca-dir, never a new one per run', async () => {
    const err: string[] = [];
    const runFor = async (hub: string, stick: string, pwFile = join(dir, 'pw.txt')) => {
      const out: string[] = [];
      const code = await main(
        [
          'bundle',
          '--site',
          'test/fixtures/sites/2016-2019-se-multi.json',
          '--password-file',
          pwFile,
          '--out',
          join(dir, stick),
          '--hub',
          hub,
          '--site-ca',
          '--ca-dir',
          join(dir, 'ca-2'),
          '--json',
        ],
        {
          out: (l) => (out.push(l), err.push(l)),
          err: (l) => err.push(l),
          now: () => new Date(),
        },
      );
      return {
        code,
        res: code === 0 ? (JSON.parse(out[0]!) as { siteCa: { thumbprint: string } }) : null,
      };
    };
    const a = await runFor('hub-1', 'stick-a');
    const b = await runFor('hub-2', 'stick-b');
    expect(a.code, err.join('\n')).toBe(0);
    expect(b.code, err.join('\n')).toBe(0);
    expect(b.res!.siteCa.thumbprint).toBe(a.res!.siteCa.thumbprint);
    const keyText = readFileSync(join(dir, 'ca-2', 'site-ca.key'), 'utf8');
    expect(keyText).toContain('BEGIN ENCRYPTED PRIVATE KEY');
    writeFileSync(join(dir, 'other-pw.txt'), 'Another-Password-99\n');
    const wrong = await runFor('hub-1', 'stick-c', join(dir, 'other-pw.txt'));
    expect(wrong.code).toBe(1);
    expect(err.join('\n')).toMatch(/site-ca\.key cannot be opened with the password/);
    expect(
      await main(
        [
          'bundle',
          '--site',
          'test/fixtures/sites/2016-2019-se-multi.json',
          '--password-file',
          join(dir, 'pw.txt'),
          '--out',
          join(dir, 'stick-d'),
          '--site-ca',
        ],
        { out: () => {}, err: (l) => err.push(l), now: () => new Date() },
      ),
    ).toBe(2);
    expect(err.join('\n')).toMatch(/--ca-dir/);
  });

  it('site CA mode: a kept root that no longer fits is replaced only with --replace-site-ca', async () => {
    const site = JSON.parse(
      readFileSync('test/fixtures/sites/2016-2019-se-multi.json', 'utf8'),
    ) as {
      customer: { siteName: string };
    };
    const first = join(dir, 'site-a.json');
    const renamed = join(dir, 'site-b.json');
    writeFileSync(first, JSON.stringify(site));
    writeFileSync(
      renamed,
      JSON.stringify({ ...site, customer: { ...site.customer, siteName: 'Elsewhere' } }),
    );
    const lines: string[] = [];
    const io = {
      out: (l: string) => lines.push(l),
      err: (l: string) => lines.push(l),
      now: () => new Date(),
    };
    const run = (file: string, stick: string, ...extra: string[]) =>
      main(
        [
          'bundle',
          '--site',
          file,
          '--password-file',
          join(dir, 'pw.txt'),
          '--out',
          join(dir, stick),
          '--site-ca',
          '--ca-dir',
          join(dir, 'ca-3'),
          '--json',
          ...extra,
        ],
        io,
      );
    expect(await run(first, 'r1'), lines.join('\n')).toBe(0);
    const keyBefore = readFileSync(join(dir, 'ca-3', 'site-ca.key'), 'utf8');
    lines.length = 0;
    expect(await run(renamed, 'r2')).toBe(1);
    expect(lines.join('\n')).toMatch(
      /cannot sign these certificates: the site CA is .* Add --replace-site-ca/u,
    );
    expect(readFileSync(join(dir, 'ca-3', 'site-ca.key'), 'utf8')).toBe(keyBefore);
    lines.length = 0;
    expect(await run(renamed, 'r3', '--replace-site-ca'), lines.join('\n')).toBe(0);
    const res = JSON.parse(lines[0]!) as { siteCa: { subject: string } };
    expect(res.siteCa.subject).toBe('CN=Secure SMTP CA Elsewhere');
    expect(readFileSync(join(dir, 'ca-3', 'site-ca.key'), 'utf8')).not.toBe(keyBefore);
  });

  it('usage errors exit 2', async () => {
    const io = { out: () => {}, err: () => {}, now: () => new Date() };
    expect(await main(['bundle', '--site', 'x.json'], io)).toBe(2);
    expect(await main(['bundle', '--bogus'], io)).toBe(2);
  });
});
