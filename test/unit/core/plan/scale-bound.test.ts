import { describe, expect, it } from 'vitest';
import { planFor } from '../../../../core/plan';
import { allSteps } from '../../../../core/plan/runbook';
import { SITE_LIMITS, validateSite, type SiteInput } from '../../../../core/site';
import { largestSite } from '../../../helpers/largest-site';

/** The documented bound (docs/decisions.md, "How large a site may be"): counts, not time. */
const MAX_STEPS = 5_000;
const MAX_PLAN_JSON_BYTES = 50 * 1024 * 1024;

describe('the largest site the schema accepts plans within the documented bound', () => {
  for (const shape of ['multi-domain', 'single-domain'] as const) {
    it(`${shape}: at most ${MAX_STEPS} steps and 50 MB of plan JSON`, () => {
      const site = largestSite(shape);
      expect(site.hubs).toHaveLength(SITE_LIMITS.hubs);
      expect(site.steelheads).toHaveLength(SITE_LIMITS.steelheads);
      const plan = planFor(site);
      const steps = allSteps(plan);
      // Partner trust is one step per ordered pair of hubs that must trust each other.
      const pairs = steps.filter((s) => s.stepId === 'trust-partner-certificate').length;
      const perForest = SITE_LIMITS.hubs / SITE_LIMITS.organisations;
      expect(pairs).toBe(
        shape === 'single-domain'
          ? SITE_LIMITS.hubs * (SITE_LIMITS.hubs - 1)
          : SITE_LIMITS.hubs * (SITE_LIMITS.hubs - perForest),
      );
      expect(steps.length).toBeLessThanOrEqual(MAX_STEPS);
      expect(Buffer.byteLength(JSON.stringify(plan))).toBeLessThanOrEqual(MAX_PLAN_JSON_BYTES);
    });
  }
});

describe('one more than a limit is refused, naming the field, the count and the limit', () => {
  const input = (): SiteInput => JSON.parse(JSON.stringify(largestSite())) as SiteInput;

  it('hubs', () => {
    const site = input();
    const extra = { ...site.hubs[0]!, id: 'hub-extra', fqdn: `extra.${site.hubs[0]!.forest}` };
    site.hubs.push({ ...extra, netbiosName: 'EXTRA' });
    const r = validateSite(site);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.field).toBe('hubs');
    expect(r.error.message).toContain(`${SITE_LIMITS.hubs + 1} hubs`);
    expect(r.error.message).toContain(`${SITE_LIMITS.hubs} one site may hold`);
    expect(r.error.message).toMatch(/split the estate into several sites/u);
  });

  it('organisations (AD forests)', () => {
    const site = input();
    const last = site.hubs.length - 1;
    const hub = site.hubs[last]!;
    site.hubs[last] = {
      ...hub,
      forest: 'seventeenth.example.local',
      adDomain: 'seventeenth.example.local',
      fqdn: 'hub.seventeenth.example.local',
    };
    site.steelheads = [];
    const r = validateSite(site);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.field).toBe(`hubs.${last}.forest`);
    expect(r.error.message).toContain(`${SITE_LIMITS.organisations + 1} organisations`);
    expect(r.error.message).toContain(`${SITE_LIMITS.organisations} one site may hold`);
  });

  it('SteelHeads and IP addresses', () => {
    const site = input();
    site.steelheads!.push({
      ...site.steelheads![0]!,
      id: 'sh-extra',
      name: 'sh-extra.example.local',
    });
    const r = validateSite(site);
    expect(!r.ok && r.error.field).toBe('steelheads');
    expect(!r.ok && r.error.message).toContain(`${SITE_LIMITS.steelheads + 1} SteelHeads`);
    const ips = input();
    ips.hubs[2]!.ipAddresses!.push('192.0.2.1');
    const r2 = validateSite(ips);
    expect(!r2.ok && r2.error.field).toBe('hubs.2.ipAddresses');
    expect(!r2.ok && r2.error.message).toContain(`${SITE_LIMITS.ipAddressesPerHub + 1} given`);
  });
});
