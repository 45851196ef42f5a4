// @vitest-environment happy-dom
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  allSteps,
  missingTrust,
  planFor,
  planProgress,
  stepStatuses,
  type Plan,
} from '../../../core/plan';
import type { Site } from '../../../core/site';
import { Dashboard } from '../../../renderer/features/checklist/dashboard';
import { TrustGrid } from '../../../renderer/features/checklist/trust-grid';
import { workUnits } from '../../../renderer/features/checklist/units';
import { SignoffArea } from '../../../renderer/features/signoff/signoff-area';
import type { RunbookStore } from '../../../renderer/store/create-store';
import { fixtureSite } from '../../helpers/fixture-site';
import { freshStore, renderWithStore, testIdText } from '../../helpers/render-ui';

/** What each surface tells the engineer about progress, read from the rendered page. */
interface Shown {
  readonly dashboard: { finished: number; total: number; rows: number[][] };
  readonly signoff: { finished: number; total: number; ready: boolean; missingTrusts: number };
  readonly trust: { missing: number; total: number; openCells: number };
}

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

function numbers(text: string | null, pattern: RegExp, what: string): number[] {
  const m = pattern.exec(text ?? '');
  if (!m) throw new Error(`${what}: '${text}' does not match ${pattern}`);
  return m.slice(1).map(Number);
}

function render(store: RunbookStore, plan: Plan): Shown {
  const noop = () => {};
  const d = renderWithStore(
    store,
    <Dashboard
      plan={plan}
      units={workUnits(plan)}
      onOpen={noop}
      onOpenStep={noop}
      onTrust={noop}
    />,
  );
  const s = renderWithStore(store, <SignoffArea />);
  const t = renderWithStore(store, <TrustGrid plan={plan} onOpenStep={noop} onBack={noop} />);
  cleanups.push(d.unmount, s.unmount, t.unmount);

  const [dFinished = -1, dTotal = -1] = numbers(
    testIdText(d.container, 'site-total'),
    / · (\d+) of (\d+) steps finished on the site$/u,
    'dashboard',
  );
  const rows = [...d.container.querySelectorAll('tr[data-unit] td:nth-child(2) .small')].map((e) =>
    numbers(e.textContent?.trim() ?? '', /^(\d+)\/(\d+)$/u, 'dashboard row'),
  );
  const summary = testIdText(s.container, 'signoff-summary') ?? '';
  const ready = summary.startsWith('All ');
  const [sFinished = -1, sTotal = -1] = ready
    ? numbers(summary, /^All (\d+) steps/u, 'sign-off').flatMap((n) => [n, n])
    : numbers(summary, /^(\d+) of (\d+) steps finished/u, 'sign-off');
  const gaps = testIdText(s.container, 'signoff-missing-trusts');
  const missingTrusts =
    gaps === null ? 0 : numbers(gaps, /^(\d+) certificate trusts?$/u, 'gaps')[0]!;
  const header = testIdText(t.container, 'trust-missing') ?? '';
  const [tMissing = -1, tTotal = -1] =
    header === 'Every required trust is in place'
      ? [0, -1] // the header shows no total then: nothing to compare, nothing made up
      : numbers(header, /^(\d+) of (\d+) trusts missing$/u, 'trust matrix');
  const openCells = [...t.container.querySelectorAll('button[data-pair]')].filter((b) =>
    /Missing|Blocked/u.test(b.textContent ?? ''),
  ).length;
  return {
    dashboard: { finished: dFinished, total: dTotal, rows },
    signoff: { finished: sFinished, total: sTotal, ready, missingTrusts },
    trust: { missing: tMissing, total: tTotal, openCells },
  };
}

function storeWith(site: Site, statuses: Record<string, (typeof stepStatuses)[number]>) {
  const store = freshStore();
  store.getState().commitSite(site);
  for (const [key, status] of Object.entries(statuses)) {
    const note = status === 'skipped' ? 'not needed here' : status === 'blocked' ? 'waiting' : '';
    store.getState().setStep(key, { status, note }, 'Jan', new Date('2026-11-28T09:00:00Z'));
  }
  return store;
}

/** Holds every surface to core's numbers and to each other. */
function expectAgreement(site: Site, statuses: Record<string, (typeof stepStatuses)[number]>) {
  const plan = planFor(site);
  const store = storeWith(site, statuses);
  const shown = render(store, plan);
  const core = planProgress(plan, store.getState().progress);
  const gaps = missingTrust(plan.trust, store.getState().progress);
  expect(shown.dashboard).toMatchObject({ finished: core.finished, total: core.total });
  expect(shown.signoff).toMatchObject({ finished: core.finished, total: core.total });
  expect(shown.signoff.ready).toBe(core.complete);
  expect(shown.dashboard.rows.reduce((a, [f = 0]) => a + f, 0)).toBe(core.finished);
  expect(shown.dashboard.rows.reduce((a, [, t = 0]) => a + t, 0)).toBe(core.total);
  expect(shown.trust).toEqual({
    missing: gaps.trusts.length,
    total: gaps.trusts.length === 0 ? -1 : plan.trust.edges.length,
    openCells: gaps.trusts.length,
  });
  expect(shown.signoff.missingTrusts).toBe(gaps.trusts.length);
  return { plan, shown };
}

const sites: [string, Site][] = [
  ['2013-multi', fixtureSite('2013-multi')],
  ['2013-multi in site CA mode', fixtureSite('2013-multi', { siteCa: true })],
  ['2010-sp1-single', fixtureSite('2010-sp1-single')],
];

describe('trust matrix, sign-off and dashboard agree on finished and missing', () => {
  it.each(sites)('%s: a trust skipped with a reason is finished everywhere', (_name, site) => {
    const plan = planFor(site);
    const steps = allSteps(plan);
    const trust = missingTrust(plan.trust, {}).trusts[0]!;
    const statuses = Object.fromEntries(steps.map((s) => [s.key, 'done' as const]));
    const { shown } = expectAgreement(site, { ...statuses, [trust.key]: 'skipped' });
    expect(shown.trust.missing).toBe(0);
    expect(shown.signoff.ready).toBe(true);
    expect(shown.dashboard.finished).toBe(steps.length);
  });

  it.each(sites)('%s: a blocked trust is missing everywhere', (_name, site) => {
    const plan = planFor(site);
    const trust = missingTrust(plan.trust, {}).trusts[0]!;
    const statuses = Object.fromEntries(allSteps(plan).map((s) => [s.key, 'done' as const]));
    const { shown } = expectAgreement(site, { ...statuses, [trust.key]: 'blocked' });
    expect(shown.trust.missing).toBeGreaterThan(0);
    expect(shown.signoff.ready).toBe(false);
  });

  it('the optional forest trust counts the same everywhere: open until done or skipped', () => {
    const site = fixtureSite('2013-multi');
    const steps = allSteps(planFor(site));
    const forest = steps.find((s) => s.stepId === 'forest-trust');
    expect(forest?.optional).toBe(true);
    const others = Object.fromEntries(
      steps.filter((s) => s !== forest).map((s) => [s.key, 'done' as const]),
    );
    const untouched = expectAgreement(site, others).shown;
    expect(untouched.signoff.ready).toBe(false);
    expect(untouched.dashboard).toMatchObject({ finished: steps.length - 1, total: steps.length });
    const skipped = expectAgreement(site, { ...others, [forest!.key]: 'skipped' }).shown;
    expect(skipped.signoff.ready).toBe(true);
  });

  it.each(sites)('%s: any saved progress reads the same on every surface', (_name, site) => {
    const keys = allSteps(planFor(site)).map((s) => s.key);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(undefined, ...stepStatuses), {
          minLength: keys.length,
          maxLength: keys.length,
        }),
        (picked) => {
          const statuses = Object.fromEntries(
            keys.flatMap((k, i) => (picked[i] ? [[k, picked[i]] as const] : [])),
          );
          expectAgreement(site, statuses);
          for (const c of cleanups.splice(0)) c();
        },
      ),
      { numRuns: 20 },
    );
  });
});
