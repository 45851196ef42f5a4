import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { procedure, stepIds, stepKey, targetKey, type Target } from '../../../../core/procedure';
import { hubIdsInStepKeys } from '../../../../core/procedure/targets';

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

  it('never give two different targets the same key, for any ids and forests the site model accepts', () => {
    const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,39}$/);
    const forest = fc.stringMatching(/^[a-z0-9]{1,10}(\.[a-z]{2,6}){1,2}$/);
    const target: fc.Arbitrary<Target> = fc.oneof(
      id.map((hubId) => ({ kind: 'hub' as const, hubId })),
      forest.map((f) => ({ kind: 'organisation' as const, forest: f })),
      fc.tuple(id, id).map(([hubId, peerHubId]) => ({ kind: 'pair' as const, hubId, peerHubId })),
      fc
        .tuple(forest, forest)
        .map(([a, b]) => ({ kind: 'forest-pair' as const, forests: [a, b] as const })),
      id.map((steelheadId) => ({ kind: 'steelhead' as const, steelheadId })),
    );
    /** What makes two targets the same: a forest pair is unordered. */
    const identity = (t: Target) =>
      JSON.stringify(t.kind === 'forest-pair' ? { ...t, forests: [...t.forests].sort() } : t);
    fc.assert(
      fc.property(fc.constantFrom(...stepIds), target, target, (stepId, a, b) => {
        expect(stepKey(stepId, a) === stepKey(stepId, b)).toBe(identity(a) === identity(b));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('step ids', () => {
  it('are exactly the ids of the step records, each once', () => {
    const ids = procedure.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...stepIds].sort());
  });
});

describe('hub ids named by progress keys', () => {
  it('finds hub targets and both ends of pairs, whatever the id looks like, and nothing else', () => {
    const keys = [
      stepKey('certificate-import', { kind: 'hub', hubId: 'hub-12' }),
      stepKey('certificate-import', { kind: 'hub', hubId: 'ams-edge' }),
      stepKey('trust-partner-certificate', { kind: 'pair', hubId: 'hub-3', peerHubId: 'lon_1' }),
      stepKey('transport-secure-lists', { kind: 'organisation', forest: 'hub-99.example' }),
      'not a key hub-7',
    ];
    expect(hubIdsInStepKeys(keys).sort()).toEqual(['ams-edge', 'hub-12', 'hub-3', 'lon_1']);
  });
});
