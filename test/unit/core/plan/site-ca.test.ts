import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { siteCaCommonName } from '../../../../core/certificates/site-ca';
import { showTrustedSiteCaCommand } from '../../../../core/commands';
import {
  allSteps,
  installScript,
  missingTrust,
  planFor,
  trustStepKey,
} from '../../../../core/plan';
import { fixtureSite } from '../../../helpers/fixture-site';
import { siteSchema, type Site } from '../../../../core/site';

const site = (siteCa: boolean): Site => fixtureSite('2013-multi', { siteCa });

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
    const before = missingTrust(plan.trust, {}).trusts.filter((t) => t.hubId === first.hubId);
    expect(before.length).toBeGreaterThan(0);
    const after = missingTrust(plan.trust, { [key]: { status: 'done' } }).trusts.filter(
      (t) => t.hubId === first.hubId,
    );
    expect(after).toEqual([]);
  });

  it('hub certificates signed by the CA are not CAs and cannot sign', async () => {
    const { certificateSpecFor } = await import('../../../../core/certificates/spec');
    const s = site(true);
    const spec = certificateSpecFor(s, s.hubs[0]!);
    expect(spec.basicConstraintsCa).toBe(false);
    expect(spec.keyUsage).not.toContain('keyCertSign');
    expect(spec.siteCa.commonName).toMatch(/^Secure SMTP CA [A-Za-z0-9 .-]+$/u);
  });
});

describe('site CA verification in the Trusted Root store', () => {
  it('matches the exact subject CN=<cn> and a subject with more attributes after the CN', () => {
    const s = site(true);
    const plan = planFor(s);
    const cn = siteCaCommonName(s);
    const steps = allSteps(plan).filter((x) => x.stepId === 'trust-site-ca');
    expect(steps).toHaveLength(s.hubs.length);
    for (const step of steps) {
      expect(step.verify.command?.command).toBe(
        `Get-ChildItem Cert:\\LocalMachine\\Root | Where-Object { $_.Subject -eq 'CN=${cn}' -or $_.Subject -like 'CN=${cn},*' } | Format-List Subject,Thumbprint,NotAfter`,
      );
    }
  });

  it('never puts a wildcard character of -like into the CN, whatever the site name', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1, maxLength: 80 }), (siteName) => {
        const s = site(true);
        const cn = siteCaCommonName({ ...s, customer: { ...s.customer, siteName } });
        // siteCaCommonName keeps only these characters: none is special to -like ( * ? [ ] ).
        expect(cn).toMatch(/^[A-Za-z0-9 .-]+$/u);
        const command = showTrustedSiteCaCommand(cn).command;
        const like = /-like '([^']*)'/u.exec(command)?.[1] ?? '';
        expect(like).toBe(`CN=${cn},*`);
        expect(like.slice(0, -1)).not.toMatch(/[*?[\]`]/u);
      }),
    );
  });

  it('refuses a common name that -like would read as a pattern', () => {
    for (const cn of ['CA*', 'CA?', 'CA[1]', "O'Brien CA"]) {
      expect(() => showTrustedSiteCaCommand(cn)).toThrow();
    }
  });
});
