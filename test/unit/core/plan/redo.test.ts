import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planFor, stepsToRedo } from '../../../../core/plan';
import { siteSchema } from '../../../../core/site';

const site = siteSchema.parse(
  JSON.parse(readFileSync('test/fixtures/sites/2013-multi.json', 'utf8')),
);
const plan = planFor(site);

describe('steps to redo when a certificate is replaced', () => {
  it("covers the hub's import, SMTP assignment and final check, and every partner trusting it", () => {
    const hub = site.hubs[0]!;
    const keys = stepsToRedo(plan, hub.id);
    expect(keys).toContain(`certificate-import@hub:${hub.id}`);
    expect(keys).toContain(`certificate-assign-smtp@hub:${hub.id}`);
    expect(keys).toContain(`final-verification@hub:${hub.id}`);
    const trusting = plan.trust.edges.filter((e) => e.peerHubId === hub.id);
    expect(trusting.length).toBeGreaterThan(0);
    for (const e of trusting)
      expect(keys).toContain(`trust-partner-certificate@pair:${e.hubId}>${hub.id}`);
    // Not: generating it (done again right now), nor what the hub trusts of others.
    expect(keys).not.toContain(`certificate-generate@hub:${hub.id}`);
    expect(keys.some((k) => k.startsWith(`trust-partner-certificate@pair:${hub.id}>`))).toBe(false);
  });

  it('includes the server-side SteelHead that holds the hub certificate', () => {
    const holder = site.steelheads.find((s) => s.side === 'server-side' && s.hubIds.length > 0);
    if (!holder) throw new Error('fixture has no server-side SteelHead with hubs');
    const keys = stepsToRedo(plan, holder.hubIds[0]!);
    expect(keys.some((k) => k.endsWith(`@steelhead:${holder.id}`))).toBe(true);
  });
});
