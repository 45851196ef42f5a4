import { describe, expect, it } from 'vitest';
import { allSteps, planFor } from '../../../../core/plan';
import { illustrationIds } from '../../../../core/procedure';
import { checkBundleRoot } from '../../../../core/commands';
import { AppErrorException } from '../../../../core/errors';
import { fixtureNames, siteFixture } from '../site/load-fixture';

const domainSecuritySteps = [
  'receive-connector-permissions',
  'partner-receive-connector',
  'send-connector-domain-secure',
  'receive-connector-domain-secure',
  'transport-secure-lists',
  'forest-trust',
];

const ids = (name: string) => allSteps(planFor(siteFixture(name))).map((s) => s.stepId);

describe('planFor tailoring', () => {
  it('gives single-domain sites no domain-security steps', () => {
    for (const name of ['2010-sp1-single', '2016-2019-se-single']) {
      const steps = ids(name);
      for (const id of domainSecuritySteps) expect(steps).not.toContain(id);
      expect(planFor(siteFixture(name)).warnings.map((w) => w.code)).toContain(
        'single-domain-no-domain-security',
      );
    }
  });

  it('gives multi-domain sites domain security on both connectors, the secure lists and the forest trust', () => {
    const steps = ids('2010-sp1-multi');
    for (const id of [
      'send-connector-domain-secure',
      'receive-connector-domain-secure',
      'transport-secure-lists',
      'forest-trust',
    ]) {
      expect(steps).toContain(id);
    }
  });

  it('makes Exchange 2007 certificate steps shell-only', () => {
    const plan = planFor(siteFixture('2007-multi'));
    const certSteps =
      plan.hubs[0]?.steps.filter(
        (s) => s.stepId.startsWith('certificate-') && s.stepId !== 'certificate-generate',
      ) ?? [];
    expect(certSteps.map((s) => s.stepId)).toEqual([
      'certificate-import',
      'certificate-assign-smtp',
    ]);
    for (const s of certSteps) {
      expect(s.shellOnly).toBe(true);
      expect(s.consoles.map((c) => c.console)).toEqual(['ems']);
    }
  });

  it('uses the EMC on 2010 and the EAC on 2013 for assigning SMTP', () => {
    const on2010 = planFor(siteFixture('2010-sp1-multi')).hubs[0]?.steps.find(
      (s) => s.stepId === 'certificate-assign-smtp',
    );
    const on2013 = planFor(siteFixture('2013-multi')).hubs[0]?.steps.find(
      (s) => s.stepId === 'certificate-assign-smtp',
    );
    expect(on2010?.illustration).toBe('emc-assign-services-wizard');
    expect(on2013?.illustration).toBe('eac-certificate-services');
  });

  it('offers a Partner connector instead of clearing Anonymous users on an Internet-facing connector', () => {
    const plan = planFor(siteFixture('2016-2019-se-multi'));
    for (const hub of plan.hubs) {
      const steps = hub.steps.map((s) => s.stepId);
      expect(steps).toContain('partner-receive-connector');
      expect(steps).not.toContain('receive-connector-permissions');
      expect(hub.securedReceiveConnector).toBe('Secure SMTP Partners');
      const partner = hub.steps.find((s) => s.stepId === 'partner-receive-connector');
      expect(partner?.warnings.map((w) => w.code)).toContain('internet-facing-receive-connector');
      const all = hub.steps.flatMap((s) => s.commands.map((c) => c.command)).join('\n');
      expect(all).not.toMatch(/-PermissionGroups/u);
      expect(all).toMatch(/-RemoteIPRanges '10\.\d\.0\.25'/u);
    }
  });

  it('applies the seed permission step where the connector takes no Internet mail', () => {
    const plan = planFor(siteFixture('2010-sp1-multi'));
    const step = plan.hubs[0]?.steps.find((s) => s.stepId === 'receive-connector-permissions');
    const text = step?.commands.map((c) => c.command).join('\n') ?? '';
    expect(text).toContain("$Connector = Get-ReceiveConnector -Identity 'EX01\\Default EX01'");
    expect(text).toContain(
      "Set-ReceiveConnector -Identity 'EX01\\Default EX01' -PermissionGroups ([string]::Join(',', $Groups))",
    );
  });

  it('warns about a smart-host send connector', () => {
    const plan = planFor(siteFixture('2007-multi'));
    const step = plan.hubs[1]?.steps.find((s) => s.stepId === 'send-connector-domain-secure');
    expect(step?.warnings.map((w) => w.code)).toContain('send-connector-smart-host');
  });

  it('puts the secure lists once per organisation, never in a hub section', () => {
    const plan = planFor(siteFixture('2013-multi'));
    expect(plan.organisations.map((o) => [o.forest, o.steps.map((s) => s.stepId)])).toEqual([
      ['contoso.local', ['transport-secure-lists']],
      ['fabrikam.local', ['transport-secure-lists']],
    ]);
    for (const hub of plan.hubs)
      expect(hub.steps.map((s) => s.stepId)).not.toContain('transport-secure-lists');
  });

  it.each(fixtureNames)(
    '%s: keys are unique, illustrations known, shell-only steps have commands',
    (name) => {
      const steps = allSteps(planFor(siteFixture(name)));
      expect(new Set(steps.map((s) => s.key)).size).toBe(steps.length);
      for (const s of steps) {
        if (s.illustration !== null) expect(illustrationIds).toContain(s.illustration);
        if (s.shellOnly) expect(s.commands.length).toBeGreaterThan(0);
        expect(s.verify.expected.length).toBeGreaterThan(0);
      }
    },
  );

  it('never prints an unverified RiOS command; SteelHead GUI steps carry their status', () => {
    const rios = fixtureNames.flatMap((name) =>
      allSteps(planFor(siteFixture(name))).flatMap((s) =>
        s.commands.filter((c) => c.shell === 'rios'),
      ),
    );
    expect(rios.length).toBeGreaterThan(0);
    for (const name of fixtureNames) {
      for (const s of allSteps(planFor(siteFixture(name)))) {
        for (const c of s.commands.filter((c) => c.shell === 'rios')) {
          expect(c.status).not.toBe('unverified');
          expect(c.command).toMatch(
            /^(show protocol ssl backend|show secure-peering|in-path rule auto-discover )/u,
          );
        }
      }
    }
    const server = planFor(siteFixture('2016-2019-se-multi')).steelheads.find(
      (s) => s.stepId === 'steelhead-server-side',
    );
    expect(server?.consoles[0]?.status).toBe('unverified');
    expect(server?.commands).toEqual([]);
  });
});

describe('plan warnings', () => {
  it('flags a SteelHead without an SSL licence or below RiOS 7.0', () => {
    const site = siteFixture('2010-sp1-multi');
    const steelheads = site.steelheads.map((s, i) =>
      i === 0 ? { ...s, sslLicence: false, riosVersion: '6.5.2' } : s,
    );
    const plan = planFor({ ...site, steelheads });
    const codes = plan.prerequisites[0]?.warnings.map((w) => w.code);
    expect(codes).toEqual(['steelhead-no-ssl-licence', 'steelhead-rios-too-old']);
    expect(plan.prerequisites[1]?.warnings).toEqual([]);
  });

  it('flags a forced AES PFX for a hub whose Windows cannot read it', () => {
    const site = siteFixture('2010-sp1-multi');
    const plan = planFor({
      ...site,
      certificate: { ...site.certificate, pfxProfile: 'windows-modern' },
    });
    const gen = plan.hubs[0]?.steps.find((s) => s.stepId === 'certificate-generate');
    expect(gen?.warnings.map((w) => w.code)).toContain('pfx-profile-too-new');
  });

  it('refuses to create a Partner connector without partner addresses', () => {
    const site = siteFixture('2016-2019-se-multi');
    const hubs = site.hubs.map((h) => ({ ...h, ipAddresses: [] }));
    const hub = planFor({ ...site, hubs }).hubs[0];
    const step = hub?.steps.find((s) => s.stepId === 'partner-receive-connector');
    expect(step?.warnings.map((w) => w.code)).toContain('partner-addresses-missing');
    expect(step?.commands[0]?.command).toMatch(/^throw \(?'/u);
  });
});

describe('bundle folder in standalone commands', () => {
  it('is used in the printed paths and refused when cmd.exe cannot carry it', () => {
    const site = siteFixture('2010-sp1-multi');
    const plan = planFor(site, {
      mode: 'standalone',
      bundleRoot: 'E:\\Secure SMTP\\',
      thumbprints: {},
    });
    const cmds = allSteps(plan).flatMap((s) => s.commands.map((c) => c.command));
    expect(cmds).toContain(
      'certutil -addstore Root "E:\\Secure SMTP\\public\\mx1.fabrikam.local.cer"',
    );
    expect(checkBundleRoot('E:\\100%')).toContain('%');
    expect(checkBundleRoot('relative\\path')).toContain('absolute');
    expect(() =>
      planFor(site, { mode: 'standalone', bundleRoot: 'E:\\100%', thumbprints: {} }),
    ).toThrow(AppErrorException);
  });
});

describe('mixed Exchange versions (per-hub override)', () => {
  it('tailors each hub and each organisation to its own version', async () => {
    const { validateSite } = await import('../../../../core/site');
    const { rawSiteFixture } = await import('../site/load-fixture');
    const raw = rawSiteFixture('2010-rtm-multi') as { hubs: Record<string, unknown>[] };
    raw.hubs[1] = { ...raw.hubs[1], exchangeVersion: '2016-2019-se', windowsVersion: '2019' };
    const parsed = validateSite(raw);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const plan = planFor(parsed.value);
    const [ex01, mx1] = plan.hubs;
    expect(ex01?.exchangeVersion).toBe('2010-rtm');
    expect(mx1?.exchangeVersion).toBe('2016-2019-se');
    expect(mx1?.securedReceiveConnector).toBe('Secure SMTP Partners');
    expect(mx1?.steps.find((s) => s.stepId === 'certificate-import')?.shellOnly).toBe(true);
    expect(ex01?.steps.find((s) => s.stepId === 'certificate-import')?.illustration).toBe(
      'emc-exchange-certificates',
    );
    const lists = plan.organisations.map(
      (o) => o.steps[0]?.commands.map((c) => c.command).join('\n') ?? '',
    );
    expect(lists[0]).toContain('$tc = Get-TransportConfig');
    expect(lists[0]).toContain('-TLSSendDomainSecureList $Send');
    expect(lists[1]).toContain("$AddSend = @(@('contoso.com') | Where-Object");
    expect(lists[1]).toContain('Set-TransportConfig -TLSSendDomainSecureList @{Add=$AddSend}');
  });
});
