import { beforeAll, describe, expect, it } from 'vitest';
import type { HubCertView } from '../../../../core/certificates/metadata';
import { allSteps } from '../../../../core/plan/runbook';
import { documentId } from '../../../../core/report/document-id';
import { buildReportRecord } from '../../../../core/report/record';
import { verdictAt } from '../../../../core/report/verdict';
import { allDone, planFor, realCertificates, reportSite } from '../../../helpers/report-site';

/*
 * Issue 12 (left from the last stop): the record has no clock, so a certificate that expired
 * before printing, a tick without a name and a tick dated after printing all printed clean. The
 * verdict at the moment of printing adds those reasons; the record (and its document ID) stays
 * the same, so a paper still verifies anywhere.
 */
const site = reportSite();
const plan = planFor(site);
let certs: HubCertView[] = [];
beforeAll(async () => {
  certs = await realCertificates(site);
}, 120_000);

const record = (progress = allDone(plan)) =>
  buildReportRecord({ plan, progress, certs, siteCa: null }, { kind: 'site' });
const lastTick = Date.parse('2026-11-27T09:00:00Z') + allSteps(plan).length * 60_000;
const printedAt = new Date(lastTick + 3_600_000);

describe('the verdict at the moment of printing (core/report/verdict)', () => {
  it('a clean record printed while its certificates are valid stays clean', () => {
    const r = record();
    expect(r.complete).toBe(true);
    const notBefore = Math.max(...certs.map((c) => Date.parse(c.metadata.notBefore)));
    const at = new Date(Math.max(notBefore, lastTick) + 60_000);
    expect(verdictAt(r, at)).toEqual({ complete: true, notComplete: [] });
  });

  it('a certificate that expired before printing makes it NOT COMPLETE, naming hub and day', () => {
    const r = record();
    const cert = r.certificates[0]!;
    const after = new Date(Date.parse(cert.notAfter) + 86_400_000);
    const v = verdictAt(r, after);
    expect(v.complete).toBe(false);
    const why = v.notComplete.find((x) => x.kind === 'certificate-expired');
    expect(why?.words).toContain(cert.fqdn);
    expect(why?.words).toContain(cert.notAfter.slice(0, 10));
    // The record and its ID do not depend on the moment: the paper still verifies.
    expect(documentId(record())).toBe(documentId(r));
  });

  it('a certificate not yet valid at printing is named too', () => {
    const r = record();
    const cert = r.certificates[0]!;
    const before = new Date(Date.parse(cert.notBefore) - 86_400_000);
    const kinds = verdictAt(r, before).notComplete.map((x) => x.kind);
    expect(kinds).toContain('certificate-not-yet-valid');
  });

  it('a finished step without a name, or dated after printing, is not signed work', () => {
    const progress = allDone(plan);
    const [first, second] = allSteps(plan);
    progress[first!.key] = { ...progress[first!.key]!, by: '  ' };
    progress[second!.key] = {
      ...progress[second!.key]!,
      at: new Date(printedAt.getTime() + 2 * 86_400_000).toISOString(),
    };
    const r = record(progress);
    expect(r.complete, 'the record alone has no clock').toBe(true);
    const v = verdictAt(r, printedAt);
    expect(v.complete).toBe(false);
    const kinds = v.notComplete.map((x) => x.kind);
    expect(kinds).toContain('step-without-name');
    expect(kinds).toContain('step-after-printing');
    expect(v.notComplete.find((x) => x.kind === 'step-without-name')?.words).toContain(
      first!.title,
    );
  });

  it('keeps the record\u2019s own reasons first', () => {
    const progress = allDone(plan);
    delete progress[allSteps(plan)[0]!.key];
    const r = record(progress);
    const v = verdictAt(r, new Date(Date.parse(r.certificates[0]!.notAfter) + 1000));
    expect(v.notComplete[0]).toEqual(r.notComplete[0]);
    expect(v.notComplete.length).toBeGreaterThan(r.notComplete.length);
  });
});
