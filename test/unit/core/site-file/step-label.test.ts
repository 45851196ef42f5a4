import { describe, expect, it } from 'vitest';
import { allSteps, planFor } from '../../../../core/plan';
import { buildSiteFile, diffSiteFile, stepLabel } from '../../../../core/site-file';
import { threeHubSite } from '../../../helpers/three-hub-site';

const site = threeHubSite();

describe('a progress key in the engineer words', () => {
  it('names a partner trust by its hubs, not by its key', () => {
    expect(stepLabel(site, 'trust-partner-certificate@pair:hub-1>hub-3')).toBe('EX01 trusts MX2');
  });

  it('names every planned step without showing the key, its step id or a hub id', () => {
    const steps = allSteps(planFor(site));
    expect(steps.length).toBeGreaterThan(20);
    for (const step of steps) {
      const label = stepLabel(site, step.key);
      expect(label).not.toContain('@');
      expect(label).not.toContain(step.stepId);
      expect(label).not.toMatch(/hub-\d/);
      expect(label).not.toMatch(/sh-\d/);
    }
  });

  it('says so for a key it cannot read', () => {
    expect(stepLabel(site, 'nonsense')).toBe('A step this version of the app does not know');
  });

  it('the import preview lists an overwritten record as EX01 trusts MX2: from, to, by and when', () => {
    const key = 'trust-partner-certificate@pair:hub-1>hub-3';
    const mine = {
      status: 'blocked' as const,
      by: 'Jan',
      at: '2026-01-01T09:00:00.000Z',
      note: 'wait',
      evidence: [],
    };
    const theirs = {
      status: 'done' as const,
      by: 'Ana Lima',
      at: '2026-01-02T10:30:00.000Z',
      note: '',
      evidence: [],
    };
    const file = buildSiteFile(site, { [key]: theirs }, new Date('2026-01-03T00:00:00Z'));
    const diff = diffSiteFile({ site, progress: { [key]: mine } }, file);
    expect(diff.progress.overwritten).toEqual([
      { key, label: 'EX01 trusts MX2', from: 'blocked', to: 'done', by: 'Ana Lima', at: theirs.at },
    ]);
  });
});
