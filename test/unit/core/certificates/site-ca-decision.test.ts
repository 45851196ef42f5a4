import { describe, expect, it } from 'vitest';
import {
  siteCaDecision,
  siteCaPermittedDns,
  siteCaPolicy,
} from '../../../../core/certificates/site-ca';
import { pfxProfileForHub } from '../../../../core/certificates/profile';
import { hubCertStatuses } from '../../../../core/certificates/state';
import { fixtureSite } from '../../../helpers/fixture-site';

const site = fixtureSite('2013-multi', { siteCa: true });
const policy = siteCaPolicy(site);
const now = new Date('2026-12-01T00:00:00Z');
const root = (
  over: Partial<{
    subject: string;
    keyBits: number;
    notAfter: string;
    permittedDns: readonly string[] | undefined;
  }> = {},
) => ({
  subject: `CN=${policy.commonName}`,
  keyBits: policy.keySize,
  notAfter: '2035-01-01T00:00:00.000Z',
  permittedDns: policy.permittedDns,
  ...over,
});

describe('the site CA decision (app, CLI and openssl listing all follow it)', () => {
  it('none stored: create; a fitting one: reuse', () => {
    expect(siteCaDecision(policy, null, 730, now)).toEqual({ kind: 'create' });
    expect(siteCaDecision(policy, root(), 730, now)).toEqual({ kind: 'reuse' });
  });

  it('another name, a smaller key, or ending before the new certificate: replace, saying why', () => {
    const cases = [
      [root({ subject: 'CN=Other' }), /the site CA is "Other"/u],
      [root({ keyBits: 1024 }), /1024-bit key but the site now needs 2048/u],
      [root({ notAfter: '2027-06-01T00:00:00.000Z' }), /ends on 2027-06-01, before a new 730-day/u],
    ] as const;
    for (const [stored, why] of cases) {
      const d = siteCaDecision(policy, stored, 730, now);
      expect(d.kind).toBe('replace');
      expect(d.kind === 'replace' ? d.reason : '').toMatch(why);
    }
  });
});

describe('the site CA is constrained to the site (issue 9)', () => {
  it("permits the hubs' AD DNS domains and the SMTP domains, nothing else", () => {
    expect(siteCaPermittedDns(site)).toEqual([
      'contoso.com',
      'contoso.local',
      'fabrikam.com',
      'fabrikam.local',
    ]);
    expect(policy.extendedKeyUsage).toEqual(['serverAuth', 'clientAuth']);
  });

  it('a hub FQDN outside its AD domain, or a one-label AD domain, is permitted by its own name only', () => {
    const hub = site.hubs[0]!;
    const odd = {
      ...site,
      hubs: [
        { ...hub, fqdn: 'mail.contoso.net', adDomain: 'contoso.local' },
        { ...site.hubs[1]!, fqdn: 'mx1.corp', adDomain: 'corp' },
      ],
    };
    expect(siteCaPermittedDns(odd)).toEqual([
      'contoso.com',
      'fabrikam.com',
      'mail.contoso.net',
      'mx1.corp',
    ]);
  });

  it('a constrained root that does not cover a new domain of the site is replaced, saying which', () => {
    const d = siteCaDecision(
      policy,
      root({ permittedDns: ['contoso.com', 'contoso.local'] }),
      730,
      now,
    );
    expect(d).toEqual({
      kind: 'replace',
      reason:
        "the site CA's name constraints (contoso.com, contoso.local) do not cover fabrikam.com, fabrikam.local",
    });
  });

  it('a root of the old profile (no name constraints) is reused, and replacing it is offered, not forced', () => {
    const d = siteCaDecision(policy, root({ permittedDns: undefined }), 730, now);
    expect(d.kind).toBe('reuse');
    expect(d.kind === 'reuse' ? d.upgrade : '').toMatch(
      /earlier version of this app without name constraints: it still works/u,
    );
    // Its hub certificates are not stale: nothing is regenerated behind the engineer's back.
    const oldCa = {
      ...root({ permittedDns: undefined }),
      issuer: `CN=${policy.commonName}`,
      sans: [],
      notBefore: '2026-01-01T00:00:00.000Z',
      serialHex: '01',
      thumbprint: 'A'.repeat(40),
      sha256: 'B'.repeat(64),
      selfSigned: true,
      isCa: true,
      extKeyUsage: [],
    };
    const hub = site.hubs[0]!;
    const statuses = hubCertStatuses(
      site,
      {
        certs: [
          {
            hubId: hub.id,
            profile: pfxProfileForHub(site, hub),
            friendlyName: 'x',
            signedBy: oldCa.thumbprint,
            metadata: {
              ...oldCa,
              subject: `CN=${hub.fqdn}`,
              issuer: oldCa.subject,
              sans: hub.fqdn === hub.smtpDomain ? [hub.fqdn] : [hub.fqdn, hub.smtpDomain],
              notAfter: '2028-01-01T00:00:00.000Z',
              keyBits: site.certificate.keySize,
              thumbprint: 'C'.repeat(40),
              selfSigned: false,
              isCa: false,
            },
          },
        ],
        siteCa: oldCa,
        exports: {},
        scriptDigests: {},
      },
      now,
    );
    expect(statuses[hub.id]?.reasons).toEqual([]);
    expect(statuses[hub.id]?.state).not.toBe('stale');
  });
});
