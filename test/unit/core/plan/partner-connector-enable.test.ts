import { describe, expect, it } from 'vitest';
import { hubRunbook, installScript, planFor } from '../../../../core/plan';
import { fixtureNames, siteFixture } from '../site/load-fixture';

/*
 * Issue 9 (hostile review): a Partner connector takes every session from the partner hubs as soon
 * as it exists (the narrowest RemoteIPRanges wins) and refuses any that is not domain-secured
 * (530 5.7.1), so partner mail bounced from the moment the script created it until the partner
 * organisation had finished. It is now created turned off, and turned on by hand, later.
 */
const now = new Date('2026-01-02T03:04:05Z');
const withPartnerConnector = fixtureNames.flatMap((name) => {
  const site = siteFixture(name);
  const plan = planFor(site);
  return site.hubs
    .filter((h) => hubRunbook(plan, h.id).some((s) => s.stepId === 'partner-receive-connector'))
    .map((h) => [`${name} ${h.netbiosName}`, site, h.id] as const);
});

describe('the Partner connector is created off and turned on by hand', () => {
  it('covers fixtures of every version that create one', () => {
    expect(withPartnerConnector.length).toBeGreaterThanOrEqual(6);
  });

  it.each(withPartnerConnector)('%s', (_name, site, hubId) => {
    const steps = hubRunbook(planFor(site), hubId);
    const create = steps.find((s) => s.stepId === 'partner-receive-connector')!;
    const made = create.commands.filter((c) => c.command.startsWith('New-ReceiveConnector'));
    expect(made).toHaveLength(1);
    expect(made[0]!.command).toMatch(/ -Enabled \$false$/u);
    expect(create.verify.expected).toMatch(/^Enabled False/u);
    expect(create.verify.command?.command).toMatch(
      /Format-List Identity,(TransportRole,)?Bindings,Enabled,/u,
    );

    const ids = steps.map((s) => s.stepId);
    const on = ids.indexOf('partner-connector-enable');
    expect(on, 'the step that turns it on').toBeGreaterThan(
      ids.indexOf('partner-receive-connector'),
    );
    expect(on).toBeGreaterThan(ids.indexOf('receive-connector-domain-secure'));
    expect(on).toBeLessThan(ids.indexOf('final-verification'));
    const enable = steps[on]!;
    // One command: a "copy all" must never paste the way back after it.
    expect(enable.commands.map((c) => c.command)).toEqual([
      expect.stringMatching(
        /^Set-ReceiveConnector -Identity '[^']+\\Secure SMTP Partners' -Enabled \$true$/u,
      ),
    ]);
    expect(enable.warnings.map((w) => w.code)).toContain('partner-connector-turns-on');
    expect(enable.verify.expected).toMatch(/^Enabled True/u);

    // The install script creates it off and never turns it on: the engineer picks the moment.
    const script = installScript(site, hubId, { now });
    if (!script.ok) throw new Error(script.error.message);
    expect(script.value.content).toContain('-Enabled $false');
    expect(script.value.content).not.toContain('-Enabled $true');
    expect(script.value.content).toMatch(
      /# not in this script: Turn on the Partner connector .*\[partner-connector-enable@[^\]]+\]; see the checklist/u,
    );
  });

  it('hubs without a Partner connector get no such step', () => {
    for (const name of fixtureNames) {
      const site = siteFixture(name);
      const plan = planFor(site);
      for (const hub of site.hubs) {
        const ids = hubRunbook(plan, hub.id).map((s) => s.stepId);
        expect(ids.includes('partner-connector-enable'), `${name} ${hub.netbiosName}`).toBe(
          ids.includes('partner-receive-connector'),
        );
      }
    }
  });
});
