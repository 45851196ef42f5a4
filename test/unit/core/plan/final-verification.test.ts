import { describe, expect, it } from 'vitest';
import { hubRunbook, installScript, planFor, type PlannedStep } from '../../../../core/plan';
import type { Site } from '../../../../core/site';
import { siteFixture } from '../site/load-fixture';

/*
 * Item 4 of the session-4 review: the final verification proves domain security, not delivery:
 * the received message's auth header, the partner sessions in the receive protocol log, and the
 * SteelHead's SSL counters, in the step text and in the verify commands.
 */

const now = new Date('2026-11-28T21:10:00Z');

function finalStep(site: Site, hubId: string): PlannedStep {
  const step = hubRunbook(planFor(site), hubId).find((s) => s.stepId === 'final-verification');
  if (!step) throw new Error('no final verification');
  return step;
}

const text = (s: PlannedStep) => s.consoles.flatMap((c) => c.steps).join('\n');
const commands = (s: PlannedStep) => s.commands.map((c) => c.command).join('\n');

describe('multi-domain final verification proves mutual TLS', () => {
  it('says which header proves domain security and which value means it failed', () => {
    const step = finalStep(siteFixture('2013-multi'), 'hub-1');
    expect(text(step)).toMatch(/X-MS-Exchange-Organization-AuthAs: Partner/u);
    expect(text(step)).toMatch(/Anonymous means mutual TLS did not happen/u);
    expect(step.verify.expected).toMatch(/AuthAs: Partner/u);
  });

  it('reads the partner sessions from the receive protocol log of the right service per version', () => {
    const s2013 = finalStep(siteFixture('2013-multi'), 'hub-1');
    expect(commands(s2013)).toContain("Get-FrontendTransportService -Identity 'EX01'");
    expect(commands(s2013)).toContain("-Pattern '10.2.0.25' -SimpleMatch");
    expect(commands(s2013)).toMatch(/Format-List Identity,ProtocolLoggingLevel/u);
    const s2010 = finalStep(siteFixture('2010-sp1-multi'), 'hub-1');
    expect(commands(s2010)).toContain("Get-TransportServer -Identity 'EX01'");
    expect(commands(s2010)).not.toContain('Get-FrontendTransportService');
  });

  it('the install script runs the log read in its final verification step', () => {
    const r = installScript(siteFixture('2016-2019-se-multi'), 'hub-1', { now });
    if (!r.ok) throw new Error(r.error.message);
    const text = r.value.content;
    const at = text.indexOf("if (Start-RunbookStep 'final-verification@hub:hub-1'");
    expect(at).toBeGreaterThan(0);
    const block = text.slice(at, text.indexOf('if (Start-RunbookStep ', at + 1));
    expect(block).toContain('Select-String -Path $Log.FullName');
  });
});

describe('every site: the SteelHead in front of the hub shows its SSL counters', () => {
  it.each(['2016-2019-se-single', '2010-sp1-multi'])('%s', (name) => {
    const site = siteFixture(name);
    const step = finalStep(site, 'hub-1');
    const sh = site.steelheads.find((x) => x.hubIds.includes('hub-1'));
    expect(sh).toBeDefined();
    const gui = step.consoles.find((c) => c.console === 'steelhead-gui');
    expect(gui?.steps.join('\n')).toContain(sh?.name ?? '?');
    expect(gui?.steps.join('\n')).toMatch(/optimised SSL connections to /u);
    expect(step.commands.filter((c) => c.shell === 'rios').map((c) => c.command)).toEqual([
      'show protocol ssl backend',
      'show secure-peering',
    ]);
  });

  it('a hub behind no SteelHead gets no SteelHead instruction', () => {
    // 2010-sp1-single: NYCHUB01 (hub-3) is listed by no SteelHead.
    const step = finalStep(siteFixture('2010-sp1-single'), 'hub-3');
    expect(step.consoles.some((c) => c.console === 'steelhead-gui')).toBe(false);
  });

  it('single domain: the default SMTP certificate is checked, and no partner log is read', () => {
    const step = finalStep(siteFixture('2016-2019-se-single'), 'hub-1');
    expect(commands(step)).toContain('InternalTransportCertificateThumbprint');
    expect(commands(step)).not.toContain('Select-String');
  });
});
