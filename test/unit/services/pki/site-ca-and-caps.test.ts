import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { siteCaPolicy } from '../../../../core/certificates/site-ca';
import { certChannels, MAX_HUBS } from '../../../../core/ipc/cert-channels';
import { SITE_LIMITS, type Site } from '../../../../core/site';
import { createCertChannels } from '../../../../electron/services/channels/certificates';
import { generateSiteCa } from '../../../../electron/services/pki/generate';
import { unavailableProtector } from '../../../../electron/services/vault/protector';
import { KeyVault } from '../../../../electron/services/vault/vault';
import { fixtureSite } from '../../../helpers/fixture-site';

const PW = 'Caps-Test-Password-#2';
const fx = { now: () => new Date(), randomBytes: (n: number) => randomBytes(n) };
const dir = mkdtempSync(join(tmpdir(), 'site-ca-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const site = fixtureSite('2016-2019-se-multi', { siteCa: true });

describe('hub caps follow the site limit', () => {
  const ids = (n: number) => Array.from({ length: n }, (_, i) => `h${i}`);

  it('cert:generate accepts as many hub ids as a site holds (64) and refuses more', () => {
    const s = certChannels['cert:generate'].args;
    const args = (n: number) => ({ site, hubIds: ids(n), password: PW, passwordRepeat: PW });
    expect(MAX_HUBS).toBe(64);
    expect(s.safeParse(args(40)).success).toBe(true);
    expect(s.safeParse(args(64)).success).toBe(true);
    expect(s.safeParse(args(65)).error?.issues[0]?.message).toMatch(/at most 64 hubs/);
    expect(s.safeParse(args(0)).error?.issues[0]?.message).toMatch(/choose at least one hub/);
  });

  it('bundle:export accepts 64 hub ids and refuses more', () => {
    const s = certChannels['bundle:export'].args.shape.hubIds;
    expect(s.safeParse(ids(64)).success).toBe(true);
    expect(s.safeParse(ids(65)).success).toBe(false);
  });

  it('the caps are the site schema cap (a full site can be generated and exported)', () => {
    expect(MAX_HUBS).toBe(SITE_LIMITS.hubs);
    const text = readFileSync('core/site/schema.ts', 'utf8');
    expect(text).toContain('.max(SITE_LIMITS.hubs,');
  });
});

describe('site CA', () => {
  it('subject is exactly CN=<common name> (no O=), and it is its own issuer', async () => {
    const ca = await generateSiteCa(siteCaPolicy(site), fx);
    expect(ca.metadata.subject).toBe(`CN=${siteCaPolicy(site).commonName}`);
    expect(ca.metadata.issuer).toBe(ca.metadata.subject);
    expect(ca.cert.subject.attributes).toHaveLength(1);
  });

  it("cert:generate reuses the vault's site CA while it is this site's (same name), and replaces it only when asked", async () => {
    const vault = new KeyVault({ protector: unavailableProtector, dir });
    const h = createCertChannels({ vault, ...fx }, () => {});
    const args = (s: Site, hubId: string) =>
      certChannels['cert:generate'].args.parse({
        site: s,
        hubIds: [hubId],
        password: PW,
        passwordRepeat: PW,
      });
    const a = await h['cert:generate'](args(site, 'hub-1'));
    const first = a.siteCa!;
    expect(first.subject).toBe(`CN=${siteCaPolicy(site).commonName}`);
    const b = await h['cert:generate'](args(site, 'hub-2'));
    expect(b.siteCa!.thumbprint).toBe(first.thumbprint);
    const renamed: Site = { ...site, customer: { ...site.customer, siteName: 'Rotterdam' } };
    // A stored root that no longer fits is replaced only on the engineer's explicit choice.
    await expect(h['cert:generate'](args(renamed, 'hub-2'))).rejects.toThrow(
      /The stored site CA cannot sign these certificates: the site CA is ".*" but the site now needs "Secure SMTP CA Rotterdam"\. Choose "Replace the site CA"/u,
    );
    expect(vault.getCa()!.metadata.thumbprint).toBe(first.thumbprint);
    const c = await h['cert:generate']({ ...args(renamed, 'hub-2'), replaceSiteCa: true });
    expect(c.siteCa!.subject).toBe('CN=Secure SMTP CA Rotterdam');
    expect(c.siteCa!.thumbprint).not.toBe(first.thumbprint);
    expect(vault.get('hub-2')!.chain[1]!.subject.getField('CN').value).toBe(
      'Secure SMTP CA Rotterdam',
    );
    expect(vault.getCa()!.metadata.thumbprint).toBe(c.siteCa!.thumbprint);
  });

  it('cert:generate never signs with a stored root that ends before the new certificate would', async () => {
    const vault = new KeyVault({ protector: unavailableProtector, dir });
    const shortRoot = await generateSiteCa({ ...siteCaPolicy(site), validityDays: 30 }, fx);
    vault.setCa(shortRoot);
    const h = createCertChannels({ vault, ...fx }, () => {});
    const request = certChannels['cert:generate'].args.parse({
      site,
      hubIds: ['hub-1'],
      password: PW,
      passwordRepeat: PW,
    });
    await expect(h['cert:generate'](request)).rejects.toThrow(/ends on .* before a new 730-day/u);
    const r = await h['cert:generate']({ ...request, replaceSiteCa: true });
    expect(r.siteCa!.thumbprint).not.toBe(shortRoot.metadata.thumbprint);
    const ends = Date.parse(r.siteCa!.notAfter);
    expect(ends).toBeGreaterThanOrEqual(Date.parse(vault.get('hub-1')!.metadata.notAfter));
  });
});
