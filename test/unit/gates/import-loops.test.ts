import { describe, expect, it } from 'vitest';
import { importLoops, partGraph } from '../../helpers/source-tree';

describe('no import loops between the folders of a layer', () => {
  it('core/: no folder imports back up into one that imports it (rules sit in layers)', () => {
    const graph = partGraph('core');
    // The graph must really have been read: core has a dozen parts with edges between them.
    expect(graph.get('core/plan')).toContain('core/procedure');
    expect(importLoops(graph)).toEqual([]);
  });

  it('electron/services/: pki, bundle, vault (and every other service folder) form no loop', () => {
    const graph = partGraph('electron/services');
    expect(graph.get('electron/services/bundle')?.size ?? 0).toBeGreaterThan(0);
    expect(importLoops(graph)).toEqual([]);
  });

  it('renderer/features/: no feature imports back into one that imports it', () => {
    const graph = partGraph('renderer/features');
    expect(graph.get('renderer/features/signoff')?.size ?? 0).toBeGreaterThan(0);
    expect(importLoops(graph)).toEqual([]);
  });

  it('cli/: the commands and the CLI shell form no loop', () => {
    const graph = partGraph('cli');
    expect(graph.get('cli/main.ts')?.size ?? 0).toBeGreaterThan(0);
    expect(importLoops(graph)).toEqual([]);
  });

  it('the check finds a loop when there is one', () => {
    const graph = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a'])],
      ['d', new Set(['a'])],
    ]);
    expect(importLoops(graph)).toEqual([['a', 'b', 'c']]);
  });
});
