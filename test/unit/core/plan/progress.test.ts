import { describe, expect, it } from 'vitest';
import {
  allSteps,
  isFinished,
  missingTrust,
  planFor,
  planProgress,
  statusProblem,
  stepStatuses,
  summarise,
  type Progress,
  type StepStatus,
} from '../../../../core/plan';
import { siteFixture } from '../site/load-fixture';

const marks = (entries: Record<string, StepStatus>): Progress =>
  Object.fromEntries(Object.entries(entries).map(([k, status]) => [k, { status }]));

describe('the finished rule', () => {
  it('is done or skipped (with a reason); to do and blocked are open', () => {
    expect(stepStatuses.filter(isFinished)).toEqual(['done', 'skipped']);
  });

  it('skipped needs a reason and blocked needs a note; done and to do need nothing', () => {
    expect(statusProblem('skipped', '  ')).toMatch(/reason/);
    expect(statusProblem('blocked', '')).toMatch(/note/);
    expect(statusProblem('skipped', 'connector is not Internet-facing')).toBeNull();
    expect(statusProblem('done', '')).toBeNull();
    expect(statusProblem('todo', '')).toBeNull();
  });
});

describe('planProgress', () => {
  const plan = planFor(siteFixture('2010-sp1-multi'));
  const steps = allSteps(plan);
  const forestTrust = steps.find((s) => s.stepId === 'forest-trust');

  it('counts every step, the optional forest trust too, and starts at the first one', () => {
    expect(forestTrust?.optional).toBe(true);
    const p = planProgress(plan, {});
    expect(p.finished).toBe(0);
    expect(p.total).toBe(steps.length);
    expect(p.complete).toBe(false);
    expect(p.next?.key).toBe('steelhead-prerequisites@steelhead:sh-1');
  });

  it('counts done and skipped, passes blocked ones for next, and reports orphan keys', () => {
    const p = planProgress(
      plan,
      marks({
        'steelhead-prerequisites@steelhead:sh-1': 'done',
        'steelhead-prerequisites@steelhead:sh-2': 'skipped',
        [forestTrust!.key]: 'blocked',
        'certificate-generate@hub:hub-9': 'done',
      }),
    );
    expect(p).toMatchObject({ done: 1, skipped: 1, blocked: 1, finished: 2 });
    expect(p.next?.key).toBe('certificate-generate@hub:hub-1');
    expect(p.open.map((s) => s.key)).toContain(forestTrust!.key);
    expect(p.orphanKeys).toEqual(['certificate-generate@hub:hub-9']);
  });

  it('is complete only when every step, the optional one included, is done or skipped', () => {
    const allDone = Object.fromEntries(steps.map((s) => [s.key, 'done' as const]));
    const p = planProgress(plan, marks(allDone));
    expect(p).toMatchObject({ next: null, finished: steps.length, complete: true });
    expect(p.open).toEqual([]);
    const { [forestTrust!.key]: _left, ...withoutForestTrust } = allDone;
    expect(planProgress(plan, marks(withoutForestTrust)).complete).toBe(false);
    const skipped = planProgress(plan, marks({ ...allDone, [forestTrust!.key]: 'skipped' }));
    expect(skipped.complete).toBe(true);
  });

  it('summarise over a block agrees with planProgress over the same steps', () => {
    const progress = marks({ [steps[0]!.key]: 'done', [steps[1]!.key]: 'skipped' });
    expect(summarise(steps, progress)).toEqual({
      total: planProgress(plan, progress).total,
      done: 1,
      skipped: 1,
      blocked: 0,
      finished: 2,
      next: steps[2],
    });
  });
});

describe('missingTrust', () => {
  const plan = planFor(siteFixture('2016-2019-se-multi'));

  it('lists every trust and secure-list update before anything is done', () => {
    const none = missingTrust(plan.trust, {});
    expect(none.trusts).toHaveLength(2);
    expect(none.secureLists).toHaveLength(2);
  });

  it('uses the finished rule: done or skipped is not missing, blocked is', () => {
    const some = missingTrust(
      plan.trust,
      marks({
        'trust-partner-certificate@pair:hub-1>hub-2': 'skipped',
        'trust-partner-certificate@pair:hub-2>hub-1': 'blocked',
        'transport-secure-lists@org:contoso.local': 'done',
      }),
    );
    expect(some.trusts.map((t) => t.key)).toEqual(['trust-partner-certificate@pair:hub-2>hub-1']);
    expect(some.secureLists.map((l) => l.forest)).toEqual(['fabrikam.local']);
  });

  it('names steps that exist in the plan', () => {
    const keys = new Set(allSteps(plan).map((s) => s.key));
    const all = missingTrust(plan.trust, {});
    const named = [...all.trusts, ...all.secureLists].map((x) => x.key);
    expect(named.length).toBeGreaterThan(0);
    for (const key of named) expect(keys).toContain(key);
  });
});
