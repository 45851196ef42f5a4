import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { allSteps, planFor } from '../../../core/plan';
import { securedReceiveConnector } from '../../../core/procedure';
import { sceneOf } from '../../../core/procedure/scene';
import type { Site } from '../../../core/site';
import { illustrations } from '../../../renderer/features/illustrations';
import { fixtureSite } from '../../helpers/fixture-site';
import { threeHubSite } from '../../helpers/three-hub-site';

const fixtures = [
  '2007-multi',
  '2010-rtm-multi',
  '2010-sp1-multi',
  '2010-sp1-single',
  '2013-multi',
  '2016-2019-se-multi',
  '2016-2019-se-single',
];

const sites: [string, Site][] = [
  ...fixtures.map((name) => [name, fixtureSite(name)] as [string, Site]),
  ['three hubs', threeHubSite()],
];

/** Texts of the SVG elements marked with data-role (server band, window title, selected row, target). */
function roles(svg: string, role: string): string[] {
  const out: string[] = [];
  const re = new RegExp(`data-role="${role}"[^>]*>([^<]*)<`, 'g');
  for (const m of svg.matchAll(re)) out.push(m[1] ?? '');
  return out;
}

describe.each(sites)('every step drawing of %s shows this site', (_name, site) => {
  const plan = planFor(site);
  const drawn = allSteps(plan).filter((s) => s.illustration !== null);

  it('has drawings to check', () => expect(drawn.length).toBeGreaterThan(3));

  it('names the machine the step runs on (the designated hub for organisation steps)', () => {
    for (const step of drawn) {
      const scene = sceneOf(site, step.stepId, step.target);
      const svg = renderToStaticMarkup(
        createElement(illustrations[step.illustration ?? 'ems-console'].component, { scene }),
      );
      const server = roles(svg, 'server');
      expect(server, step.key).toHaveLength(1);
      const t = step.target;
      const expected =
        t.kind === 'hub' || t.kind === 'pair'
          ? site.hubs.find((h) => h.id === t.hubId)?.netbiosName
          : t.kind === 'organisation'
            ? site.hubs.find(
                (h) =>
                  h.id === plan.organisations.find((o) => o.forest === t.forest)?.designatedHubId,
              )?.netbiosName
            : t.kind === 'steelhead'
              ? site.steelheads.find((s) => s.id === t.steelheadId)?.name
              : t.forests[0];
      expect(server[0], step.key).toBe(expected);
      if (step.illustration === 'ems-console') {
        const fqdn = site.hubs.find((h) => h.netbiosName === expected)?.fqdn ?? '';
        expect(roles(svg, 'window-title')[0], step.key).toContain(fqdn);
      }
    }
  });

  it('highlights the connector the step changes, never another one', () => {
    for (const step of drawn) {
      const scene = sceneOf(site, step.stepId, step.target);
      const svg = renderToStaticMarkup(
        createElement(illustrations[step.illustration ?? 'ems-console'].component, { scene }),
      );
      const hub = site.hubs.find((h) => step.target.kind === 'hub' && h.id === step.target.hubId);
      if (!hub) continue;
      if (step.stepId === 'send-connector-domain-secure' && step.illustration !== 'ems-console') {
        expect(roles(svg, 'selected'), step.key).toEqual([hub.sendConnectorName]);
        expect(roles(svg, 'window-title'), step.key).toContain(
          `${hub.sendConnectorName} Properties`,
        );
      }
      if (
        step.stepId === 'receive-connector-domain-secure' &&
        step.illustration === 'emc-receive-connector-authentication'
      ) {
        expect(roles(svg, 'window-title'), step.key).toContain(
          `${securedReceiveConnector(site, hub)} Properties`,
        );
      }
    }
  });

  it('shows the partner certificate file on each trust step', () => {
    for (const step of drawn.filter((s) => s.target.kind === 'pair')) {
      const t = step.target.kind === 'pair' ? step.target : null;
      const peer = site.hubs.find((h) => h.id === t?.peerHubId);
      const svg = renderToStaticMarkup(
        createElement(illustrations[step.illustration ?? 'ems-console'].component, {
          scene: sceneOf(site, step.stepId, step.target),
        }),
      );
      expect(roles(svg, 'target').join(' '), step.key).toContain(`${peer?.fqdn}.cer`);
    }
  });

  it('draws in-path rules, not SSL certificate pages, on the in-path rule step', () => {
    for (const step of drawn.filter((s) => s.stepId === 'steelhead-client-side')) {
      expect(step.illustration).toBe('steelhead-in-path-rules');
    }
  });
});

describe('the Partner receive connector on Exchange 2007 and 2010', () => {
  it('is drawn in the console wizard with the partner hub addresses, not as shell only', () => {
    const site = threeHubSite();
    const step = planFor(site)
      .hubs.flatMap((h) => h.steps)
      .find((s) => s.stepId === 'partner-receive-connector');
    expect(step?.shellOnly).toBe(false);
    expect(step?.illustration).toBe('emc-new-receive-connector');
    expect(step?.consoles.map((c) => c.console)).toEqual(['emc', 'ems']);
    const svg = renderToStaticMarkup(
      createElement(illustrations['emc-new-receive-connector'].component, {
        scene: sceneOf(site, step?.stepId ?? '', step?.target ?? { kind: 'hub', hubId: 'hub-3' }),
      }),
    );
    expect(roles(svg, 'target').join(' ')).toContain('10.1.0.25');
    expect(roles(svg, 'target').join(' ')).not.toContain('10.2.0.25');
  });
});
