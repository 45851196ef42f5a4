import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { planFor } from '../../../../core/plan';
import {
  checkHub,
  latestStatePerHub,
  readStateFile,
  serverStateRecordSchema,
  serverStepStatuses,
  serverStepStatusWords,
  type ServerStateRecord,
  type ServerStepStatus,
  type StickReading,
  type StateFileReport,
} from '../../../../core/verification';
import { fixtureThumbprints } from '../../../fixtures/server-states/states';
import { siteFixture } from '../site/load-fixture';

const plan = planFor(siteFixture('2010-sp1-multi'));
const report = (name: string, relPath: string): StateFileReport => {
  const bytes = new Uint8Array(
    readFileSync(
      fileURLToPath(new URL(`../../../fixtures/server-states/${name}`, import.meta.url)),
    ),
  );
  const r = readStateFile(bytes);
  return {
    relPath,
    fileName: relPath,
    size: bytes.length,
    sha256: 'a'.repeat(64),
    observed: r.ok ? r.value : null,
    error: r.ok ? null : r.error,
  };
};
const at = new Date('2026-12-05T11:00:00Z');

describe('reading a stick', () => {
  it('keeps the newest state per hub and says why the others are not used', () => {
    const reading: StickReading = latestStatePerHub(
      plan,
      [
        report('state-EX01-2010-after.xml', 'ex01/after.xml'),
        report('state-EX01-2010-before.xml', 'ex01/before.xml'),
        report('hostile-truncated.xml', 'ex01/cut.xml'),
        report('hostile-wrong-server.xml', 'mx1/state.xml'),
      ],
      at,
    );
    expect(Object.keys(reading.byHub)).toEqual(['hub-1', 'hub-2']);
    expect(reading.byHub['hub-1']?.relPath).toBe('ex01/after.xml');
    expect(reading.notUsed.map((n) => n.relPath)).toEqual(['ex01/before.xml', 'ex01/cut.xml']);
    expect(reading.notUsed[1]?.reason).toMatch(/^cannot read this/u);
  });

  it('a kept record survives its schema (what the store validates on reading back)', () => {
    const record: ServerStateRecord | undefined = latestStatePerHub(
      plan,
      [report('state-EX01-2013-after.xml', 'x.xml')],
      at,
    ).byHub['hub-1'];
    expect(record).toBeDefined();
    expect(serverStateRecordSchema.parse(record)).toEqual(record);
    expect(serverStateRecordSchema.safeParse({ ...record, sha256: 'nope' }).success).toBe(false);
  });

  it('a failing check on a step still to do reads "not on the server yet", on a finished one "failed"', () => {
    const before = report('state-EX01-2010-before.xml', 'b.xml').observed!;
    const results = checkHub(
      plan,
      'hub-1',
      before,
      { thumbprints: { 'hub-1': fixtureThumbprints.ours }, siteCaThumbprint: null },
      'after',
    ).results;
    const key = 'certificate-assign-smtp@hub:hub-1';
    const todo: ServerStepStatus | undefined = serverStepStatuses(results, () => false)[key];
    expect(todo).toBe('not-yet');
    expect(serverStepStatuses(results, (k) => k === key)[key]).toBe('failed');
    expect(serverStepStatusWords['not-yet']).toBe('Not on the server yet');
  });
});
