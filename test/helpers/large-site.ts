import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { planFor } from '../../core/plan';
import { siteSchema, type Site } from '../../core/site';
import type { StepRecord } from '../../renderer/store/persisted-schema';

const fixtures = join(import.meta.dirname, '../fixtures/sites');

/** A multi-domain site of `hubs` hubs in `forests` forests, built from a reviewed fixture's hub. */
export function largeSite(hubs: number, forests: number): Site {
  const base = JSON.parse(readFileSync(join(fixtures, '2016-2019-se-multi.json'), 'utf8')) as {
    hubs: Record<string, unknown>[];
  } & Record<string, unknown>;
  const template = base.hubs[0] ?? {};
  const list = Array.from({ length: hubs }, (_, i) => {
    const forest = `f${i % forests}.corp.example`;
    return {
      ...template,
      id: `hub-${i + 1}`,
      fqdn: `ex${i + 1}.${forest}`,
      netbiosName: `EX${i + 1}`,
      adDomain: forest,
      forest,
      smtpDomain: `d${i % forests}.example`,
      ipAddresses: [],
    };
  });
  return siteSchema.parse({ ...base, hubs: list, steelheads: [] });
}

/** Progress with `perHub` records on each hub (the first steps of its checklist), all done. */
export function progressFor(site: Site, perHub: number): Record<string, StepRecord> {
  const plan = planFor(site);
  const progress: Record<string, StepRecord> = {};
  for (const hub of plan.hubs) {
    for (const step of hub.steps.slice(0, perHub)) {
      progress[step.key] = {
        status: 'done',
        by: 'Bench',
        at: '2026-11-28T09:00:00.000Z',
        note: '',
        evidence: [],
      };
    }
  }
  return progress;
}
