import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allSteps, planFor, summarise } from '../../../../core/plan';
import { siteSchema } from '../../../../core/site';
import { filterUnits, unitOfStep, workUnits } from '../../../../renderer/features/checklist/units';
import type { StepRecord } from '../../../../renderer/store/persisted-schema';

const site = (name: string) =>
  siteSchema.parse(JSON.parse(readFileSync(`test/fixtures/sites/${name}.json`, 'utf8')));
const rec = (status: StepRecord['status'], note = ''): StepRecord => ({
  status,
  note,
  by: 'Jan',
  at: '2026-11-28T09:00:00.000Z',
  evidence: [],
});

describe('dashboard units', () => {
  const plan = planFor(site('2016-2019-se-multi'));
  const units = workUnits(plan);

  it('has one row per hub and organisation, plus prerequisites and SteelHeads', () => {
    expect(units.map((u) => u.kind)).toEqual([
      'prerequisites',
      ...plan.hubs.map(() => 'hub'),
      ...plan.organisations.map(() => 'organisation'),
      'steelheads',
    ]);
  });

  it('holds every step of the plan exactly once, each row in working order', () => {
    const order = allSteps(plan).map((s) => s.key);
    const shown = units.flatMap((u) => u.steps.map((s) => s.key));
    expect([...shown].sort()).toEqual([...order].sort());
    for (const unit of units) {
      const keys = unit.steps.map((s) => s.key);
      expect(keys).toEqual(order.filter((k) => keys.includes(k)));
    }
  });

  it('counts done, skipped and blocked, and the next step skips blocked ones', () => {
    const hub = units.find((u) => u.kind === 'hub')!;
    const [first, second, third] = hub.steps;
    const progress = {
      [first!.key]: rec('done'),
      [second!.key]: rec('blocked', 'no admin rights'),
      [third!.key]: rec('skipped', 'n/a'),
    };
    const summary = summarise(hub.steps, progress);
    expect(summary).toMatchObject({
      total: hub.steps.length,
      done: 1,
      skipped: 1,
      blocked: 1,
      finished: 2,
    });
    expect(summary.next?.key).toBe(hub.steps[3]?.key);
  });

  it('filters by state and searches names, FQDNs and next steps', () => {
    const hub = units.find((u) => u.kind === 'hub')!;
    const progress = Object.fromEntries(hub.steps.map((s) => [s.key, rec('done')]));
    expect(filterUnits(units, progress, 'finished', '').map((r) => r.unit.id)).toEqual([hub.id]);
    expect(filterUnits(units, progress, 'open', '').map((r) => r.unit.id)).not.toContain(hub.id);
    // Search matches title, subtitle (FQDN, forest) or next step, ignoring case: here the
    // fabrikam hub's subtitle and the fabrikam organisation's title, nothing else.
    expect(filterUnits(units, {}, 'all', 'FABRIKAM').map((r) => r.unit.id)).toEqual([
      'hub:hub-2',
      'org:fabrikam.local',
    ]);
    expect(filterUnits(units, {}, 'all', 'mx1.fabrikam').map((r) => r.unit.id)).toEqual([
      'hub:hub-2',
    ]);
    expect(filterUnits(units, {}, 'all', 'no such server')).toEqual([]);
    expect(
      filterUnits(units, { [hub.steps[0]!.key]: rec('blocked', 'x') }, 'blocked', '').map(
        (r) => r.unit.id,
      ),
    ).toEqual([hub.id]);
  });

  it('finds the unit of a trust step for links from the matrix', () => {
    const pair = plan.hubs[0]!.steps.find((s) => s.target.kind === 'pair')!;
    expect(unitOfStep(units, pair.key)?.id).toBe(`hub:${plan.hubs[0]!.hubId}`);
  });
});
