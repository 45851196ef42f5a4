import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { HubCertView } from '../../../../core/certificates/metadata';
import { planFor } from '../../../../core/plan';
import { allSteps } from '../../../../core/plan/runbook';
import {
  checkSourceSummary,
  checkSourceWords,
  hubChecks,
  pastedChecks,
  stepPastedChecks,
} from '../../../../core/report/checks';
import { readStateFile, type ServerStateRecord } from '../../../../core/verification';
import { writeClixml } from '../../../helpers/clixml-writer';
import { buildReportRecord } from '../../../../core/report/record';
import { documentId } from '../../../../core/report/document-id';
import { fixtureState, fixtureThumbprints } from '../../../fixtures/server-states/states';
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

  it('"cannot read this" is said once, not twice', () => {
    const bad = pastedChecks(plan, 'hub-1', [{ stepKey: finalKey, text: 'garbage' }], certs, null);
    expect(bad.checks[0]!.detail.match(/cannot read this/gu)).toHaveLength(1);
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

const collected = (phase: 'before' | 'after'): ServerStateRecord => {
  const read = readStateFile(new TextEncoder().encode(writeClixml(fixtureState('2010', phase))));
  if (!read.ok) throw new Error(read.error.message);
  return {
    at: '2026-12-05T10:00:00.000Z',
    relPath: 'ex01/state.xml',
    sha256: 'a'.repeat(64),
    observed: read.value,
  };
};

describe('collected states and "not checked" on the certificate (one rule: hubChecks)', () => {
  it('an after-state gives rows marked collected, with the server and the collection time', () => {
    const state = collected('after');
    const rows = hubChecks(
      plan,
      'hub-1',
      { pasted: [], collected: { 'hub-1': state } },
      certs,
      null,
    );
    const from = rows.filter((r) => r.source === 'collected');
    expect(from.filter((r) => r.outcome === 'pass').length).toBeGreaterThan(3);
    for (const r of from) {
      expect(r).toMatchObject({ server: 'EX01', at: state.observed.collectedAt ?? state.at });
    }
    expect(state.observed.collectedAt).toBeTruthy();
    expect(checkSourceWords(from[0]!)).toMatch(
      /^collected state of EX01, \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC$/u,
    );
    expect(checkSourceSummary(rows).join('\n')).toMatch(/checks?: collected state of EX01/u);
  });

  it("a hub's state is not used for another hub (refused, never a pass)", () => {
    const rows = hubChecks(
      plan,
      'hub-2',
      { pasted: [], collected: { 'hub-2': collected('after') } },
      certs,
      null,
    );
    expect(rows.some((r) => r.outcome === 'pass')).toBe(false);
    expect(rows.find((r) => r.source === 'collected')).toMatchObject({ outcome: 'cannot-read' });
  });

  it('every expectation a paste did not cover is listed as not checked, never dropped', () => {
    const paste = [{ stepKey: finalKey, text: pasted('2010-certificates.txt') }];
    const shown = pastedChecks(plan, 'hub-1', paste, certs, null).checks;
    const rows = hubChecks(plan, 'hub-1', { pasted: paste, collected: {} }, certs, null);
    const notChecked = rows.filter((r) => r.outcome === 'not-checked');
    expect(notChecked.length).toBeGreaterThan(0);
    expect(rows).toHaveLength(shown.length + notChecked.length);
    expect(
      notChecked.every((r) => r.source === 'none' && r.detail === 'not shown by the pasted output'),
    ).toBe(true);
    // The permission groups and secure lists are not in a certificate paste: they must be listed.
    expect(notChecked.map((r) => r.expectation).join('\n')).toMatch(/Partners/u);
    // Each expectation appears once: as shown or as not checked.
    const labels = rows.filter((r) => r.expectation !== 'Pasted output').map((r) => r.expectation);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it('a hub with nothing pasted or collected lists all its expectations as not checked', () => {
    const rows = hubChecks(plan, 'hub-2', { pasted: [], collected: {} }, certs, null);
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.every((r) => r.outcome === 'not-checked')).toBe(true);
    expect(rows[0]!.detail).toBe('no output pasted and no collected state for this hub');
  });

  it('not checked does not make an otherwise finished record incomplete; a fail does', () => {
    const done = Object.fromEntries(
      allSteps(plan).map((s) => [s.key, { status: 'done' as const }]),
    );
    const rows = hubChecks(plan, 'hub-2', { pasted: [], collected: {} }, certs, null);
    // No certificate facts here: the only reason left is that one (record.test.ts covers it).
    const base = { plan, progress: done, certs: [], siteCa: null };
    const notChecked = buildReportRecord(
      { ...base, checks: rows },
      { kind: 'hub', hubId: 'hub-2' },
    );
    expect(notChecked.notComplete.map((r) => r.words)).toEqual([
      'no certificate in the records for mx1.fabrikam.local',
    ]);
    const failed = [{ ...rows[0]!, outcome: 'fail' as const }];
    expect(
      buildReportRecord({ ...base, checks: failed }, { kind: 'hub', hubId: 'hub-2' }).notComplete,
    ).toContainEqual({ kind: 'check-failed', words: '1 check FAILED' });
  });
});

describe('checks of the output pasted on one step (the step screen)', () => {
  it('judges the paste for the hub the step runs on; garbage says cannot read this once, never pass', () => {
    const rows = stepPastedChecks(
      plan,
      finalKey,
      [pasted('2010-receive-connector.txt'), 'garbage'],
      certs,
      null,
    );
    expect(rows.filter((r) => r.outcome === 'pass').length).toBeGreaterThan(0);
    expect(rows.every((r) => r.hubId === plan.hubs[0]!.hubId)).toBe(true);
    const unreadable = rows.filter((r) => r.outcome === 'cannot-read');
    expect(unreadable).toHaveLength(1);
    expect(unreadable[0]!.detail).toMatch(/^cannot read this: line 1/u);
    expect(rows.some((r) => r.outcome === 'not-checked')).toBe(false);
    expect(stepPastedChecks(plan, finalKey, [], certs, null)).toEqual([]);
    expect(
      stepPastedChecks(plan, 'no-such-step', [pasted('2010-receive-connector.txt')], certs, null),
    ).toEqual([]);
  });
});
