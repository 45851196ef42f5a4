import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { HubCertView } from '../../../../core/certificates/metadata';
import { planFor } from '../../../../core/plan';
import { pastedChecks } from '../../../../core/report/checks';
import { buildReportRecord } from '../../../../core/report/record';
import { documentId } from '../../../../core/report/document-id';
import { fixtureThumbprints } from '../../../fixtures/server-states/states';
import { siteFixture } from '../site/load-fixture';

const pasted = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../../fixtures/pasted/${name}`, import.meta.url)), 'utf8');
const plan = planFor(siteFixture('2010-sp1-multi'));
const finalKey = plan.hubs[0]!.steps.at(-1)!.key;
const cert = (hubId: string, thumbprint: string): HubCertView =>
  ({
    hubId,
    profile: 'windows-legacy',
    friendlyName: hubId,
    signedBy: null,
    metadata: { thumbprint },
  }) as never;
const certs = [cert('hub-1', fixtureThumbprints.ours), cert('hub-2', fixtureThumbprints.peer)];

describe('checked verification from pasted output (core/verification via core/report)', () => {
  it('real-shaped 2010 output gives pass lines for the expectations it shows', () => {
    const { checks } = pastedChecks(
      plan,
      'hub-1',
      [
        { stepKey: finalKey, text: pasted('2010-certificates.txt') },
        { stepKey: finalKey, text: pasted('2010-receive-connector.txt') },
      ],
      certs,
      null,
    );
    expect(checks.length).toBeGreaterThan(0);
    expect(checks.filter((c) => c.outcome === 'pass').length).toBeGreaterThan(0);
    expect(checks.every((c) => c.source === 'pasted' && c.hubId === 'hub-1')).toBe(true);
  });

  it('a wrong thumbprint is a fail, never a pass', () => {
    const { checks } = pastedChecks(
      plan,
      'hub-1',
      [{ stepKey: finalKey, text: pasted('2010-certificates.txt') }],
      [cert('hub-1', 'A'.repeat(40))],
      null,
    );
    expect(checks.some((c) => c.outcome === 'fail')).toBe(true);
  });

  it('garbage says cannot read this and gives no pass; output on another hub is ignored', () => {
    const bad = pastedChecks(
      plan,
      'hub-1',
      [{ stepKey: finalKey, text: '\u0000garbage {{{' }],
      certs,
      null,
    );
    expect(bad.checks).toHaveLength(1);
    expect(bad.checks[0]).toMatchObject({ outcome: 'cannot-read' });
    expect(bad.checks[0]!.detail).toMatch(/^cannot read this/u);
    const other = pastedChecks(
      plan,
      'hub-2',
      [{ stepKey: finalKey, text: pasted('2010-certificates.txt') }],
      certs,
      null,
    );
    expect(other.checks).toEqual([]);
  });

  it('checks are part of the record, so they change the document ID', () => {
    const base = { plan, progress: {}, certs: [], siteCa: null };
    const { checks } = pastedChecks(
      plan,
      'hub-1',
      [{ stepKey: finalKey, text: pasted('2010-certificates.txt') }],
      certs,
      null,
    );
    const without = documentId(buildReportRecord(base, { kind: 'site' }));
    expect(documentId(buildReportRecord({ ...base, checks }, { kind: 'site' }))).not.toBe(without);
  });
});
