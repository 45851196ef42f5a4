import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/main';
import { certificateRequestFor } from '../../../core/certificates/request';
import { AppErrorException } from '../../../core/errors';
import { pfxPasswordIssue } from '../../../core/pki/password';
import { validateSite } from '../../../core/site';
import { exportBundle } from '../../../electron/services/bundle/export';
import { generateHub } from '../../../electron/services/pki/generate';
import { unavailableProtector } from '../../../electron/services/vault/protector';
import { KeyVault } from '../../../electron/services/vault/vault';
import { rawSiteFixture } from '../core/site/load-fixture';

const dir = mkdtempSync(join(tmpdir(), 'hostile-lower-'));

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    now: () => new Date('2026-11-28T21:00:00Z'),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('lower findings of the hostile review', () => {
  it('terminal escape codes in a value never reach the terminal in an error', async () => {
    const raw = rawSiteFixture('2013-multi');
    const file = join(dir, 'esc.json');
    writeFileSync(file, JSON.stringify(raw));
    const r = await cli('commands', '--site', file, '--server', '\u001b]0;pwned\u0007\u001b[2J');
    expect(r.code).not.toBe(0);
    expect(r.err).toContain('\\u001b');
    // eslint-disable-next-line no-control-regex
    expect(`${r.out}${r.err}`).not.toMatch(/\u001b|\u0007/u);
  });

  it('a host name starting with a Windows device name (con.) is refused at the site, not at export', () => {
    const raw = rawSiteFixture('2013-multi');
    const hubs = (raw['hubs'] as Record<string, unknown>[]).map((h, i) =>
      i === 0 ? { ...h, fqdn: 'con.contoso.local' } : h,
    );
    const r = validateSite({ ...raw, hubs });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('device name');
  });

  it('twelve spaces, or one character repeated, is not a PFX password', () => {
    expect(pfxPasswordIssue(' '.repeat(12))?.code).toBe('password-too-simple');
    expect(pfxPasswordIssue('a'.repeat(16))?.code).toBe('password-too-simple');
    expect(pfxPasswordIssue('Correct-Horse-42')).toBeNull();
  });

  it('an unencrypted PEM key is never written to the stick, even when asked', async () => {
    const parsed = validateSite(rawSiteFixture('2016-2019-se-single'));
    if (!parsed.ok) throw new Error(parsed.error.message);
    const site = parsed.value;
    const vault = new KeyVault({ protector: unavailableProtector, dir });
    const fx = { now: () => new Date('2026-11-28T12:00:00Z'), randomBytes };
    for (const h of site.hubs)
      vault.put(
        h.id,
        await generateHub(certificateRequestFor(site, h), 'Pem-Test-Pass-42', fx),
        'Pem-Test-Pass-42',
      );
    const out = mkdtempSync(join(tmpdir(), 'pem-'));
    let error: unknown = null;
    try {
      await exportBundle(
        site,
        vault,
        { folder: out, hubIds: [], overwrite: false, includePemKey: true, pemKeyUnencrypted: true },
        { now: fx.now },
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppErrorException);
    expect((error as AppErrorException).appError.field).toBe('pemKeyUnencrypted');
    expect(readdirSync(out)).toEqual([]);
    expect(readFileSync(join(dir, 'esc.json'), 'utf8').length).toBeGreaterThan(0);
  });
});
