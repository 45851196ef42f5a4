import { describe, expect, it } from 'vitest';
import { planFor } from '../../../../core/plan';
import { checkHub, readStateFile } from '../../../../core/verification';
import { writeClixml } from '../../../helpers/clixml-writer';
import { fixtureState, fixtureThumbprints } from '../../../fixtures/server-states/states';
import { siteFixture } from '../site/load-fixture';

/*
 * On Exchange 2013 and later partner mail reaches the Front End Transport service on port 25: a
 * partner connector made with the HubTransport role (port 25 binding or not) never sees it. The
 * collector records TransportRole; the check must read it (hostile review: it passed).
 */
const plan = planFor(siteFixture('2016-2019-se-multi'));
const inputs = {
  thumbprints: { 'hub-1': fixtureThumbprints.ours, 'hub-2': fixtureThumbprints.peer },
  siteCaThumbprint: null,
};

function scopeVerdict(role: string): string | undefined {
  const records = fixtureState('2016', 'after').map((r) =>
    r['Name'] === 'Secure SMTP Partners' ? { ...r, TransportRole: role } : r,
  );
  const read = readStateFile(new TextEncoder().encode(writeClixml(records)));
  if (!read.ok) throw new Error(read.error.message);
  const hub = checkHub(plan, 'hub-1', read.value, inputs, 'after');
  return hub.results.find((r) => r.expectation.id === 'partner-connector-scope')?.verdict;
}

describe('2013+: the partner connector runs in the Front End Transport service', () => {
  it('passes on FrontendTransport, fails on HubTransport, is not shown when the role is missing', () => {
    expect(scopeVerdict('FrontendTransport')).toBe('pass');
    expect(scopeVerdict('HubTransport')).toBe('fail');
    expect(scopeVerdict('')).toBe('unknown');
  });
});
