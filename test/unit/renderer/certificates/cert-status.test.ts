import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { certificateSpecFor } from '../../../../core/commands/certificate-spec';
import type { HubCertView } from '../../../../core/ipc/cert-channels';
import { siteSchema } from '../../../../core/site';
import { certState, staleReason } from '../../../../renderer/features/certificates/cert-status';

const site = siteSchema.parse(
  JSON.parse(readFileSync('test/fixtures/sites/2013-multi.json', 'utf8')),
);
const hub = site.hubs[0]!;
const spec = certificateSpecFor(site, hub);
const now = new Date('2026-11-28T12:00:00Z');

function cert(
  overrides: Partial<HubCertView['metadata']> = {},
  profile = spec.pfxProfile,
): HubCertView {
  return {
    hubId: hub.id,
    profile,
    friendlyName: spec.friendlyName,
    metadata: {
      subject: `CN=${hub.fqdn}`,
      issuer: `CN=${hub.fqdn}`,
      sans: [...spec.dnsNames],
      notBefore: '2026-11-28T11:55:00.000Z',
      notAfter: '2028-11-27T12:00:00.000Z',
      keyBits: 2048,
      serialHex: '01',
      thumbprint: 'B'.repeat(40),
      sha256: 'C'.repeat(64),
      selfSigned: true,
      isCa: true,
      extKeyUsage: ['serverAuth', 'clientAuth'],
      ...overrides,
    },
  };
}

describe('certificate state per hub', () => {
  it('exported only when the stick got this very certificate (thumbprint), however close in time', () => {
    const c = cert();
    const at = '2026-11-28T11:56:00.000Z'; // after notBefore, yet for an older certificate
    expect(certState(c, { at, folder: '/usb', thumbprint: 'D'.repeat(40) }, now, spec)).toBe(
      'generated',
    );
    expect(certState(c, { at, folder: '/usb', thumbprint: 'B'.repeat(40) }, now, spec)).toBe(
      'exported',
    );
    expect(certState(c, { at, folder: '/usb' }, now, spec)).toBe('generated');
  });

  it('stale when the certificate no longer fits the hub: name, SANs, profile or CA mode', () => {
    expect(staleReason(cert({ subject: 'CN=old.contoso.local' }), spec)).toMatch(/made for old/);
    expect(staleReason(cert({ sans: [hub.fqdn] }), spec)).toMatch(/names/);
    expect(
      staleReason(
        cert({}, spec.pfxProfile === 'windows-legacy' ? 'windows-modern' : 'windows-legacy'),
        spec,
      ),
    ).toMatch(/profile/);
    expect(staleReason(cert({ selfSigned: false }), spec)).toMatch(/signed by a CA/);
    expect(certState(cert({ subject: 'CN=old.contoso.local' }), undefined, now, spec)).toBe(
      'stale',
    );
    expect(staleReason(cert(), spec)).toBeNull();
  });

  it('expiry wins over export', () => {
    const soon = cert({ notAfter: '2026-12-10T00:00:00.000Z' });
    expect(
      certState(
        soon,
        { at: now.toISOString(), folder: '/usb', thumbprint: 'B'.repeat(40) },
        now,
        spec,
      ),
    ).toBe('expiring');
    expect(certState(cert({ notAfter: '2026-11-01T00:00:00.000Z' }), undefined, now, spec)).toBe(
      'expired',
    );
    expect(certState(undefined, undefined, now, spec)).toBe('none');
  });
});
