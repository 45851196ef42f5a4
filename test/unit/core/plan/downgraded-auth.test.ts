import { describe, expect, it } from 'vitest';
import {
  allSteps,
  hubRunbook,
  installScript,
  planFor,
  renderPlanText,
} from '../../../../core/plan';
import { validateSite } from '../../../../core/site';
import { rawSiteFixture } from '../site/load-fixture';

/*
 * Issue 9: on a single-domain site the engineer chooses how hub-to-hub mail crosses the
 * SteelHeads: Exchange Server authentication over X-ANONYMOUSTLS (the SteelHead stands in with the
 * new certificate as the default) or Microsoft's downgraded Exchange Server authentication for WAN
 * optimisers (TLS off on a dedicated receive connector scoped to the hubs across the WAN).
 */
const site = (over: Record<string, unknown>, name = '2016-2019-se-single') => {
  const r = validateSite({ ...rawSiteFixture(name), ...over });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('the intra-organisation choice on single-domain sites', () => {
  it('defaults to Exchange Server authentication (what sites saved before the choice did)', () => {
    expect(site({}).intraOrgTls).toBe('exchange-server-auth');
  });

  it('downgraded: each hub runs the documented commands, scoped to the hubs across the WAN', () => {
    const s = site({ intraOrgTls: 'downgraded' });
    const hub = s.hubs.find((h) => h.netbiosName === 'MBX01')!;
    const step = hubRunbook(planFor(s), hub.id).find(
      (p) => p.stepId === 'downgraded-exchange-auth',
    );
    expect(step, 'the runbook has the step').toBeDefined();
    const ps = step!.commands.filter((c) => c.shell === 'powershell').map((c) => c.command);
    expect(ps).toContain("Set-TransportService 'MBX01' -UseDowngradedExchangeServerAuth $true");
    // 2013+: hub-to-hub mail reaches the Transport service on 2525, so the connector goes there,
    // scoped by RemoteIPRanges beside Default MBX01 (an -Internal connector would sit on port 25,
    // which no hub-to-hub connection reaches and which the Front End service already holds).
    expect(ps).toContain(
      "New-ReceiveConnector -Name 'WAN optimised (downgraded auth)' -Server 'MBX01' -TransportRole HubTransport -Custom -Bindings '0.0.0.0:2525' -RemoteIPRanges '10.20.0.11' -PermissionGroups 'ExchangeServers,ExchangeLegacyServers' -AuthMechanism 'Tls,ExchangeServer'",
    );
    expect(ps).toContain(
      "Set-ReceiveConnector -Identity 'MBX01\\WAN optimised (downgraded auth)' -SuppressXAnonymousTLS $true",
    );
    // The overwrite prompt: TLS is off between the hubs, so the default certificate stays.
    const assign = hubRunbook(planFor(s), hub.id).find(
      (p) => p.stepId === 'certificate-assign-smtp',
    )!;
    expect(assign.commands.map((c) => c.command).join('\n')).not.toMatch(/-Force/u);
    const script = installScript(s, hub.id, { now: new Date('2026-01-02T03:04:05Z') });
    expect(script.ok && script.value.content).toContain('-UseDowngradedExchangeServerAuth $true');
    // The check reads which service and port the connector landed on.
    const verify = step!.verify!.command!.command;
    expect(verify).toMatch(/Identity,TransportRole,Bindings,RemoteIPRanges,SuppressXAnonymousTls/u);
    expect(step!.verify!.expected).toMatch(/TransportRole HubTransport, Bindings 0\.0\.0\.0:2525/u);
  });

  it('Exchange Server authentication keeps today\u2019s plan: no downgrade step, -Force on assign', () => {
    const s = site({ intraOrgTls: 'exchange-server-auth' });
    const hub = s.hubs[0]!;
    const steps = hubRunbook(planFor(s), hub.id);
    expect(steps.some((p) => p.stepId === 'downgraded-exchange-auth')).toBe(false);
    const assign = steps.find((p) => p.stepId === 'certificate-assign-smtp')!;
    expect(assign.commands.map((c) => c.command).join('\n')).toMatch(/-Force/u);
  });

  it('Exchange 2010 uses Set-TransportServer', () => {
    const s = site(
      {
        intraOrgTls: 'downgraded',
        hubs: (rawSiteFixture('2010-sp1-single').hubs as Record<string, unknown>[]).map(
          (h: Record<string, unknown>, i: number) => ({
            ...h,
            ipAddresses: [`10.0.${i}.5`],
          }),
        ),
      },
      '2010-sp1-single',
    );
    const step = hubRunbook(planFor(s), 'hub-3').find(
      (p) => p.stepId === 'downgraded-exchange-auth',
    );
    expect(step?.commands.map((c) => c.command)).toContain(
      "Set-TransportServer 'NYCHUB01' -UseDowngradedExchangeServerAuth $true",
    );
    // 2010 has one transport service and hub-to-hub mail on port 25: Microsoft's -Internal form.
    const connector = step!.commands.find((c) => c.command.startsWith('New-ReceiveConnector'));
    expect(connector?.command).toMatch(
      / -RemoteIPRanges '10\.0\.\d\.5'(,'10\.0\.\d\.5')* -Internal$/u,
    );
    expect(connector?.command).not.toMatch(/TransportRole|2525/u);
    expect(step!.verify!.command!.command).not.toMatch(/TransportRole/u);
  });

  it('is refused, naming the field, where Microsoft offers no such thing', () => {
    const multi = validateSite({ ...rawSiteFixture('2013-multi'), intraOrgTls: 'downgraded' });
    expect(multi.ok).toBe(false);
    expect(!multi.ok && multi.error.field).toBe('intraOrgTls');
    const old = validateSite({
      ...rawSiteFixture('2010-sp1-single'),
      exchangeVersion: '2007',
      hubs: (rawSiteFixture('2010-sp1-single').hubs as Record<string, unknown>[]).map(
        (h: Record<string, unknown>) => ({
          ...h,
          windowsVersion: '2008',
        }),
      ),
      intraOrgTls: 'downgraded',
    });
    expect(old.ok).toBe(false);
    expect(!old.ok && old.error.message).toMatch(/Exchange 2010 and later/u);
  });
});

describe('the hubs across the WAN have no recorded addresses', () => {
  // 2010-sp1-single records no IP addresses for its hubs.
  const s = site({ intraOrgTls: 'downgraded' }, '2010-sp1-single');
  const hub = s.hubs[0]!;

  it('the install script stops before its first change, and a dry run warns', () => {
    const r = installScript(s, hub.id, { now: new Date('2026-01-02T03:04:05Z') });
    if (!r.ok) throw new Error(r.error.message);
    const text = r.value.content;
    const stop = text.indexOf('No IP addresses are recorded for the hubs that reach');
    const firstStep = text.indexOf("if (Start-RunbookStep 'certificate-import@");
    expect(stop, 'the stop is in the script').toBeGreaterThan(0);
    expect(stop, 'before the import, not halfway').toBeLessThan(firstStep);
    expect(text.slice(stop - 200, stop)).toMatch(/if \(\$WhatIf\) \{ Write-Host 'WARNING: $/u);
  });

  it('the step says so at the top, naming the hub', () => {
    const step = hubRunbook(planFor(s), hub.id).find(
      (p) => p.stepId === 'downgraded-exchange-auth',
    )!;
    expect(step.warnings.map((w) => [w.level, w.code])).toContainEqual([
      'danger',
      'wan-peer-addresses-missing',
    ]);
    expect(step.warnings.find((w) => w.code === 'wan-peer-addresses-missing')?.message).toContain(
      hub.netbiosName,
    );
  });
});

describe('the SteelHeads on a downgraded site (hostile review)', () => {
  const steelheadSteps = [
    'steelhead-prerequisites',
    'steelhead-server-side',
    'steelhead-client-side',
  ];

  it('no proxy certificate, hub key, SSL rule or SSL licence: the mail crosses them as plain SMTP', () => {
    for (const name of ['2016-2019-se-single', '2010-sp1-single'] as const) {
      const s = site({ intraOrgTls: 'downgraded' }, name);
      const plan = planFor(s);
      const ids = allSteps(plan).map((p) => p.stepId);
      for (const id of steelheadSteps) expect(ids, `${name}: ${id}`).not.toContain(id);
      const text = renderPlanText(plan);
      expect(text).not.toMatch(/preoptimization ssl|proxy certificate and private key/iu);
      expect(text).not.toMatch(/counts optimised SSL connections/u);
      expect(plan.warnings.map((w) => w.code)).toContain('steelheads-plain-smtp');
      const generate = allSteps(plan).find((p) => p.stepId === 'certificate-generate')!;
      expect(generate.why).toMatch(/no SteelHead needs this key/u);
    }
  });

  it('keeping TLS between the hubs keeps the SteelHead SSL steps', () => {
    const plan = planFor(site({ intraOrgTls: 'exchange-server-auth' }));
    const ids = allSteps(plan).map((p) => p.stepId);
    for (const id of steelheadSteps) expect(ids).toContain(id);
    expect(plan.warnings.map((w) => w.code)).not.toContain('steelheads-plain-smtp');
  });
});
