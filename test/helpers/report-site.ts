import { randomBytes } from 'node:crypto';
import { certificateRequestsFor } from '../../core/certificates/request';
import { certificateFriendlyName } from '../../core/certificates/spec';
import type { HubCertView } from '../../core/certificates/metadata';
import { allSteps, planFor, type Plan } from '../../core/plan';
import type { ReportProgressRecord } from '../../core/report/record';
import { siteSchema, type Site } from '../../core/site';
import { generateSite } from '../../electron/services/pki/generate';
import { fixtureSite } from './fixture-site';

/** The PFX password the report fixtures are generated with: it must never appear in a report. */
export const REPORT_PFX_PASSWORD = 'Correct-Horse-Battery-42';
export const REPORT_NOW = new Date('2026-11-28T10:00:00Z');

/** The 2010 SP1 two-forest fixture with a Greek customer and a Polish engineer. */
export function reportSite(): Site {
  const base = fixtureSite('2010-sp1-multi');
  return siteSchema.parse({
    ...base,
    hubs: base.hubs.map(({ receiveConnectorName: _r, exchangeVersion: _e, ...h }) => h),
    customer: { name: 'Ζαχαρίας Παπαδόπουλος ΑΕ', siteName: 'Θεσσαλονίκη DC1' },
    engineer: { name: 'Łukasz Żółkiewski-Gęślą', email: '' },
  });
}

/** Real certificates (node-forge, the app's generator) for every hub of a site. */
export async function realCertificates(site: Site): Promise<HubCertView[]> {
  const requests = certificateRequestsFor(site);
  if (!requests.ok) throw new Error(requests.error.message);
  const made = await generateSite(
    requests.value,
    REPORT_PFX_PASSWORD,
    {
      now: () => REPORT_NOW,
      randomBytes: (n) => randomBytes(n),
    },
    null,
  );
  return site.hubs.flatMap((hub) => {
    const g = made.get(hub.id);
    if (!g || !('metadata' in g)) return [];
    return [
      {
        hubId: hub.id,
        profile: g.profile,
        friendlyName: certificateFriendlyName(hub),
        metadata: g.metadata,
        signedBy: null,
      },
    ];
  });
}

type Records = Record<string, ReportProgressRecord>;

/** Every step of the plan done, by the site's engineer, a minute apart. */
export function allDone(plan: Plan): Records {
  const out: Records = {};
  allSteps(plan).forEach((s, i) => {
    out[s.key] = {
      status: 'done',
      by: plan.site.engineer.name,
      at: new Date(Date.parse('2026-11-27T09:00:00Z') + i * 60_000).toISOString(),
      note: '',
      evidence: [],
    };
  });
  return out;
}

/** All done except one step skipped with a reason, one blocked and one left to do. */
export function mixedProgress(plan: Plan): Records {
  const out = allDone(plan);
  const steps = allSteps(plan);
  const [skip, block, todo] = [steps[1], steps[2], steps[3]];
  if (!skip || !block || !todo) throw new Error('plan too short for the fixture');
  out[skip.key] = {
    ...out[skip.key]!,
    status: 'skipped',
    note: 'Zapora sieciowa: już skonfigurowane przez klienta',
  };
  out[block.key] = {
    ...out[block.key]!,
    status: 'blocked',
    note: 'Waiting for the domain admin (Ωmega)',
  };
  delete out[todo.key];
  return out;
}

export { planFor };
