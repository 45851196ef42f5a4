import { describe, expect, it } from 'vitest';
import { organisationsOf, renderTrustGrid, trustMatrix } from '../../../../core/trust';
import { siteFixture } from '../site/load-fixture';

describe('trust matrix', () => {
  it('gives each organisation\u2019s once-only steps to its newest hub (hostile review)', () => {
    // contoso.local: EX01 on 2010 SP1 (entered first) and EX16 on 2016: a down-level shell may
    // refuse organisation objects the newer version upgraded, so EX16 carries them.
    const site = siteFixture('mixed-versions');
    const name = (id: string) => site.hubs.find((h) => h.id === id)?.netbiosName;
    expect(organisationsOf(site).map((o) => [o.forest, name(o.designatedHubId)])).toEqual([
      ['contoso.local', 'EX16'],
      ['fabrikam.local', 'MX1'],
    ]);
  });

  it('makes every hub trust every peer in a single domain, with no secure lists', () => {
    const m = trustMatrix(siteFixture('2010-sp1-single'));
    expect(m.edges).toHaveLength(3 * 2);
    expect(m.secureLists).toEqual([]);
    expect(m.forestPairs).toEqual([]);
  });

  it('pairs hubs only across forests when there are several domains', () => {
    const m = trustMatrix(siteFixture('2013-multi'));
    const pairs = m.edges.map((e) => `${e.hubId}>${e.peerHubId}`);
    expect(pairs.sort()).toEqual(['hub-1>hub-2', 'hub-2>hub-1', 'hub-2>hub-3', 'hub-3>hub-2']);
    expect(m.secureLists).toEqual([
      { forest: 'contoso.local', domains: ['fabrikam.com'] },
      { forest: 'fabrikam.local', domains: ['contoso.com'] },
    ]);
    expect(m.organisations.map((o) => o.designatedHubId)).toEqual(['hub-1', 'hub-2']);
    expect(m.forestPairs).toEqual([['contoso.local', 'fabrikam.local']]);
  });

  it('renders a grid with one row and column per hub', () => {
    const grid = renderTrustGrid(trustMatrix(siteFixture('2013-multi')));
    expect(grid).toContain('trusts \\ cert of  EX01  MX1   EX02');
    expect(grid).toContain('    MX1               X     .     X');
    expect(grid).toContain('contoso.local: add fabrikam.com');
  });
});
