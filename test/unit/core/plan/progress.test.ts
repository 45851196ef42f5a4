import { describe, expect, it } from 'vitest';
import { allSteps, planFor, planProgress } from '../../../../core/plan';
import { siteFixture } from '../site/load-fixture';

describe('planProgress', () => {
  const plan = planFor(siteFixture('2010-sp1-multi'));
  const steps = allSteps(plan);

  it('starts at the first required step, leaving the optional forest trust out of the count', () => {
    const p = planProgress(plan, {});
    expect(p.finished).toBe(0);
    expect(p.total).toBe(steps.filter((s) => !s.optional).length);
    expect(p.next?.key).toBe('steelhead-prerequisites@steelhead:sh-1');
  });

  it('counts done and skipped, moves next along, and reports orphan keys', () => {
    const progress = {
      'steelhead-prerequisites@steelhead:sh-1': 'done',
      'steelhead-prerequisites@steelhead:sh-2': 'skipped',
      'certificate-generate@hub:hub-1': 'blocked',
      'certificate-generate@hub:hub-9': 'done',
    } as const;
    const p = planProgress(plan, progress);
    expect(p.finished).toBe(2);
    expect(p.next?.key).toBe('certificate-generate@hub:hub-1');
    expect(p.orphanKeys).toEqual(['certificate-generate@hub:hub-9']);
    expect(p.openByHub['hub-1']).toBe(plan.hubs[0]?.steps.length);
  });

  it('is complete when every step is done', () => {
    const all = Object.fromEntries(steps.map((s) => [s.key, 'done' as const]));
    const p = planProgress(plan, all);
    expect(p.next).toBeNull();
    expect(p.finished).toBe(steps.length);
    expect(p.total).toBe(steps.length);
  });
});
