import { describe, expect, it } from 'vitest';
import {
  hubRunbook,
  installScript,
  planFor,
  renderPlanText,
  type PlannedStep,
} from '../../../../core/plan';
import type { Site } from '../../../../core/site';
import { siteFixture } from '../site/load-fixture';

/*
 * Item 5 of the session-4 review: a cleanup step deletes the PFX copied to C:\SecureSMTP after
 * import and says what happens to the site CA key; single-domain sites explain X-ANONYMOUSTLS and
 * the downgraded-authentication alternative; self-signed CA:TRUE in Trusted Root is explained.
 */

const now = new Date('2026-11-28T21:10:00Z');

function step(site: Site, hubId: string, id: string): PlannedStep {
  const found = hubRunbook(planFor(site), hubId).find((s) => s.stepId === id);
  if (!found) throw new Error(`no ${id}`);
  return found;
}

describe('cleanup after the hub is verified', () => {
  it('is the last step of every hub runbook and deletes the copied PFX by its full path', () => {
    for (const name of ['2007-multi', '2016-2019-se-single', 'site-ca-multi']) {
      const site = siteFixture(name);
      for (const hub of site.hubs) {
        const runbook = hubRunbook(planFor(site), hub.id);
        expect(runbook.at(-1)?.stepId, name).toBe('hub-cleanup');
        const cleanup = runbook.at(-1) as PlannedStep;
        expect(cleanup.commands.map((c) => c.command).join('\n')).toContain(
          `Remove-Item -LiteralPath 'C:\\SecureSMTP\\private\\${hub.fqdn}.pfx'`,
        );
      }
    }
  });

  it('the install script never deletes the PFX it may be running beside; it says where it is', () => {
    const r = installScript(siteFixture('2013-multi'), 'hub-1', { now });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.content).not.toContain('Remove-Item');
    expect(r.value.content).toContain("'hub-cleanup@hub:hub-1'");
    expect(r.value.content).toMatch(/Test-Path -LiteralPath \(Join-Path \$BundleRoot /u);
  });

  it('site CA mode says what to do with the CA private key; self-signed mode does not', () => {
    const ca = step(siteFixture('site-ca-multi'), 'hub-1', 'hub-cleanup');
    expect(ca.consoles.flatMap((c) => c.steps).join('\n')).toMatch(
      /site CA's private key .* Never copy it to a hub or a SteelHead/u,
    );
    const self = step(siteFixture('2013-multi'), 'hub-1', 'hub-cleanup');
    expect(self.consoles.flatMap((c) => c.steps).join('\n')).not.toMatch(/site CA/u);
  });
});

describe('explanations', () => {
  it('single domain: X-ANONYMOUSTLS and downgraded Exchange Server authentication are explained', () => {
    const text = renderPlanText(planFor(siteFixture('2010-sp1-single')));
    expect(text).toMatch(/X-ANONYMOUSTLS/u);
    expect(text).toMatch(/UseDowngradedExchangeServerAuth/u);
    expect(renderPlanText(planFor(siteFixture('2010-sp1-multi')))).not.toMatch(/X-ANONYMOUSTLS/u);
  });

  it('trusting a self-signed partner certificate says what CA:TRUE means', () => {
    const site = siteFixture('2013-multi');
    const trust = hubRunbook(planFor(site), 'hub-1').find(
      (s) => s.stepId === 'trust-partner-certificate',
    );
    expect(trust?.warnings.map((w) => w.message).join('\n')).toMatch(
      /CA:TRUE, so in Trusted Root it is a root/u,
    );
  });
});
