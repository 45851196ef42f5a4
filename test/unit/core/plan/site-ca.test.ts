import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allSteps, installScript, planFor } from '../../../../core/plan';
import { siteSchema, type Site } from '../../../../core/site';
import { missing, trustStepKey } from '../../../../core/trust';

function site(siteCa: boolean): Site {
  const raw = JSON.parse(readFileSync('test/fixtures/sites/2013-multi.json', 'utf8')) as Record<
    string,
    unknown
  > & {
    certificate: Record<string, unknown>;
  };
  return siteSchema.parse({ ...raw, certificate: { ...raw.certificate, siteCa } });
}

describe('site CA mode', () => {
  it('is off unless chosen (older site files have no such field)', () => {
    const raw = JSON.parse(readFileSync('test/fixtures/sites/2013-multi.json', 'utf8'));
    expect(siteSchema.parse(raw).certificate.siteCa).toBe(false);
  });

  it('replaces every partner-trust step with one "trust the site CA" step per hub', () => {
    const plan = planFor(site(true));
    const ids = allSteps(plan).map((s) => s.stepId);
    expect(ids).not.toContain('trust-partner-certificate');
    for (const hub of plan.hubs) {
      expect(hub.steps.filter((s) => s.stepId === 'trust-site-ca')).toHaveLength(1);
    }
    const selfSigned = allSteps(planFor(site(false))).map((s) => s.stepId);
    expect(selfSigned).toContain('trust-partner-certificate');
    expect(selfSigned).not.toContain('trust-site-ca');
  });

  it("imports the site CA, not the partners' certificates, in each install script", () => {
    const s = site(true);
    for (const hub of s.hubs) {
      const script = installScript(s, hub.id, { now: new Date('2026-11-28T10:00:00Z') });
      expect(script.ok).toBe(true);
      if (!script.ok) continue;
      expect(script.value.content).toContain('public\\site-ca.cer');
      for (const peer of s.hubs.filter((p) => p.id !== hub.id)) {
        expect(script.value.content).not.toContain(`public\\${peer.fqdn}.cer`);
      }
    }
  });

  it('the trust matrix counts a hub as trusting its partners once its site CA step is done', () => {
    const s = site(true);
    const plan = planFor(s);
    const first = plan.trust.edges[0]!;
    const key = trustStepKey(plan.trust, first);
    expect(key).toBe(`trust-site-ca@hub:${first.hubId}`);
    const before = missing(plan.trust, {}).trusts.filter((t) => t.hubId === first.hubId);
    expect(before.length).toBeGreaterThan(0);
    const after = missing(plan.trust, { [key]: 'done' }).trusts.filter(
      (t) => t.hubId === first.hubId,
    );
    expect(after).toEqual([]);
  });

  it('hub certificates signed by the CA are not CAs and cannot sign', async () => {
    const { certificateSpecFor } = await import('../../../../core/commands/certificate-spec');
    const s = site(true);
    const spec = certificateSpecFor(s, s.hubs[0]!);
    expect(spec.basicConstraintsCa).toBe(false);
    expect(spec.keyUsage).not.toContain('keyCertSign');
    expect(spec.siteCaCommonName).toMatch(/^Secure SMTP CA [A-Za-z0-9 .-]+$/u);
  });
});
