import { describe, expect, it } from 'vitest';
import { hubRunbook, installScript, planFor, type PlannedStep } from '../../../../core/plan';
import type { Site } from '../../../../core/site';
import { siteFixture } from '../site/load-fixture';

/*
 * The overwrite prompt of Enable-ExchangeCertificate (issue 9, session 4, item 1). Inside one
 * organisation Exchange presents only the default SMTP (internal transport) certificate, on
 * 2013+ from the Transport service on port 2525, so wherever a SteelHead optimises that traffic
 * the new certificate must become the default: Yes, and -Force in the script and listings.
 */

const now = new Date('2026-11-28T21:10:00Z');

function assignStep(site: Site, netbios: string): PlannedStep {
  const hub = site.hubs.find((h) => h.netbiosName === netbios);
  if (!hub) throw new Error(`no hub ${netbios}`);
  const step = hubRunbook(planFor(site), hub.id).find(
    (s) => s.stepId === 'certificate-assign-smtp',
  );
  if (!step) throw new Error('no assign step');
  return step;
}

function scriptFor(site: Site, netbios: string): string {
  const hub = site.hubs.find((h) => h.netbiosName === netbios);
  if (!hub) throw new Error(`no hub ${netbios}`);
  const r = installScript(site, hub.id, { now });
  if (!r.ok) throw new Error(r.error.message);
  return r.value.content;
}

const text = (s: PlannedStep) =>
  [...s.consoles.flatMap((c) => c.steps), ...s.warnings.map((w) => w.message)].join('\n');
const enable = (s: PlannedStep) =>
  s.commands.map((c) => c.command).find((c) => c.includes('Enable-ExchangeCertificate')) ?? '';

describe('single-domain sites make the new certificate the default SMTP certificate', () => {
  it.each([
    ['2016-2019-se-single', 'MBX01'],
    ['2016-2019-se-single', 'MBX02'],
    ['2010-sp1-single', 'LONHUB01'],
  ])('%s %s: answer Yes, -Force in the command and the script', (fixture, netbios) => {
    const site = siteFixture(fixture);
    const step = assignStep(site, netbios);
    expect(text(step)).toMatch(/answer Yes/u);
    expect(text(step)).not.toMatch(/answer No/u);
    expect(enable(step)).toMatch(/-Services SMTP -Force$/mu);
    expect(scriptFor(site, netbios)).toContain(
      'Enable-ExchangeCertificate -Thumbprint $Thumbprint -Services SMTP -Force',
    );
    // The check proves it: the hub's internal transport certificate is the new one.
    expect(step.verify.command?.command).toMatch(/InternalTransportCertificateThumbprint/u);
  });

  it('names the Transport service on port 2525 on 2013 and later', () => {
    const step = assignStep(siteFixture('2016-2019-se-single'), 'MBX01');
    expect(text(step)).toMatch(/Transport service on port 2525/u);
    expect(text(step)).toMatch(/internal transport certificate/u);
  });
});

describe('multi-domain sites', () => {
  it('a hub that only partners reach through a SteelHead answers No, without -Force', () => {
    for (const [fixture, netbios] of [
      ['2010-sp1-multi', 'EX01'],
      ['2016-2019-se-multi', 'MX1'],
      ['three-organisations', 'NW1'],
    ] as const) {
      const site = siteFixture(fixture);
      const step = assignStep(site, netbios);
      expect(text(step), fixture).toMatch(/answer No/u);
      expect(enable(step), fixture).toMatch(/-Services SMTP$/mu);
      expect(scriptFor(site, netbios), fixture).not.toContain('-Services SMTP -Force');
    }
  });

  it('a hub its own organisation reaches through a SteelHead answers Yes (intra-organisation rules)', () => {
    // mixed-versions: sh-fab fronts MX1 only; sh-ams fronts EX01 and EX16 together, so no
    // in-path rule joins EX01 and EX16; site-ca-multi likewise. 2013-multi: EX02 is behind
    // no SteelHead of its own, sh-ams (EX01, contoso) has a 2525 rule towards it.
    const site = siteFixture('2013-multi');
    expect(enable(assignStep(site, 'EX02'))).toMatch(/-Force$/mu);
    expect(text(assignStep(site, 'EX02'))).toMatch(/answer Yes/u);
    expect(enable(assignStep(site, 'EX01'))).not.toMatch(/-Force/u);
    const mixed = siteFixture('mixed-versions');
    expect(enable(assignStep(mixed, 'EX16'))).not.toMatch(/-Force/u);
  });

  it('Exchange 2007 always replaces the default (one SMTP certificate)', () => {
    const site = siteFixture('2007-multi');
    const step = assignStep(site, 'EX01');
    expect(enable(step)).toMatch(/-Force$/mu);
    expect(text(step)).toMatch(/one certificate to SMTP/u);
  });
});
