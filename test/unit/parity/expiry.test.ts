import { describe, expect, it } from 'vitest';
import { expiryColour } from '../../../core/certificates/expiry';
import { certificateSpecFor } from '../../../core/certificates/spec';
import { hubCertStatuses } from '../../../core/certificates/state';
import { lintCertificate } from '../../../electron/services/pki/lint';
import { fixtureSite } from '../../helpers/fixture-site';

const site = fixtureSite('2013-multi');
const hub = site.hubs[0]!;
const spec = certificateSpecFor(site, hub);
const now = new Date('2026-11-28T12:00:00Z');
const HOUR = 3_600_000;

/** What the Certificates table, the inspector's lint and its colour say of one notAfter. */
function verdicts(notAfter: Date) {
  const state = hubCertStatuses(
    site,
    {
      certs: [
        {
          hubId: hub.id,
          profile: spec.pfxProfile,
          friendlyName: spec.friendlyName,
          signedBy: null,
          metadata: {
            subject: `CN=${hub.fqdn}`,
            issuer: `CN=${hub.fqdn}`,
            sans: [...spec.dnsNames],
            notBefore: '2026-01-01T00:00:00.000Z',
            notAfter: notAfter.toISOString(),
            keyBits: spec.keySize,
            serialHex: '01',
            thumbprint: 'A'.repeat(40),
            sha256: 'C'.repeat(64),
            selfSigned: true,
            isCa: true,
            extKeyUsage: ['serverAuth', 'clientAuth'],
          },
        },
      ],
      siteCa: null,
      exports: {},
      scriptDigests: {},
    },
    now,
  )[hub.id]!.state;
  const lint = lintCertificate(
    {
      cn: hub.fqdn,
      sans: spec.dnsNames,
      keyBits: 2048,
      eku: ['serverAuth', 'clientAuth'],
      hasEku: true,
      isCa: false,
      selfSigned: true,
      signatureAlgorithm: 'sha256WithRSAEncryption',
      version: 3,
      notBefore: new Date('2026-01-01T00:00:00Z'),
      notAfter,
      serialNegative: false,
    },
    now,
  ).map((f) => f.code);
  return { state, lint, colour: expiryColour(notAfter, now) };
}

describe('one expiry rule: the Certificates table, the inspector lint and its colour agree', () => {
  // Around every threshold: expired, 30 days (expiring), 90 days (amber).
  const offsetsHours = [
    -25,
    -1,
    1,
    24 * 29,
    24 * 30,
    24 * 30 + 1,
    24 * 31,
    24 * 89,
    24 * 91,
    24 * 400,
  ];
  it.each(offsetsHours)('notAfter %i hours from now', (h) => {
    const v = verdicts(new Date(now.getTime() + h * HOUR));
    const expired = v.state === 'expired';
    const expiring = v.state === 'expiring';
    expect(v.lint.includes('expired')).toBe(expired);
    expect(v.lint.includes('expires-soon')).toBe(expiring);
    expect(v.colour === 'red').toBe(expired || expiring);
  });
});
