import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { certChannels, MAX_HUBS } from '../../../../core/ipc/cert-channels';
import { generateSiteCa } from '../../../../electron/services/pki/generate';
import { createCertHandlers } from '../../../../electron/services/pki/handlers';
import { unavailableProtector } from '../../../../electron/services/vault/protector';
import { KeyVault } from '../../../../electron/services/vault/vault';

const PW = 'Caps-Test-Password-#2';
const fx = { now: () => new Date(), randomBytes: (n: number) => randomBytes(n) };
const dir = mkdtempSync(join(tmpdir(), 'site-ca-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('hub caps follow the site limit', () => {
  const hubs = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      hubId: `h${i}`,
      fqdn: `hub${i}.contoso.local`,
      profile: 'windows-modern' as const,
    }));

  it('cert:generate accepts 200 hubs and refuses more than 250', () => {
    const s = certChannels['cert:generate'].args;
    const args = (n: number) => ({ hubs: hubs(n), password: PW, passwordRepeat: PW });
    expect(MAX_HUBS).toBe(250);
    expect(s.safeParse(args(200)).success).toBe(true);
    expect(s.safeParse(args(250)).success).toBe(true);
    expect(s.safeParse(args(251)).error?.issues[0]?.message).toMatch(/at most 250 hubs/);
  });

  it('bundle:export accepts 200 hub ids and refuses more than 250', () => {
    const s = certChannels['bundle:export'].args.shape.hubIds;
    const ids = (n: number) => hubs(n).map((h) => h.hubId);
    expect(s.safeParse(ids(200)).success).toBe(true);
    expect(s.safeParse(ids(251)).success).toBe(false);
  });

  it('the caps are the site schema cap (a full site can be generated and exported)', () => {
    const text = readFileSync('core/site/schema.ts', 'utf8');
    expect(text).toContain(`.max(${MAX_HUBS},`);
  });
});

describe('site CA', () => {
  it('subject is exactly CN=<common name> (no O=), and it is its own issuer', async () => {
    const ca = await generateSiteCa('Secure SMTP CA Contoso', 1825, 2048, fx);
    expect(ca.metadata.subject).toBe('CN=Secure SMTP CA Contoso');
    expect(ca.metadata.issuer).toBe('CN=Secure SMTP CA Contoso');
    expect(ca.cert.subject.attributes).toHaveLength(1);
  });

  it("cert:generate reuses the vault's site CA only for the same common name", async () => {
    const vault = new KeyVault({ protector: unavailableProtector, dir });
    const h = createCertHandlers({ vault, ...fx });
    const args = (commonName: string, hubId: string) =>
      certChannels['cert:generate'].args.parse({
        hubs: [{ hubId, fqdn: `${hubId}.contoso.local`, profile: 'windows-modern' }],
        siteCa: { commonName },
        password: PW,
        passwordRepeat: PW,
      });
    const a = await h['cert:generate'](args('Secure SMTP CA Contoso', 'hub01'));
    const first = a.siteCa!;
    expect(first.subject).toBe('CN=Secure SMTP CA Contoso');
    const b = await h['cert:generate'](args('Secure SMTP CA Contoso', 'hub02'));
    expect(b.siteCa!.thumbprint).toBe(first.thumbprint);
    const c = await h['cert:generate'](args('Secure SMTP CA Fabrikam', 'hub03'));
    expect(c.siteCa!.subject).toBe('CN=Secure SMTP CA Fabrikam');
    expect(c.siteCa!.thumbprint).not.toBe(first.thumbprint);
    expect(vault.get('hub03')!.chain[1]!.subject.getField('CN').value).toBe(
      'Secure SMTP CA Fabrikam',
    );
    expect(vault.getCa()!.metadata.thumbprint).toBe(c.siteCa!.thumbprint);
  });
});
