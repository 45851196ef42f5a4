import { describe, expect, it } from 'vitest';
import { allSteps, installScript, planFor, renderShellCommands } from '../../../../core/plan';
import { validateSite, type ExchangeVersion, type Site } from '../../../../core/site';
import { rawAsVersion, rawSiteFixture } from '../site/load-fixture';

type RawHub = Record<string, unknown>;

/** A fixture with hub-1's receive connector (and optionally version/environment) overridden. */
function siteWith(name: string, hub1: Partial<RawHub>, extra: Record<string, unknown> = {}): Site {
  const raw = rawSiteFixture(name) as Record<string, unknown> & { hubs: RawHub[] };
  const hubs = raw.hubs.map((h) => (h['id'] === 'hub-1' ? { ...h, ...hub1 } : h));
  const version = (extra.exchangeVersion ?? raw.exchangeVersion) as ExchangeVersion;
  const parsed = validateSite({ ...rawAsVersion({ ...raw, hubs }, version), ...extra });
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

const hubTransport = (site: Site) =>
  planFor(site).warnings.filter((w) => w.code === 'hub-transport-receive-connector');

describe('2013+ multi-domain hub secured on its HubTransport connector (Default <S>, port 2525)', () => {
  it('is a warning naming the hub and both connectors', () => {
    for (const version of ['2013', '2016-2019-se'] as const) {
      const site = siteWith(
        '2013-multi',
        { receiveConnectorName: 'Default EX01' },
        { exchangeVersion: version },
      );
      const warnings = hubTransport(site);
      expect(warnings, version).toHaveLength(1);
      const w = warnings[0];
      expect(w?.level).toBe('warning');
      expect(w?.message).toContain('EX01');
      expect(w?.message).toContain('Default EX01');
      expect(w?.message).toContain('Default Frontend EX01');
      expect(w?.message).toMatch(/Frontend Partner connector/u);
    }
  });

  it('compares the connector name case-insensitively, as Exchange does', () => {
    const site = siteWith('2013-multi', { receiveConnectorName: 'default ex01' });
    expect(hubTransport(site)).toHaveLength(1);
  });

  it('is not raised for the Frontend connector, a custom connector, 2007/2010, single domain or an Internet-facing connector', () => {
    expect(hubTransport(siteWith('2013-multi', {}))).toEqual([]);
    expect(hubTransport(siteWith('2013-multi', { receiveConnectorName: 'Partner TLS' }))).toEqual(
      [],
    );
    expect(
      hubTransport(siteWith('2010-sp1-multi', { receiveConnectorName: 'Default EX01' })),
    ).toEqual([]);
    expect(
      hubTransport(siteWith('2016-2019-se-single', { receiveConnectorName: 'Default MBX01' })),
    ).toEqual([]);
    // Internet-facing: the plan secures a dedicated Frontend Partner connector instead.
    expect(
      hubTransport(
        siteWith('2013-multi', {
          receiveConnectorName: 'Default EX01',
          receiveConnectorInternetFacing: true,
        }),
      ),
    ).toEqual([]);
  });
});

describe('the HubTransport connector is never the target of a command (plan, script, listings)', () => {
  const now = new Date('2026-11-28T21:10:00Z');
  it.each(['2013', '2016-2019-se'] as const)(
    '%s: Default EX01 is left alone; a Frontend Partner connector carries Partners and domain security',
    (version) => {
      const site = siteWith(
        '2013-multi',
        { receiveConnectorName: 'Default EX01', receiveConnectorInternetFacing: false },
        { exchangeVersion: version },
      );
      const plan = planFor(site);
      const hubPlan = plan.hubs.find((h) => h.hubId === 'hub-1');
      expect(hubPlan?.securedReceiveConnector).toBe('Secure SMTP Partners');
      const texts = allSteps(plan)
        .filter((s) => s.target.kind === 'hub' && s.target.hubId === 'hub-1')
        .flatMap((s) => [...s.commands, ...(s.verify.command ? [s.verify.command] : [])])
        .map((c) => c.command);
      expect(texts.join('\n')).toContain('New-ReceiveConnector');
      const changes = texts.filter((t) => /Set-ReceiveConnector/u.test(t));
      expect(changes.length).toBeGreaterThan(0);
      for (const t of changes) {
        expect(t).not.toContain('EX01\\Default EX01');
        expect(t).toContain('EX01\\Secure SMTP Partners');
      }
      const r = installScript(site, 'hub-1', { now });
      if (!r.ok) throw new Error(r.error.message);
      expect(r.value.content).toContain('-TransportRole FrontendTransport -Partner');
      expect(r.value.content).not.toMatch(/Set-ReceiveConnector -Identity 'EX01\\Default EX01'/u);
      expect(r.value.content).not.toContain(
        "$Connector = Get-ReceiveConnector -Identity 'EX01\\Default EX01'",
      );
      for (const shell of ['cmd', 'sh'] as const) {
        expect(renderShellCommands(plan, 'hub-1', shell)).not.toContain('Default EX01');
      }
    },
  );
});

describe('receive connector verification shows the transport role from 2013 on', () => {
  const formatLists = (site: Site) =>
    allSteps(planFor(site))
      .flatMap((s) => [...s.commands, ...(s.verify.command ? [s.verify.command] : [])])
      .map((c) => c.command)
      .filter((c) => c.startsWith('Get-ReceiveConnector '))
      // The protocol-logging read of the final verification shows one property only.
      .filter((c) => !c.endsWith('| Format-List Identity,ProtocolLoggingLevel'));

  it('lists TransportRole and Bindings on 2013 and later', () => {
    for (const version of ['2013', '2016-2019-se'] as const) {
      const lines = formatLists(siteWith('2013-multi', {}, { exchangeVersion: version }));
      expect(lines.length).toBeGreaterThan(0);
      for (const l of lines) {
        expect(l).toMatch(/\| Format-List Identity,TransportRole,Bindings,/u);
      }
    }
  });

  it('leaves TransportRole out on 2007 and 2010, which have no such property', () => {
    for (const version of ['2007', '2010-rtm', '2010-sp1'] as const) {
      const lines = formatLists(siteWith('2010-sp1-multi', {}, { exchangeVersion: version }));
      expect(lines.length).toBeGreaterThan(0);
      for (const l of lines) {
        expect(l).not.toContain('TransportRole');
        expect(l).toContain('Bindings');
      }
    }
  });
});
