import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { HubCertView } from '../../../../core/certificates/metadata';
import { allSteps } from '../../../../core/plan/runbook';
import {
  canonicalJson,
  checkPaperId,
  documentId,
  formatDocumentId,
  normaliseDocumentId,
} from '../../../../core/report/document-id';
import {
  buildReportRecord,
  evidenceIds,
  remainingSteps,
  skippedSteps,
} from '../../../../core/report/record';
import {
  allDone,
  mixedProgress,
  planFor,
  realCertificates,
  reportSite,
} from '../../../helpers/report-site';

const site = reportSite();
const plan = planFor(site);
let certs: HubCertView[] = [];
beforeAll(async () => {
  certs = await realCertificates(site);
}, 120_000);

const record = (progress = mixedProgress(plan), scope = { kind: 'site' } as const) =>
  buildReportRecord({ plan, progress, certs, siteCa: null }, scope);

describe('report record (core/report)', () => {
  it('lists every applicable step once, in the one working order, with core statuses', () => {
    const r = record();
    expect(r.sections.flatMap((s) => s.steps.map((x) => x.key)).sort()).toEqual(
      allSteps(plan)
        .map((s) => s.key)
        .sort(),
    );
    expect(r.totals).toMatchObject({ total: allSteps(plan).length, skipped: 1, blocked: 1 });
    expect(r.complete).toBe(false);
    expect(remainingSteps(r).map((s) => s.status)).toEqual(['blocked', 'todo']);
    expect(skippedSteps(r)[0]?.note).toMatch(/Zapora/u);
  });

  it('a hub record holds its own runbook, its certificate and nothing of the other hub', () => {
    const hub = site.hubs[0]!;
    const r = record(allDone(plan), { kind: 'hub', hubId: hub.id } as never);
    expect(r.complete).toBe(true);
    expect(r.certificates.map((c) => c.hubId)).toEqual([hub.id]);
    expect(r.hubs.map((h) => h.fqdn)).toEqual([hub.fqdn]);
  });

  it('is a clean certificate only when the records prove it (one rule: notComplete)', () => {
    const done = allDone(plan);
    expect(record(done).notComplete).toEqual([]);
    // A hub without a certificate, a certificate that no longer fits, evidence not at hand.
    const hub = site.hubs[0]!;
    const without = buildReportRecord(
      { plan, progress: done, certs: certs.slice(1), siteCa: null },
      { kind: 'site' },
    );
    expect(without.complete).toBe(false);
    expect(without.notComplete).toEqual([
      { kind: 'no-certificate', words: `no certificate in the records for ${hub.fqdn}` },
    ]);
    const renamed = certs.map((c, i) =>
      i === 0 ? { ...c, metadata: { ...c.metadata, sans: ['old.contoso.local'] } } : c,
    );
    const stale = buildReportRecord(
      { plan, progress: done, certs: renamed, siteCa: null },
      { kind: 'site' },
    );
    expect(stale.complete).toBe(false);
    expect(stale.notComplete[0]?.kind).toBe('certificate-does-not-fit');
    expect(stale.notComplete[0]?.words).toMatch(
      /^the certificate of ex01\.contoso\.local does not fit/u,
    );
    const key = allSteps(plan)[0]!.key;
    const referring = { ...done, [key]: { ...done[key]!, evidence: ['c'.repeat(64)] } };
    const away = buildReportRecord(
      { plan, progress: referring, certs, siteCa: null, evidenceNotAtHand: ['c'.repeat(64)] },
      { kind: 'site' },
    );
    expect(away.complete).toBe(false);
    expect(away.evidenceNotAtHand).toEqual(['c'.repeat(64)]);
    expect(away.notComplete[0]?.words).toMatch(
      /^1 evidence file the records refer to is not at hand/u,
    );
    // Evidence of another hub's steps does not concern this hub's document.
    const other = buildReportRecord(
      { plan, progress: referring, certs, siteCa: null, evidenceNotAtHand: ['c'.repeat(64)] },
      { kind: 'hub', hubId: site.hubs[1]!.id },
    );
    expect(other.evidenceNotAtHand).toEqual([]);
  });

  it('every step skipped with a reason certifies no work: NOT COMPLETE', () => {
    const skipped = Object.fromEntries(
      Object.entries(allDone(plan)).map(([k, r]) => [
        k,
        { ...r, status: 'skipped' as const, note: 'x' },
      ]),
    );
    const r = record(skipped);
    expect(r.complete).toBe(false);
    expect(r.notComplete.map((x) => x.kind)).toEqual(['nothing-done']);
  });

  it('refuses a hub the site does not have, naming the hubs it has', () => {
    expect(() =>
      buildReportRecord(
        { plan, progress: {}, certs, siteCa: null },
        { kind: 'hub', hubId: 'nope' },
      ),
    ).toThrow(/hub 'nope' is not in this site/u);
  });

  it('records evidence ids per step, once each', () => {
    const progress = allDone(plan);
    const key = allSteps(plan)[0]!.key;
    progress[key] = { ...progress[key]!, evidence: ['a'.repeat(64), 'b'.repeat(64)] };
    expect(evidenceIds(record(progress))).toEqual(['a'.repeat(64), 'b'.repeat(64)]);
  });
});

describe('document ID', () => {
  it('the same records give the same ID; a changed note, status or certificate gives another', () => {
    const progress = mixedProgress(plan);
    const a = documentId(record(progress));
    expect(documentId(record(structuredClone(progress)))).toBe(a);
    const key = allSteps(plan)[0]!.key;
    expect(documentId(record({ ...progress, [key]: { ...progress[key]!, note: 'x' } }))).not.toBe(
      a,
    );
    expect(
      documentId(record({ ...progress, [key]: { ...progress[key]!, status: 'todo' } })),
    ).not.toBe(a);
    const other = buildReportRecord(
      { plan, progress, certs: certs.slice(1), siteCa: null },
      { kind: 'site' },
    );
    expect(documentId(other)).not.toBe(a);
  });

  it('canonical JSON does not depend on key order', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (obj) => {
        const reversed = Object.fromEntries(Object.entries(obj).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(obj));
        expect(JSON.parse(canonicalJson(obj))).toEqual(JSON.parse(JSON.stringify(obj)));
      }),
    );
  });

  it('reads a typed ID back whatever the spacing and case; refuses anything else', () => {
    const id = documentId(record());
    expect(normaliseDocumentId(formatDocumentId(id).toUpperCase())).toBe(id);
    expect(normaliseDocumentId(id.slice(1))).toBeNull();
    expect(normaliseDocumentId(`${id.slice(1)}g`)).toBeNull();
  });

  it('a paper copy matches the records that printed it, and not records changed since', () => {
    const hub = site.hubs[1]!;
    const printed = record(allDone(plan), { kind: 'hub', hubId: hub.id } as never);
    const all = (p: ReturnType<typeof allDone>) => [
      record(p),
      ...site.hubs.map((h) => record(p, { kind: 'hub', hubId: h.id } as never)),
    ];
    const ok = checkPaperId(formatDocumentId(documentId(printed)), all(allDone(plan)));
    expect(ok).toEqual({
      kind: 'matches',
      scope: { kind: 'hub', hubId: hub.id },
      id: documentId(printed),
    });
    const later = checkPaperId(documentId(printed), all(mixedProgress(plan)));
    expect(later.kind).toBe('differs');
    expect(checkPaperId('not an id', all(allDone(plan))).kind).toBe('unreadable');
  });
});
