import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseStepKey, stepKey, targetKey, type Target } from '../../../../core/procedure';

describe('progress keys', () => {
  it('have the documented format', () => {
    expect(stepKey('certificate-import', { kind: 'hub', hubId: 'hub-1' })).toBe(
      'certificate-import@hub:hub-1',
    );
    expect(
      stepKey('trust-partner-certificate', { kind: 'pair', hubId: 'hub-1', peerHubId: 'hub-2' }),
    ).toBe('trust-partner-certificate@pair:hub-1>hub-2');
    expect(
      stepKey('transport-secure-lists', { kind: 'organisation', forest: 'contoso.local' }),
    ).toBe('transport-secure-lists@org:contoso.local');
    expect(targetKey({ kind: 'forest-pair', forests: ['b.local', 'a.local'] })).toBe(
      'forests:a.local+b.local',
    );
  });

  it('parse back to the same target for any ids and forests the site model accepts', () => {
    const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,39}$/);
    const forest = fc.stringMatching(/^[a-z0-9]{1,10}(\.[a-z]{2,6}){1,2}$/);
    const target: fc.Arbitrary<Target> = fc.oneof(
      id.map((hubId) => ({ kind: 'hub' as const, hubId })),
      forest.map((f) => ({ kind: 'organisation' as const, forest: f })),
      fc.tuple(id, id).map(([hubId, peerHubId]) => ({ kind: 'pair' as const, hubId, peerHubId })),
      id.map((steelheadId) => ({ kind: 'steelhead' as const, steelheadId })),
    );
    fc.assert(
      fc.property(id, target, (stepId, t) => {
        expect(parseStepKey(stepKey(stepId, t))).toEqual({ stepId, target: t });
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses keys that are not ours', () => {
    for (const bad of ['', 'x', '@hub:1', 'step@planet:1', 'step@pair:a', 'step@hub:']) {
      expect(parseStepKey(bad)).toBeNull();
    }
  });
});
