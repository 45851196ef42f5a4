import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { certificateSpecFor } from '../../../../core/commands/certificate-spec';
import { validateSite } from '../../../../core/site';
import { generateHub } from '../../../../electron/services/pki/generate';
import { requestsFromSite } from '../../../../electron/services/pki/site-requests';

describe('requestsFromSite', () => {
  it('what PKI generates matches core certificateSpecFor (names, EKU, KU, CA flag, profile)', async () => {
    const parsed = validateSite(
      JSON.parse(readFileSync('test/fixtures/sites/2016-2019-se-multi.json', 'utf8')),
    );
    if (!parsed.ok) throw new Error(parsed.error.message);
    const site = parsed.value;
    const [first] = requestsFromSite(site);
    const hubModel = site.hubs.find((h) => h.id === first!.hubId)!;
    const spec = certificateSpecFor(site, hubModel);
    const hub = await generateHub(first!.request, 'Spec-Test-Password-1', {
      now: () => new Date(),
      randomBytes: (n) => randomBytes(n),
    });
    expect(hub.metadata.sans).toEqual(spec.dnsNames);
    expect(hub.metadata.subject).toBe(`CN=${spec.commonName}`);
    expect(hub.metadata.extKeyUsage).toEqual(spec.extendedKeyUsage);
    expect(hub.metadata.isCa).toBe(spec.basicConstraintsCa);
    const ku = hub.cert.getExtension('keyUsage') as Record<string, boolean>;
    for (const k of spec.keyUsage) expect(ku[k], k).toBe(true);
    expect(hub.profile === 'modern' ? 'windows-modern' : 'windows-legacy').toBe(spec.pfxProfile);
    expect(requestsFromSite(site, [site.hubs[1]!.id]).map((r) => r.hubId)).toEqual([
      site.hubs[1]!.id,
    ]);
  });
});
