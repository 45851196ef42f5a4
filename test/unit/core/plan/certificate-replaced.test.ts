import { describe, expect, it } from 'vitest';
import {
  afterCertificateGenerated,
  afterSiteCaReplaced,
  allSteps,
  planFor,
  type Progress,
} from '../../../../core/plan';
import { siteFixture } from '../site/load-fixture';

const site = siteFixture('2013-multi');
const plan = planFor(site);
const at = new Date('2026-11-28T21:05:00Z');
const hub = site.hubs[0]!;
const everythingDone: Progress = Object.fromEntries(
  allSteps(plan).map((s) => [s.key, { status: 'done' as const }]),
);

describe('after a certificate is generated', () => {
  it('marks only the generate step done, with the thumbprint, for a first certificate', () => {
    const changes = afterCertificateGenerated(
      plan,
      everythingDone,
      { hubId: hub.id, thumbprint: 'AB'.repeat(20), replaced: false },
      at,
    );
    expect(changes).toEqual([
      {
        key: `certificate-generate@hub:${hub.id}`,
        status: 'done',
        note: `Generated in the app; thumbprint ${'AB'.repeat(20)}`,
      },
    ]);
  });

  it("sends the hub's import, SMTP assignment and final check, and every partner's trust of it, back to to do", () => {
    const changes = afterCertificateGenerated(
      plan,
      everythingDone,
      { hubId: hub.id, thumbprint: 'CD'.repeat(20), replaced: true },
      at,
    );
    const undone = changes.filter((c) => c.status === 'todo').map((c) => c.key);
    expect(undone).toContain(`certificate-import@hub:${hub.id}`);
    expect(undone).toContain(`certificate-assign-smtp@hub:${hub.id}`);
    expect(undone).toContain(`final-verification@hub:${hub.id}`);
    const trusting = plan.trust.edges.filter((e) => e.peerHubId === hub.id);
    expect(trusting.length).toBeGreaterThan(0);
    for (const e of trusting)
      expect(undone).toContain(`trust-partner-certificate@pair:${e.hubId}>${hub.id}`);
    // Not: what the hub trusts of others, nor its connectors (they do not name the certificate).
    expect(undone.some((k) => k.startsWith(`trust-partner-certificate@pair:${hub.id}>`))).toBe(
      false,
    );
    expect(undone.some((k) => k.startsWith('receive-connector-'))).toBe(false);
    for (const c of changes.filter((x) => x.status === 'todo')) {
      expect(c.note).toBe(
        `The certificate of ${hub.netbiosName} was replaced on 2026-11-28 21:05 UTC: do this again with the new one.`,
      );
    }
  });

  it('undoes the server-side SteelHead that holds the hub certificate', () => {
    const holder = site.steelheads.find((s) => s.side === 'server-side' && s.hubIds.length > 0);
    if (!holder) throw new Error('fixture has no server-side SteelHead with hubs');
    const changes = afterCertificateGenerated(
      plan,
      everythingDone,
      { hubId: holder.hubIds[0]!, thumbprint: 'EF'.repeat(20), replaced: true },
      at,
    );
    expect(changes.map((c) => c.key)).toContain(`steelhead-server-side@steelhead:${holder.id}`);
  });

  it('leaves open steps and their notes alone', () => {
    const changes = afterCertificateGenerated(
      plan,
      {},
      { hubId: hub.id, thumbprint: 'AB'.repeat(20), replaced: true },
      at,
    );
    expect(changes.map((c) => c.key)).toEqual([`certificate-generate@hub:${hub.id}`]);
  });

  it('changes nothing for a hub the plan does not have', () => {
    expect(
      afterCertificateGenerated(
        plan,
        everythingDone,
        { hubId: 'hub-99', thumbprint: 'AB'.repeat(20), replaced: true },
        at,
      ),
    ).toEqual([]);
  });
});

describe('after the site CA is replaced', () => {
  const base = siteFixture('2013-multi');
  const caSite = { ...base, certificate: { ...base.certificate, siteCa: true } };
  const caPlan = planFor(caSite);
  const allDone: Progress = Object.fromEntries(
    allSteps(caPlan).map((s) => [s.key, { status: 'done' as const }]),
  );

  it("sends every hub's trust of the site CA back to to do, naming the new root", () => {
    const trustKeys = allSteps(caPlan)
      .filter((s) => s.stepId === 'trust-site-ca')
      .map((s) => s.key);
    expect(trustKeys.length).toBe(caSite.hubs.length);
    const changes = afterSiteCaReplaced(caPlan, allDone, 'EF'.repeat(20), at);
    expect(changes.map((c) => c.key).sort()).toEqual([...trustKeys].sort());
    for (const c of changes) {
      expect(c.status).toBe('todo');
      expect(c.note).toContain('EF'.repeat(20));
    }
    // Steps still open keep the engineer's notes.
    expect(afterSiteCaReplaced(caPlan, {}, 'EF'.repeat(20), at)).toEqual([]);
  });
});
