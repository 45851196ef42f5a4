// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import {
  afterCertificateGenerated,
  afterSiteCaReplaced,
  allSteps,
  planFor,
} from '../../../../core/plan';
import { createRunbookStore } from '../../../../renderer/store/create-store';
import { createNoticeStore } from '../../../../renderer/store/notices';
import { fixtureSite } from '../../../helpers/fixture-site';

const site = fixtureSite('2013-multi');
const plan = planFor(site);
const at = new Date('2026-11-28T21:05:00Z');

function storeWithEverythingDone() {
  const store = createRunbookStore({ storage: localStorage, notices: createNoticeStore() });
  store.getState().commitSite(site);
  for (const step of allSteps(plan)) {
    store.getState().setStep(step.key, { status: 'done', note: 'ok' }, 'Jan', new Date(0));
  }
  return store;
}

describe('the store action for generated certificates', () => {
  beforeEach(() => localStorage.clear());

  it("writes exactly core's transition, signed by the site's engineer, in one change", () => {
    const store = storeWithEverythingDone();
    const before = store.getState().progress;
    let changes = 0;
    store.subscribe(() => (changes += 1));
    const certs = [
      { hubId: 'hub-1', thumbprint: 'AB'.repeat(20), replaced: true },
      { hubId: 'hub-3', thumbprint: 'CD'.repeat(20), replaced: false },
    ];
    store.getState().recordGeneratedCertificates(certs, at);
    expect(changes).toBe(1);
    const after = store.getState().progress;
    const expected = certs.flatMap((c) => afterCertificateGenerated(plan, before, c, at));
    expect(expected.length).toBeGreaterThan(2);
    for (const change of expected) {
      expect(after[change.key]).toEqual({
        status: change.status,
        note: change.note,
        by: site.engineer.name,
        at: at.toISOString(),
        evidence: [],
      });
    }
    const touched = new Set(expected.map((c) => c.key));
    for (const [key, rec] of Object.entries(after)) {
      if (!touched.has(key)) expect(rec).toBe(before[key]);
    }
  });

  it("a new site root sends every hub's trust of the old one back to to do, in the same change", () => {
    const caSite = fixtureSite('2013-multi', { siteCa: true });
    const store = createRunbookStore({ storage: localStorage, notices: createNoticeStore() });
    store.getState().commitSite(caSite);
    const caPlan = planFor(caSite);
    for (const step of allSteps(caPlan))
      store.getState().setStep(step.key, { status: 'done', note: 'ok' }, 'Jan', new Date(0));
    const before = store.getState().progress;
    store
      .getState()
      .recordGeneratedCertificates(
        [{ hubId: 'hub-1', thumbprint: 'AB'.repeat(20), replaced: true }],
        at,
        'EF'.repeat(20),
      );
    const after = store.getState().progress;
    for (const change of afterSiteCaReplaced(caPlan, before, 'EF'.repeat(20), at))
      expect(after[change.key]?.status).toBe('todo');
    const trust = allSteps(caPlan).filter((s) => s.stepId === 'trust-site-ca');
    expect(trust.length).toBeGreaterThan(1);
    for (const s of trust) expect(after[s.key]?.note).toContain('site CA was replaced');
  });

  it('does nothing without a site', () => {
    const store = createRunbookStore({ storage: localStorage, notices: createNoticeStore() });
    store
      .getState()
      .recordGeneratedCertificates(
        [{ hubId: 'hub-1', thumbprint: 'AB'.repeat(20), replaced: true }],
        at,
      );
    expect(store.getState().progress).toEqual({});
  });
});
