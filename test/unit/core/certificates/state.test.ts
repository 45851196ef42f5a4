import { describe, expect, it } from 'vitest';
import {
  bundleRecordOf,
  bundleStaleness,
  certsByHub,
  currentCertificates,
  expectedBundle,
} from '../../../../core/certificates/bundle-state';
import type { CertMetadata, HubCertView } from '../../../../core/certificates/metadata';
import { siteCaPolicy } from '../../../../core/certificates/site-ca';
import { certificateSpecFor } from '../../../../core/certificates/spec';
import { certificateStaleness } from '../../../../core/certificates/stale';
import { hubCertStatuses, type CertificateFacts } from '../../../../core/certificates/state';
import type { Site } from '../../../../core/site';
import { fixtureSite } from '../../../helpers/fixture-site';

const site = fixtureSite('2013-multi');
const caSite = fixtureSite('2013-multi', { siteCa: true });
const now = new Date('2026-11-28T12:00:00Z');
const tp = (c: string) => c.repeat(40);

/** Metadata of a certificate made exactly as the site's spec says, self-signed unless `ca`. */
function certFor(
  s: Site,
  hubIndex: number,
  ca: CertMetadata | null = null,
  over: Partial<CertMetadata> = {},
): HubCertView {
  const hub = s.hubs[hubIndex]!;
  const spec = certificateSpecFor(s, hub);
  return {
    hubId: hub.id,
    profile: spec.pfxProfile,
    friendlyName: spec.friendlyName,
    signedBy: ca?.thumbprint ?? null,
    metadata: {
      subject: `CN=${hub.fqdn}`,
      issuer: ca ? ca.subject : `CN=${hub.fqdn}`,
      sans: [...spec.dnsNames],
      notBefore: '2026-11-28T11:55:00.000Z',
      notAfter: '2028-11-27T12:00:00.000Z',
      keyBits: spec.keySize,
      serialHex: '01',
      thumbprint: tp(String(hubIndex + 1)),
      sha256: 'C'.repeat(64),
      selfSigned: ca === null,
      isCa: ca === null,
      extKeyUsage: ['serverAuth', 'clientAuth'],
      ...over,
    },
  };
}

function caOf(s: Site, thumbprint = tp('E')): CertMetadata {
  const policy = siteCaPolicy(s);
  return {
    ...certFor(s, 0).metadata,
    subject: `CN=${policy.commonName}`,
    issuer: `CN=${policy.commonName}`,
    sans: [],
    keyBits: policy.keySize,
    thumbprint,
    isCa: true,
  };
}

const facts = (over: Partial<CertificateFacts> = {}): CertificateFacts => ({
  certs: site.hubs.map((_, i) => certFor(site, i)),
  siteCa: null,
  exports: {},
  scriptDigests: Object.fromEntries(site.hubs.map((h) => [h.id, 'd'.repeat(64)])),
  ...over,
});

describe('certificate staleness over plain metadata', () => {
  const hub = site.hubs[0]!;
  const codes = (c: HubCertView, s: Site = site, ca: CertMetadata | null = null) =>
    certificateStaleness(s, s.hubs[0]!, c, ca).map((r) => r.code);

  it('a certificate made as the spec says is fresh', () => {
    expect(certificateStaleness(site, hub, certFor(site, 0), null)).toEqual([]);
  });

  it('name, DNS names (any order and case), key size, profile and signing mode each count', () => {
    expect(codes(certFor(site, 0, null, { subject: 'CN=old.contoso.local' }))).toEqual([
      'common-name',
    ]);
    expect(codes(certFor(site, 0, null, { sans: [hub.fqdn] }))).toEqual(['names']);
    const spec = certificateSpecFor(site, hub);
    expect(
      codes(
        certFor(site, 0, null, { sans: [...spec.dnsNames].reverse().map((n) => n.toUpperCase()) }),
      ),
    ).toEqual([]);
    expect(codes(certFor(site, 0, null, { keyBits: 4096 }))).toEqual(['key-size']);
    const other = spec.pfxProfile === 'windows-legacy' ? 'windows-modern' : 'windows-legacy';
    expect(codes({ ...certFor(site, 0), profile: other })).toEqual(['profile']);
    expect(codes(certFor(site, 0, caOf(site)))).toEqual(['ca-signed']);
    expect(codes(certFor(caSite, 0), caSite, caOf(caSite))).toEqual(['self-signed']);
  });

  it('site CA mode: signed by the stored root under its current name, else stale', () => {
    const ca = caOf(caSite);
    expect(codes(certFor(caSite, 0, ca), caSite, ca)).toEqual([]);
    expect(codes(certFor(caSite, 0, ca), caSite, null)).toEqual(['site-ca-missing']);
    expect(codes(certFor(caSite, 0, caOf(caSite, tp('F'))), caSite, ca)).toEqual(['other-ca']);
    const renamed: Site = { ...caSite, customer: { ...caSite.customer, siteName: 'Elsewhere' } };
    const reasons = certificateStaleness(renamed, renamed.hubs[0]!, certFor(caSite, 0, ca), ca);
    expect(reasons.map((r) => r.code)).toEqual(['site-ca-changed']);
    expect(reasons[0]!.message).toContain('Secure SMTP CA Elsewhere');
  });

  it('site CA mode: a root that ends before the certificate it signed makes that certificate stale', () => {
    const leaf = certFor(caSite, 0, caOf(caSite));
    const shortRoot = { ...caOf(caSite), notAfter: '2020-01-01T00:00:00.000Z' };
    const reasons = certificateStaleness(caSite, caSite.hubs[0]!, leaf, shortRoot);
    expect(reasons.map((r) => r.code)).toEqual(['site-ca-ends-first']);
    expect(reasons[0]!.message).toContain('2020-01-01');
  });
});

describe('bundle staleness', () => {
  const certs = certsByHub(facts().certs);
  const hub = site.hubs[0]!;
  const expected = bundleRecordOf(
    expectedBundle(site, hub, currentCertificates(site, certs, null), 'd'.repeat(64))!,
  );

  it('the record of what an export wrote equals what an export would write now', () => {
    expect(bundleStaleness(expected, expected)).toEqual([]);
  });

  it('a partner added, a partner certificate replaced, another site CA or script each count', () => {
    expect(
      bundleStaleness(
        { ...expected, partners: 'f'.repeat(64), partnerCount: expected.partnerCount - 1 },
        expected,
      )[0],
    ).toMatch(
      new RegExp(
        `carries ${expected.partnerCount - 1} partner certificates, the site now needs ${expected.partnerCount}`,
      ),
    );
    expect(bundleStaleness({ ...expected, partners: 'f'.repeat(64) }, expected)[0]).toMatch(
      /partner's certificate changed/,
    );
    expect(bundleStaleness({ ...expected, siteCa: tp('A') }, expected)[0]).toMatch(/site CA/);
    expect(bundleStaleness({ ...expected, script: 'e'.repeat(64) }, expected)[0]).toMatch(
      /install script/,
    );
  });

  it('a record from before the contents were kept counts as out of date', () => {
    expect(bundleStaleness({ thumbprint: expected.thumbprint }, expected)[0]).toMatch(
      /did not yet record/,
    );
  });

  it("a partner without a current certificate is not expected in the hub's folder", () => {
    const partners = expectedBundle(
      site,
      hub,
      currentCertificates(site, certs, null),
      '',
    )!.partners.map((p) => p.hubId);
    expect(partners.length).toBeGreaterThan(0);
    const withoutFirst = certsByHub(facts().certs.filter((c) => c.hubId !== partners[0]));
    expect(
      expectedBundle(site, hub, currentCertificates(site, withoutFirst, null), '')!.partners.map(
        (p) => p.hubId,
      ),
    ).toEqual(partners.slice(1));
  });
});

describe('hub states for the Certificates table', () => {
  it('none, generated, exported, bundle-stale, stale, expiring and expired', () => {
    const base = facts();
    const certs = certsByHub(base.certs);
    const [a, b, c] = site.hubs;
    const recordOf = (i: number) =>
      bundleRecordOf(
        expectedBundle(
          site,
          site.hubs[i]!,
          currentCertificates(site, certs, null),
          'd'.repeat(64),
        )!,
      );
    const states = hubCertStatuses(
      site,
      {
        ...base,
        exports: {
          [a!.id]: recordOf(0),
          [b!.id]: { ...recordOf(1), script: 'e'.repeat(64) },
          [c!.id]: { ...recordOf(2), thumbprint: tp('9') },
        },
      },
      now,
    );
    expect(states[a!.id]).toEqual({ state: 'exported', reasons: [] });
    expect(states[b!.id]!.state).toBe('bundle-stale');
    expect(states[b!.id]!.reasons[0]).toMatch(/install script/);
    expect(states[c!.id]).toEqual({ state: 'generated', reasons: [] });
    const none = hubCertStatuses(site, facts({ certs: [] }), now);
    expect(Object.values(none).map((s) => s.state)).toEqual(site.hubs.map(() => 'none'));
  });

  it('stale wins over everything; expiry wins over export', () => {
    const base = facts();
    const [a, b] = site.hubs;
    const certs = [
      certFor(site, 0, null, { subject: 'CN=old.contoso.local' }),
      certFor(site, 1, null, { notAfter: '2026-12-10T00:00:00.000Z' }),
      certFor(site, 2, null, { notAfter: '2026-11-01T00:00:00.000Z' }),
    ];
    const states = hubCertStatuses(
      site,
      { ...base, certs, exports: { [b!.id]: { thumbprint: tp('2') } } },
      now,
    );
    expect(states[a!.id]!.state).toBe('stale');
    expect(states[a!.id]!.reasons[0]).toMatch(/made for old\.contoso\.local/);
    expect(states[b!.id]!.state).toBe('expiring');
    expect(states[site.hubs[2]!.id]!.state).toBe('expired');
  });
});
